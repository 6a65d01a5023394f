"""The edition's bibliographic record, and what each page says about itself to machines.

One record, read once per build from ``data/edition.yaml`` (the edition: version,
date, titles, authors, translators, licences) and from the anthology's entry in
``bibliography/edition.bib`` (editors, year, and which fields are unknown), feeds:

* the Highwire Press ``citation_*`` tags that Zotero and Google Scholar read,
* Dublin Core tags (the translators and the licence, which Highwire cannot carry),
* a schema.org JSON-LD graph (the Danish chapter, its English translation, the page),
* one CSL-JSON record per scope (edition, page, paragraph), from which
  :mod:`edition.citeformats` makes every citation format.

Nothing is invented: while the .bib has no title for the anthology, every format
shows the supplied, bracketed description from ``data/edition.yaml`` (which says
the title is not verified) and a note naming the unknown fields, as the
bibliography page does.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from edition.bibliography import describe_missing

DATA = Path("data") / "edition.yaml"
BIB = Path("bibliography") / "edition.bib"
LANGUAGE_NAMES = {"da": "Danish", "en": "English"}


class EditionDataError(Exception):
    """``data/edition.yaml`` or the anthology's .bib entry cannot give the record; the message says why."""


@dataclass(frozen=True)
class Name:
    """A person (family, given) or a body/group written as one literal name."""

    family: str = ""
    given: str = ""
    literal: str = ""

    @property
    def inverted(self) -> str:
        """``Bukh, Per Nikolaj`` (Highwire, BibTeX, RIS)."""
        if self.literal:
            return self.literal
        return f"{self.family}, {self.given}" if self.given else self.family

    @property
    def display(self) -> str:
        """``Per Nikolaj Bukh``."""
        return self.literal or " ".join(p for p in (self.given, self.family) if p)

    def csl(self) -> dict:
        if self.literal:
            return {"literal": self.literal}
        return {k: v for k, v in (("family", self.family), ("given", self.given)) if v}

    def schema(self) -> dict:
        if self.literal:
            return {"@type": "Organization", "name": self.literal}
        node = {"@type": "Person", "name": self.display, "familyName": self.family}
        if self.given:
            node["givenName"] = self.given
        return node


@dataclass
class Container:
    """The anthology that printed the text, as far as the .bib confirms it."""

    key: str
    editors: list[Name]
    year: str
    title: str = ""
    publisher: str = ""
    place: str = ""
    isbn: str = ""
    missing: list[str] = field(default_factory=list)
    supplied_title: str = ""

    @property
    def display_title(self) -> str:
        """The title, or the supplied bracketed description while it is unknown."""
        return self.title or self.supplied_title

    @property
    def incomplete_note(self) -> str:
        """``Incomplete record of the anthology: not yet confirmed: title, ...`` ('' when complete)."""
        if not self.missing:
            return ""
        return f"Incomplete record of the anthology: not yet confirmed: {describe_missing(self.missing)}."


@dataclass
class Licence:
    name: str
    spdx: str
    url: str
    applies_to: str


@dataclass
class Release:
    version: str
    date: str
    summary: str


@dataclass
class Edition:
    """The edition's record: the printed text, its container, the translation and this release."""

    version: str
    date: str
    title_da: str
    title_en: str
    authors: list[Name]
    print_year: str
    print_language: str
    translation_language: str
    translators: list[Name]
    medium: str
    container: Container
    translation_licence: Licence
    code_licence: Licence
    danish_rights: str
    sources: str
    releases: list[Release] = field(default_factory=list)
    principles: dict[str, str] = field(default_factory=dict)
    site_url: str = ""
    site_name: str = ""

    @property
    def languages(self) -> list[str]:
        return [self.print_language, self.translation_language]

    @property
    def version_label(self) -> str:
        """``0.1.0 (2026-11-28)``: the version and its date, as every citation format shows them."""
        return f"{self.version} ({self.date})"


# -- reading -------------------------------------------------------------------------------------


def _names(items, where: str) -> list[Name]:
    if not isinstance(items, list) or not items:
        raise EditionDataError(
            f"{where}: give a list of names ({{family: ..., given: ...}} or {{literal: ...}})"
        )
    names = []
    for item in items:
        if not isinstance(item, dict) or not (item.get("family") or item.get("literal")):
            raise EditionDataError(
                f"{where}: each name needs 'family' (and 'given') or 'literal'; got {item!r}"
            )
        names.append(
            Name(str(item.get("family", "")), str(item.get("given", "")), str(item.get("literal", "")))
        )
    return names


def _releases(items, shown: str) -> list[Release]:
    if not isinstance(items, list) or not items:
        raise EditionDataError(f"{shown}: 'releases' is missing; list the releases, newest first")
    releases = []
    for item in items:
        if not isinstance(item, dict) or not all(item.get(k) for k in ("version", "date", "summary")):
            raise EditionDataError(f"{shown}: each release needs version, date and summary; got {item!r}")
        date = str(item["date"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            raise EditionDataError(
                f"{shown}: release {item['version']}: date '{date}' must be YYYY-MM-DD, quoted"
            )
        releases.append(Release(str(item["version"]), date, " ".join(str(item["summary"]).split())))
    return releases


def _get(data: dict, dotted: str, shown: str):
    node = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or node.get(part) in (None, ""):
            raise EditionDataError(f"{shown}: '{dotted}' is missing; add it (see the comments in the file)")
        node = node[part]
    return node


def _bib_names(persons) -> list[Name]:
    return [
        Name(" ".join(p.prelast_names + p.last_names), " ".join(p.first_names + p.middle_names))
        for p in persons
    ]


def read_container(bib: Path, key: str, supplied: str) -> Container:
    """The anthology's entry from the .bib (editors, year, title, publisher, what is missing)."""
    from pybtex.database import parse_file

    entries = parse_file(str(bib), "bibtex").entries
    if key not in entries:
        raise EditionDataError(
            f"{DATA.as_posix()}: print.container is '{key}', which is not a key of {BIB.as_posix()}; "
            "give the key of the anthology's entry"
        )
    entry = entries[key]
    fields = entry.fields
    editors = _bib_names(entry.persons.get("editor", []))
    year = fields.get("year", "")
    missing = [m.strip() for m in fields.get("missing", "").split(",") if m.strip()]
    names = " and ".join(n.display for n in editors) or "unknown editors"
    return Container(
        key=key,
        editors=editors,
        year=year,
        title=fields.get("title", "").replace("{", "").replace("}", ""),
        publisher=fields.get("publisher", ""),
        place=fields.get("address", ""),
        isbn=fields.get("isbn", ""),
        missing=missing,
        supplied_title=supplied.format(editors=names, year=year),
    )


def release_version(root: Path = Path(__file__).resolve().parents[1]) -> str:
    """The current release's version alone (for the exports), from ``data/edition.yaml``."""
    data = yaml.safe_load((root / DATA).read_text(encoding="utf-8"))
    return str(_releases(data.get("releases"), DATA.as_posix())[0].version)


def load_edition(root: Path, site_url: str = "", site_name: str = "") -> Edition:
    """The edition's record from ``data/edition.yaml`` and the .bib; raises :class:`EditionDataError`."""
    path = root / DATA
    shown = DATA.as_posix()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EditionDataError(
            f"{shown} is missing; it holds the edition's version, titles and authors"
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise EditionDataError(
            f"{shown}:{mark.line + 1 if mark else 1}: not valid YAML ({getattr(error, 'problem', error)})"
        ) from None
    if not isinstance(data, dict):
        raise EditionDataError(f"{shown}:1: expected a mapping of fields")

    def licence(name: str) -> Licence:
        node = _get(data, f"licences.{name}", shown)
        return Licence(
            *(str(_get(node, k, f"{shown} licences.{name}")) for k in ("name", "spdx", "url", "applies_to"))
        )

    container = read_container(
        root / BIB,
        str(_get(data, "print.container", shown)),
        str(_get(data, "print.supplied_container_title", shown)),
    )
    releases = _releases(data.get("releases"), shown)
    principles = _get(data, "principles", shown)
    return Edition(
        version=releases[0].version,
        date=releases[0].date,
        releases=releases,
        principles={k: " ".join(str(v).split()) for k, v in principles.items()},
        title_da=str(_get(data, "title.da", shown)),
        title_en=str(_get(data, "title.en", shown)),
        authors=_names(_get(data, "authors", shown), f"{shown} authors"),
        print_year=str(_get(data, "print.year", shown)),
        print_language=str(_get(data, "print.language", shown)),
        translation_language=str(_get(data, "translation.language", shown)),
        translators=_names(_get(data, "translation.translators", shown), f"{shown} translation.translators"),
        medium=str(_get(data, "translation.medium", shown)),
        container=container,
        translation_licence=licence("translation"),
        code_licence=licence("code"),
        danish_rights=str(_get(data, "licences.danish", shown)),
        sources=str(_get(data, "print.sources", shown)),
        site_url=site_url,
        site_name=site_name,
    )


# -- one page ------------------------------------------------------------------------------------


@dataclass
class PageInfo:
    """What the metadata needs to know about one page."""

    url: str
    title: str  # the page's own title (as in <title>)
    section_da: str = ""  # the Danish heading of a text page
    section_en: str = ""

    @property
    def is_text(self) -> bool:
        return bool(self.section_da)


def highwire(edition: Edition, page: PageInfo) -> list[tuple[str, str]]:
    """``citation_*`` tags, in the order Zotero and Scholar expect (title, authors, date first)."""
    c = edition.container
    tags = [("citation_title", edition.title_da)]
    tags += [("citation_author", a.inverted) for a in edition.authors]
    tags += [("citation_publication_date", edition.print_year), ("citation_online_date", edition.date)]
    tags += [("citation_language", lang) for lang in edition.languages]
    tags.append(("citation_inbook_title", c.display_title))
    tags += [("citation_editor", e.inverted) for e in c.editors]
    if c.publisher:
        tags.append(("citation_publisher", c.publisher))
    if c.isbn:
        tags.append(("citation_isbn", c.isbn))
    tags.append(("citation_public_url", page.url))
    return tags


def dublin_core(edition: Edition, page: PageInfo) -> list[tuple[str, str]]:
    """Dublin Core (``DC.*``): what Highwire cannot say, i.e. the translators, rights and the page's own title."""
    tags = [("DC.title", page.title)]
    if page.is_text and page.section_en:
        tags.append(("DC.title.alternative", page.section_en))
    tags += [("DC.creator", a.inverted) for a in edition.authors]
    tags += [("DC.contributor", f"{t.inverted} (translator)") for t in edition.translators]
    tags += [("DC.language", lang) for lang in edition.languages]
    tags += [
        ("DC.date", edition.date),
        ("DC.type", "Text"),
        ("DC.format", "text/html"),
        ("DC.identifier", page.url),
        ("DC.source", f"{edition.title_da}. In {edition.container.display_title}, {edition.print_year}."),
        ("DC.relation.isPartOf", edition.site_url),
        (
            "DC.rights",
            f"{edition.translation_licence.name} ({edition.translation_licence.url}): "
            f"{edition.translation_licence.applies_to}. {edition.danish_rights}",
        ),
    ]
    if edition.container.incomplete_note:
        tags.append(("DC.description", edition.container.incomplete_note))
    return tags


def json_ld(edition: Edition, page: PageInfo) -> dict:
    """A schema.org graph: the Danish chapter, its English translation, the edition and this page."""
    base = edition.site_url
    c = edition.container
    book = {
        "@type": "Book",
        "name": c.display_title,
        "datePublished": c.year,
        "inLanguage": edition.print_language,
    }
    if c.editors:
        book["editor"] = [e.schema() for e in c.editors]
    if c.publisher:
        book["publisher"] = {"@type": "Organization", "name": c.publisher}
    if c.incomplete_note:
        book["description"] = c.incomplete_note
    authors = [a.schema() for a in edition.authors]
    translators = [t.schema() for t in edition.translators]
    licence = edition.translation_licence.url
    da = {
        "@type": "Chapter",
        "@id": f"{base}#work-{edition.print_language}",
        "name": edition.title_da,
        "inLanguage": edition.print_language,
        "author": authors,
        "datePublished": edition.print_year,
        "isPartOf": book,
        "copyrightNotice": edition.danish_rights,
        "workTranslation": {"@id": f"{base}#work-{edition.translation_language}"},
    }
    en = {
        "@type": "Chapter",
        "@id": f"{base}#work-{edition.translation_language}",
        "name": edition.title_en,
        "inLanguage": edition.translation_language,
        "author": authors,
        "translator": translators,
        "translationOfWork": {"@id": da["@id"]},
        "datePublished": edition.date,
        "version": edition.version,
        "license": licence,
        "url": base,
    }
    edition_node = {
        "@type": "CreativeWork",
        "@id": f"{base}#edition",
        "name": edition.site_name,
        "url": base,
        "inLanguage": edition.languages,
        "author": authors,
        "translator": translators,
        "version": edition.version,
        "datePublished": edition.date,
        "license": licence,
        "hasPart": [{"@id": da["@id"]}, {"@id": en["@id"]}],
    }
    this = {
        "@type": "Chapter" if page.is_text else "WebPage",
        "@id": page.url,
        "url": page.url,
        "name": page.title,
        "inLanguage": edition.languages if page.is_text else edition.translation_language,
        "isPartOf": {"@id": edition_node["@id"]},
        "license": licence,
    }
    if page.is_text:
        this["alternateName"] = [page.section_da, page.section_en]
        this["author"] = authors
        this["translator"] = translators
        this["isPartOf"] = [{"@id": edition_node["@id"]}, {"@id": da["@id"]}, {"@id": en["@id"]}]
    return {"@context": "https://schema.org", "@graph": [this, edition_node, da, en]}


def script_json(data) -> str:
    """JSON safe to place inside ``<script type="application/(ld+)json">``: ``<``, ``>`` and ``&``
    are written as ``\\u003c`` etc., so no value can close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# -- CSL-JSON: the one source of every citation format ------------------------------------------


def csl_record(edition: Edition, ident: str, url: str, section: str = "", pair: str = "") -> dict:
    """One CSL-JSON item for the edition, a page (``section``) or a paragraph (``pair``)."""
    c = edition.container
    notes = []
    if section:
        notes.append(f"Section {section}" + (f", paragraph {pair}." if pair else "."))
    if c.incomplete_note:
        notes.append(c.incomplete_note)
    record = {
        "id": ident,
        "type": "chapter",
        "title": edition.title_da,
        "author": [a.csl() for a in edition.authors],
        "editor": [e.csl() for e in c.editors],
        "translator": [t.csl() for t in edition.translators],
        "container-title": c.display_title,
        "issued": {"date-parts": [[int(edition.print_year)]]},
        "available-date": {"date-parts": [[int(p) for p in edition.date.split("-")]]},
        "version": edition.version,
        "medium": f"{edition.medium}; version {edition.version} released {edition.date}",
        "language": edition.print_language,
        "URL": url,
        "note": " ".join(notes),
    }
    if c.publisher:
        record["publisher"] = c.publisher
    if c.place:
        record["publisher-place"] = c.place
    if c.isbn:
        record["ISBN"] = c.isbn
    if section:
        record["section"] = section
    return record
