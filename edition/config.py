"""What is specific to one text: configuration with defaults, never code.

Everything the engine needs to know about a text (its two languages, the words
its generated ids use, its data files, which page plays which role, the labels
readers see) comes from ``extra.edition`` in ``mkdocs.yml``.  Every key is
optional; the defaults reproduce the Danish/English edition this engine was
built for.  A wrong type or an unknown key is refused with the key's path and
the fix, never silently ignored::

    extra:
      edition:
        languages:
          source: {code: nb, name: Norwegian}
          target: {code: en, name: English}
        ids: {textbox: faktaboks, item: punkt}
        paths: {glossary: data/glossary.yaml}
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from typing import Any, get_type_hints

from edition.problems import Problem

CONFIG_PATH = "mkdocs.yml"


@dataclass(frozen=True)
class Language:
    code: str
    """BCP 47 code, written into every ``lang`` attribute (``da``, ``nb``, ``en``)."""
    name: str
    """The language's name in the translation's language (``Danish``)."""
    native: str = ""
    """Its name in itself (``Dansk``; empty: the same as ``name``)."""


@dataclass(frozen=True)
class Languages:
    source: Language = field(default_factory=lambda: Language("da", "Danish", "Dansk"))
    target: Language = field(default_factory=lambda: Language("en", "English", "English"))


@dataclass(frozen=True)
class Ids:
    """The words of the ids the engine generates (a text box ``tekstboks-i1``, its ``-punkt-2``)."""

    textbox: str = "tekstboks"
    item: str = "punkt"
    note: str = "note"


@dataclass(frozen=True)
class Paths:
    """Data files, relative to the folder of ``mkdocs.yml``."""

    glossary: str = "data/glossary.yaml"
    review: str = "data/review.yaml"
    bibliography: str = "bibliography/edition.bib"
    source: str = "source"
    cache: str = ".cache/edition"
    fonts: str = "docs/assets/fonts"
    """The self-hosted text face (``*.woff2``), used from a reader's second page load on."""


@dataclass(frozen=True)
class Pages:
    """Which page (path under docs/) plays which role; a role whose page is absent is skipped."""

    glossary: str = "glossary.md"
    bibliography: str = "bibliography.md"
    status: str = "translation-status.md"


@dataclass(frozen=True)
class Labels:
    """Strings readers see, in the target language (``{source}``, ``{target}``: the languages' names;
    ``{id}``: the paragraph's id)."""

    stale: str = "Translation may be outdated: the {source} has changed since this {target} was reviewed."
    draft: str = "Draft translation, not yet reviewed."
    revised: str = "Revised translation, awaiting a second reading."
    work: str = ""
    """How the exports name the work (empty: the site's name)."""
    permalink: str = "Permalink to paragraph {id}"
    cite: str = "Cite"
    report: str = "Report a problem"
    report_title: str = "Report a problem with paragraph {id} (opens GitHub)"


@dataclass(frozen=True)
class Source:
    """The print's extraction (``paths.source``): the rules its parser needs (see edition.source.PrintRules)."""

    body_starts: str = "DEL I."
    standalone: str = r"^(DEL I\.|I\.\d\. |Tekstboks |\d\. Hv)"
    conjunctions: str = "og eller samt til"


@dataclass(frozen=True)
class Security:
    csp: str = "on"
    """``on``: every page carries a Content-Security-Policy; ``off`` for a copy read from file://."""


@dataclass(frozen=True)
class EditionConfig:
    languages: Languages = field(default_factory=Languages)
    ids: Ids = field(default_factory=Ids)
    paths: Paths = field(default_factory=Paths)
    pages: Pages = field(default_factory=Pages)
    labels: Labels = field(default_factory=Labels)
    security: Security = field(default_factory=Security)
    source: Source = field(default_factory=Source)


SECTIONS = {f.name for f in fields(EditionConfig)}


def read_config(extra: dict | None) -> tuple[EditionConfig, list[Problem]]:
    """The configuration from ``extra.edition`` (other keys there, for templates, are left alone)."""
    raw = (extra or {}).get("edition") or {}
    if not isinstance(raw, dict):
        return EditionConfig(), [_problem("extra.edition", "must be a mapping")]
    problems: list[Problem] = []
    values = {
        name: _build(_type_of(EditionConfig, name), raw.get(name), f"extra.edition.{name}", problems)
        for name in SECTIONS
        if name in raw
    }
    return EditionConfig(**values), problems


def _type_of(cls: type, name: str) -> Any:
    return get_type_hints(cls)[name]


def _build(cls: type, value: Any, where: str, problems: list[Problem]) -> Any:
    if not isinstance(value, dict):
        problems.append(_problem(where, "must be a mapping"))
        return cls()
    known = {f.name for f in fields(cls)}
    for key in value:
        if key not in known:
            problems.append(
                _problem(f"{where}.{key}", f"is not a setting (known: {', '.join(sorted(known))})")
            )
    result = {}
    for name in known & set(value):
        kind = _type_of(cls, name)
        if is_dataclass(kind):
            built = _build(kind, value[name], f"{where}.{name}", problems)
            if built is not None:
                result[name] = built
        elif isinstance(value[name], str) and value[name].strip():
            result[name] = value[name].strip()
        else:
            problems.append(_problem(f"{where}.{name}", "must be a non-empty string"))
    try:
        return cls(**result)
    except TypeError:  # a required field (a language's code or name) is missing
        missing = [f.name for f in fields(cls) if f.name not in result and f.default is MISSING]
        problems.append(_problem(where, f"needs {', '.join(missing)}"))
        return None


def _problem(where: str, what: str) -> Problem:
    return Problem(
        CONFIG_PATH, 1, f"{where} {what}", "see the settings in edition/config.py and CONTRIBUTING.md"
    )


def template_data(config: EditionConfig) -> dict:
    """What templates and the reader's scripts need: the languages, each with a native name."""
    languages = asdict(config.languages)
    for language in languages.values():
        language["native"] = language["native"] or language["name"]
    return {"languages": languages}
