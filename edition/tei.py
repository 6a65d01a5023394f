"""The edition as TEI P5 (``edition.xml``): the interchange format of scholarly digital editions.

Built with :mod:`xml.etree.ElementTree` from the same units, notes, glossary and
bibliography the site uses:

* ``teiHeader``: titles, authors, the translators' and editor's responsibility,
  this release (version, date), the licences, the printed source with what its
  record lacks, the editorial and translation principles, the revision history;
* ``text/body``: the Danish as printed (``div[@xml:lang='da']``) and the English
  (``div[@xml:lang='en']``) as parallel divisions, every unit linked to its
  counterpart by ``@corresp``; the authors' notes inline with their printed
  numbers (``n="1"``...``n="5"``), editor's notes (Danish side) and translator's
  notes (English side) with ``@resp``; citations as ``ref`` into the
  ``listBibl``; glossary terms as ``term`` pointing into the glossary ``list``;
  the text box as ``figure``/``list``;
* ``text/back``: the glossary and the bibliography.

Inline Markdown is read with the same patterns as :func:`edition.document.plain`
(note references, links, attribute lists, emphasis), so the TEI holds exactly
the words the site shows.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from pathlib import Path

from edition.bibliography import Reference
from edition.document import ATTRIBUTES, ITEM, NOTE_DEF, Unit
from edition.glossary import Entry, Matcher
from edition.metadata import LANGUAGE_NAMES, Edition, Name
from edition.notes import letter, note_kind

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
INLINE = re.compile(
    r"\[\^(?P<note>[^\]]+)\](?!:)"
    r"|\[(?P<text>[^\]]*)\]\((?P<target>[^)]*)\)"
    r"|\*(?P<emph>[^*]+)\*"
    r"|" + ATTRIBUTES.pattern
)
RESP = {
    "ed": ("editor", "Editor’s notes (printed errors and inconsistencies)"),
    "tn": ("translator", "English translation and translator’s notes"),
}

etree.register_namespace("", TEI_NS)


def _el(parent: etree.Element | None, tag: str, text: str | None = None, **attrs) -> etree.Element:
    attrs = {
        ("{http://www.w3.org/XML/1998/namespace}" + k[4:] if k.startswith("xml_") else k): v
        for k, v in attrs.items()
        if v
    }
    el = etree.Element(tag, attrs) if parent is None else etree.SubElement(parent, tag, attrs)
    if text:
        el.text = text
    return el


def _append_text(el: etree.Element, text: str) -> None:
    if not text:
        return
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


class InlineWriter:
    """Writes one side of a unit's Markdown into a TEI element (text, refs, terms, notes)."""

    def __init__(self, lang: str, notes: dict[str, tuple[str, list]], matcher: Matcher | None, bib: set[str]):
        self.lang = lang
        self.notes = notes  # label -> (kind, writer callback data)
        self.matcher = matcher
        self.bib = bib

    def write(self, parent: etree.Element, markdown: str) -> None:
        text = " ".join(markdown.split())
        pos = 0
        for match in INLINE.finditer(text):
            self._text(parent, text[pos : match.start()])
            pos = match.end()
            if match.group("note"):
                self._note(parent, match.group("note"))
            elif match.group("target") is not None:
                self._link(parent, match.group("text"), match.group("target"))
            elif match.group("emph"):
                hi = _el(parent, "hi", rend="italic")
                self.write(hi, match.group("emph"))
            # attribute lists ({lang=da}) are dropped, as on the site
        self._text(parent, text[pos:])

    def _text(self, parent: etree.Element, text: str) -> None:
        if not text:
            return
        if self.matcher is None or self.lang != "da":
            _append_text(parent, text)
            return
        pos = 0
        for match in self.matcher.pattern.finditer(text):
            _append_text(parent, text[pos : match.start()])
            entry = self.matcher.entry_for(match.group(0))
            _el(parent, "term", match.group(0), ref=f"#gloss-{entry.id}")
            pos = match.end()
        _append_text(parent, text[pos:])

    def _link(self, parent: etree.Element, text: str, target: str) -> None:
        if target.startswith("cite:"):
            key = target[5:]
            ref = _el(parent, "ref", target=f"#bib-{key}" if key in self.bib else None, type="citation")
        elif target.startswith("#"):
            ref = _el(parent, "ref", target=f"#{self.lang}-{target[1:]}")
        else:
            ref = _el(parent, "ref", target=target)
        _append_text(ref, text)

    def _note(self, parent: etree.Element, label: str) -> None:
        if label not in self.notes:
            return
        build = self.notes[label]
        parent.append(build(self.lang))


def _person(parent: etree.Element, tag: str, name: Name) -> etree.Element:
    el = _el(parent, tag)
    if name.literal:
        _el(el, "name", name.literal)
    else:
        pers = _el(el, "persName")
        _el(pers, "forename", name.given)
        _el(pers, "surname", name.family)
    return el


def _header(tei: etree.Element, edition: Edition) -> None:
    header = _el(tei, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", edition.title_da, type="main", xml_lang=edition.print_language)
    _el(title_stmt, "title", edition.title_en, type="alt", xml_lang=edition.translation_language)
    for author in edition.authors:
        _person(title_stmt, "author", author)
    for kind in ("ed", "tn"):
        ident, what = RESP[kind]
        stmt = _el(title_stmt, "respStmt", xml_id=ident)
        _el(stmt, "resp", what)
        for name in edition.translators:
            _el(stmt, "name", name.display)
    edition_stmt = _el(file_desc, "editionStmt")
    ed = _el(edition_stmt, "edition", f"{edition.medium}, version {edition.version} ", n=edition.version)
    _el(ed, "date", edition.date, when=edition.date)
    pub = _el(file_desc, "publicationStmt")
    _el(pub, "authority", edition.site_name)
    _el(pub, "idno", edition.site_url, type="URI")
    _el(pub, "idno", edition.version, type="version")
    _el(pub, "date", edition.date, when=edition.date)
    availability = _el(pub, "availability")
    for licence in (edition.translation_licence, edition.code_licence):
        _el(availability, "licence", f"{licence.name}: {licence.applies_to}.", target=licence.url)
    _el(availability, "p", edition.danish_rights)
    source = _el(file_desc, "sourceDesc")
    bibl = _el(source, "biblStruct", xml_lang=edition.print_language)
    analytic = _el(bibl, "analytic")
    for author in edition.authors:
        _person(analytic, "author", author)
    _el(analytic, "title", edition.title_da, level="a")
    c = edition.container
    monogr = _el(bibl, "monogr")
    title = _el(monogr, "title", c.display_title, level="m")
    if not c.title:
        title.set("type", "supplied")
    for editor in c.editors:
        _person(monogr, "editor", editor)
    imprint = _el(monogr, "imprint")
    if c.place:
        _el(imprint, "pubPlace", c.place)
    if c.publisher:
        _el(imprint, "publisher", c.publisher)
    _el(imprint, "date", c.year, when=c.year)
    if c.incomplete_note:
        _el(bibl, "note", c.incomplete_note, type="gaps")
    _el(bibl, "note", edition.sources, type="transcription")
    encoding = _el(header, "encodingDesc")
    project = _el(encoding, "projectDesc")
    _el(project, "p", edition.principles.get("translation", ""))
    editorial = _el(encoding, "editorialDecl")
    _el(editorial, "p", edition.principles.get("editorial", ""))
    profile = _el(header, "profileDesc")
    usage = _el(profile, "langUsage")
    for lang in edition.languages:
        _el(usage, "language", LANGUAGE_NAMES.get(lang, lang), ident=lang)
    revisions = _el(header, "revisionDesc")
    for release in edition.releases:
        _el(
            revisions,
            "change",
            f"Version {release.version}: {release.summary}",
            when=release.date,
            n=release.version,
        )


def editorial_notes(markdown: str) -> dict[str, str]:
    """``ed-``/``tn-`` note label -> its (English) text, from a page's Markdown."""
    notes = {}
    for line in markdown.splitlines():
        match = NOTE_DEF.match(line)
        if match and note_kind(match.group("label")):
            notes[match.group("label")] = match.group("text")
    return notes


def _first_refs(units: list[Unit]) -> list[str]:
    """Editorial note labels in the order the page shows their references (Danish, then English)."""
    order: list[str] = []
    for unit in units:
        for side in (unit.danish, unit.english):
            for match in re.finditer(r"\[\^([^\]]+)\](?!:)", side):
                label = match.group(1)
                if note_kind(label) and label not in order:
                    order.append(label)
    return order


def _unit_element(parent, unit: Unit, lang: str, other: str, writer: InlineWriter) -> None:
    side = 0 if lang == "da" else 1
    ident = f"{lang}-{unit.id}"
    corresp = f"#{other}-{unit.id}"
    if unit.kind == "heading":
        writer.write(_el(parent, "head", xml_id=ident, corresp=corresp), unit.parts[side])
    elif unit.kind == "pair":
        writer.write(_el(parent, "p", xml_id=ident, corresp=corresp), unit.parts[side])
    elif unit.kind == "textbox":
        figure = _el(parent, "figure", xml_id=ident, corresp=corresp, type="textbox")
        writer.write(_el(figure, "head"), unit.parts[side])
        items = _el(figure, "list", type="ordered")
        for line in unit.parts[2 + side].splitlines():
            match = ITEM.match(line)
            if match:
                n = match.group(1)
                item_id = f"{unit.id}-punkt-{n}"
                item = _el(items, "item", n=n, xml_id=f"{lang}-{item_id}", corresp=f"#{other}-{item_id}")
                writer.write(item, line[match.end() :])


def _body(
    text: etree.Element,
    units: list[Unit],
    titles: dict[str, str],
    pages: dict[str, str],
    matcher: Matcher | None,
    bib: set[str],
    states: dict[str, str],
) -> None:
    body = _el(text, "body")
    paths = list(dict.fromkeys(u.path for u in units))
    for lang, other, kind in (("da", "en", "original"), ("en", "da", "translation")):
        top = _el(body, "div", type=kind, xml_lang=lang, xml_id=f"text-{lang}", corresp=f"#text-{other}")
        for path in paths:
            page_units = [u for u in units if u.path == path]
            section = _el(
                top,
                "div",
                type="section",
                n=titles.get(path, path),
                xml_id=f"{lang}-page-{Path(path).stem}",
                corresp=f"#{other}-page-{Path(path).stem}",
            )
            writer = InlineWriter(
                lang, _note_builders(page_units, pages.get(path, ""), matcher, bib), matcher, bib
            )
            for unit in page_units:
                if unit.kind != "note":
                    _unit_element(section, unit, lang, other, writer)
                    if lang == "en" and unit.kind == "pair":
                        section[-1].set("ana", f"#review-{states.get(unit.id, 'draft')}")


def _note_builders(page_units: list[Unit], markdown: str, matcher, bib) -> dict:
    """Label -> a function making the note element for a language (authors' notes in both)."""
    builders = {}
    for unit in page_units:
        if unit.kind == "note":
            number = unit.label  # the printed number (the id also names the page)

            def author_note(lang, unit=unit, number=number):
                other = "en" if lang == "da" else "da"
                note = _el(
                    None,
                    f"{{{TEI_NS}}}note",
                    n=number,
                    place="foot",
                    type="author",
                    xml_id=f"{lang}-{unit.id}",
                    corresp=f"#{other}-{unit.id}",
                )
                InlineWriter(lang, builders, matcher, bib).write(note, unit.parts[0 if lang == "da" else 1])
                return note

            builders[number] = author_note
    texts = editorial_notes(markdown)
    for place, label in enumerate(_first_refs(page_units)):
        kind = note_kind(label)

        def editorial(lang, label=label, kind=kind, place=place):
            note = _el(
                None,
                f"{{{TEI_NS}}}note",
                n=letter(place),
                place="foot",
                type=RESP[kind][0],
                resp=f"#{RESP[kind][0]}",
                xml_id=f"{lang}-{label}",
                xml_lang="en",
            )
            InlineWriter("en", builders, None, bib).write(note, texts.get(label, ""))
            return note

        builders[label] = editorial
    return builders


def _back(text: etree.Element, bibliography: dict[str, Reference], glossary: list[Entry]) -> None:
    back = _el(text, "back")
    interp = _el(back, "div", type="review")
    grp = _el(interp, "interpGrp", type="review")
    for state, what in (
        ("reviewed", "English reviewed against the Danish"),
        ("draft", "draft translation, not yet reviewed"),
        ("stale", "the Danish changed after the English was reviewed"),
    ):
        _el(grp, "interp", what, xml_id=f"review-{state}")
    gloss = _el(back, "div", type="glossary", xml_id="glossary")
    _el(gloss, "head", "Glossary")
    items = _el(gloss, "list", type="gloss")
    for entry in glossary:
        _el(items, "label", entry.headword, xml_id=f"gloss-{entry.id}", xml_lang="da")
        item = _el(items, "item", xml_lang="en")
        _el(item, "term", entry.english)
        _append_text(item, ": " + " ".join(entry.explanation.split()))
    bib = _el(back, "div", type="bibliography", xml_id="bibliography")
    _el(bib, "head", "Bibliography")
    list_bibl = _el(bib, "listBibl")
    for key, ref in bibliography.items():
        bibl = _el(list_bibl, "bibl", ref.plain, xml_id=f"bib-{key}")
        if ref.incomplete:
            _el(
                bibl,
                "note",
                f"Incomplete record: not yet confirmed: {', '.join(ref.missing) or 'details'}.",
                type="gaps",
            )


def tei_document(
    edition: Edition,
    units: list[Unit],
    titles: dict[str, str],
    bibliography: dict[str, Reference],
    glossary: list[Entry],
    states: dict[str, str],
    root: Path,
) -> str:
    """The whole edition as a TEI P5 document (a string, UTF-8, with the XML declaration)."""
    order = {path: n for n, path in enumerate(titles)}
    units = sorted(units, key=lambda u: order.get(u.path, len(order)))  # stable: keeps page order
    pages = {u.path: (root / u.path).read_text(encoding="utf-8") for u in units}
    tei = etree.Element(f"{{{TEI_NS}}}TEI", {XML_LANG: "en"})
    _header(tei, edition)
    text = _el(tei, "text")
    matcher = Matcher(glossary) if glossary else None
    _body(text, units, titles, pages, matcher, set(bibliography), states)
    _back(text, bibliography, glossary)
    _qualify(tei)
    etree.indent(tei.find(f"{{{TEI_NS}}}teiHeader"), space=" ", level=1)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(tei, encoding="unicode") + "\n"


def _qualify(root: etree.Element) -> None:
    """Put every element in the TEI namespace (built with local names for brevity)."""
    for el in root.iter():
        if not el.tag.startswith("{"):
            el.tag = f"{{{TEI_NS}}}{el.tag}"
