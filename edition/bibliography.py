"""The bibliography: ``bibliography/edition.bib`` read, checked and formatted.

Formatting goes through mkdocs-bibtex's pandoc registry with the Chicago
author-date CSL style kept in ``bibliography/chicago-author-date.csl`` (the
style pandoc ships), so every reference is rendered by one standard style.
Two adjustments keep the printed text authoritative: the style's own year
suffixes are switched off in that copy of the style, and the printed suffix
(``printedyear = {2018a}``) is written into the year instead.

Non-standard fields read from the .bib: ``incomplete``, ``missing``,
``confidence``, ``sources``, ``citedas``, ``printedyear``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError

STYLE_FILE = "chicago-author-date.csl"
ENTRY_START = re.compile(r"^[ \t]*@(?P<type>\w+)\s*\{\s*(?P<key>[^,\s]+)\s*,", re.MULTILINE)
KNOWN_FIELDS = frozenset(
    """
author editor title booktitle journal year month volume number pages chapter publisher address
edition series doi isbn issn url urldate note institution organization howpublished school
type langid
incomplete missing confidence sources citedas printedyear
""".split()
)
CONFIDENCES = ("verified", "likely", "unverified")


@dataclass
class Reference:
    """One formatted bibliography entry."""

    key: str
    markdown: str
    plain: str
    incomplete: bool = False
    missing: list[str] = field(default_factory=list)
    confidence: str = ""
    citedas: str = ""
    line: int = 0


def entry_lines(text: str) -> dict[str, list[int]]:
    """Line numbers of each ``@type{key,`` in the .bib (several if duplicated)."""
    lines: dict[str, list[int]] = {}
    for match in ENTRY_START.finditer(text):
        lines.setdefault(match.group("key"), []).append(text.count("\n", 0, match.start()) + 1)
    return lines


SAFE_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check_bib(text: str, path: str) -> list[str]:
    """Problems a contributor can fix: duplicate keys, unknown fields, bad flags."""
    problems = []
    for key, lines in entry_lines(text).items():
        for line in lines[1:]:
            problems.append(
                f"{path}:{line}: duplicate key '{key}' (first at line {lines[0]}); "
                "merge the two entries or give one a new key"
            )
    from pybtex.database import parse_string
    from pybtex.scanner import PybtexSyntaxError

    try:
        data = parse_string(text, "bibtex")
    except PybtexSyntaxError as error:
        line = getattr(error, "lineno", "?")
        return problems + [
            f"{path}:{line}: the .bib cannot be read ({error}); check braces and commas around this line"
        ]
    except Exception as error:  # pybtex raises plain errors for duplicates
        return problems or [f"{path}:1: the .bib cannot be read ({error})"]
    starts = entry_lines(text)
    for key, entry in data.entries.items():
        line = starts.get(key, [1])[0]
        for name in entry.fields:
            if name.lower() not in KNOWN_FIELDS:
                problems.append(
                    f"{path}:{line}: entry '{key}' has an unknown field '{name}'; use a standard "
                    f"BibTeX field or one of incomplete, missing, confidence, sources, citedas, "
                    "printedyear"
                )
        if not SAFE_KEY.match(key):
            problems.append(
                f"{path}:{line}: the key '{key}' is not lowercase ASCII words, digits and hyphens; "
                "write it like 'hood-dixon-2015' (it becomes the entry's id and link)"
            )
        url = entry.fields.get("url", "")
        if url and not url.startswith(("https://", "http://")):
            problems.append(
                f"{path}:{line}: entry '{key}' has a url that is not http(s): '{url}'; give the web address"
            )
        if entry.fields.get("confidence", "") not in CONFIDENCES:
            problems.append(f"{path}:{line}: entry '{key}' needs confidence = {{verified|likely|unverified}}")
        if entry.fields.get("incomplete") == "true" and not entry.fields.get("missing"):
            problems.append(
                f"{path}:{line}: entry '{key}' is marked incomplete; list what is unknown in "
                "missing = {...}"
            )
    return problems


def plain_text(markdown: str) -> str:
    """Pandoc's Markdown reference as plain text (for hover titles)."""
    text = re.sub(r"\[([^\[\]]*)\]\{\.nocase\}", r"\1", markdown)
    text = re.sub(r"\[([^\[\]]*)\]\(([^()]*)\)", r"\1", text)
    text = re.sub(r"<(https?://[^<>]+)>", r"\1", text)
    text = text.replace("*", "").replace("\\", "").replace("--", "–")
    return " ".join(text.split())


FIELD_NAMES = {
    "address": "place of publication",
    "howpublished": "form of publication",
    "booktitle": "book title",
    "institution": "issuing institution",
    "organization": "organisation",
    "author": "full author list",
}


def describe_missing(fields: list[str]) -> str:
    """``["title", "address"]`` -> ``"title, place of publication"`` (for readers)."""
    return ", ".join(FIELD_NAMES.get(f, f) for f in fields)


def tidy(markdown: str, printed_year: str | None) -> str:
    """Small, rule-based fixes of pandoc's Markdown: dashes, escapes, surname-only names."""
    text = re.sub(r"\[([^\[\]]*)\]\{\.nocase\}", r"\1", markdown)
    text = text.replace("\\\\%", "%").replace("\\%", "%")
    text = re.sub(r"(?<![-!])---(?!-)", "—", text)
    text = re.sub(r"(?<=[\s\w])--(?=[\s\w])", "–", text)
    text = re.sub(r"^([\w\-æøåÆØÅ]+), and ([\w\-æøåÆØÅ]+)\. ", r"\1 and \2. ", text)
    text = text.replace(" et al. et al.", " et al.")
    if printed_year:
        text = re.sub(r"\b" + re.escape(printed_year[:4]) + r"\b", printed_year, text, count=1)
    return text


def _code_version() -> str:
    """What the formatted result depends on besides the data: this module's code and the formatters'
    versions. Part of the cache key, so a change to any of them never serves a stale result."""
    from importlib.metadata import version

    return "|".join(
        [Path(__file__).read_text(encoding="utf-8"), version("mkdocs-bibtex"), version("pypandoc-binary")]
    )


def load_bibliography(path: Path, cache: Path | None = None) -> dict[str, Reference]:
    """Every entry of the .bib, checked and formatted; a broken .bib raises a readable error.

    Checking and formatting (pandoc) depend only on the .bib, the style, this
    code and the formatters' versions, so the result is kept in ``cache`` (a folder, e.g.
    ``.cache/edition``) under a hash of those: rebuilds with an unchanged .bib
    skip pybtex and pandoc entirely.
    """
    text = path.read_text(encoding="utf-8")
    style = path.parent / STYLE_FILE
    key = _code_version() + text + style.read_text(encoding="utf-8")
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    stored = cache / f"bibliography-{digest}.json" if cache else None
    if stored and stored.exists():
        return {
            key: Reference(**data) for key, data in json.loads(stored.read_text(encoding="utf-8")).items()
        }
    problems = check_bib(text, f"{path.parent.name}/{path.name}")
    if problems:
        raise PluginError("The bibliography has errors:\n  " + "\n  ".join(problems))
    references = dict(_format_all(str(path), path.stat().st_mtime, str(style)))
    if stored:
        stored.parent.mkdir(parents=True, exist_ok=True)
        for outdated in stored.parent.glob("bibliography-*.json"):  # one cached result, not one per edit
            outdated.unlink()
        stored.write_text(
            json.dumps({k: asdict(v) for k, v in references.items()}, ensure_ascii=False), encoding="utf-8"
        )
    return references


def _format_all(bib: str, mtime: float, csl: str) -> tuple[tuple[str, Reference], ...]:
    from mkdocs_bibtex.citation import InlineReference
    from mkdocs_bibtex.registry import PandocRegistry

    registry = PandocRegistry([bib], csl, None)
    entries = registry.bib_data.entries
    registry.validate_inline_references([InlineReference(key) for key in entries])
    starts = entry_lines(Path(bib).read_text(encoding="utf-8"))
    result = []
    for key, entry in entries.items():
        fields = entry.fields
        markdown = tidy(registry.reference_text(InlineReference(key)), fields.get("printedyear"))
        result.append(
            (
                key,
                Reference(
                    key=key,
                    markdown=markdown,
                    plain=plain_text(markdown),
                    incomplete=fields.get("incomplete") == "true",
                    missing=[m.strip() for m in fields.get("missing", "").split(",") if m.strip()],
                    confidence=fields.get("confidence", ""),
                    citedas=fields.get("citedas", ""),
                    line=starts.get(key, [0])[0],
                ),
            )
        )
    return tuple(result)
