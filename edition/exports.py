"""Aligned data for reuse: the units as JSON and as TMX 1.4b (for CAT tools).

Both are built from the edition's units and review states; the languages, the
work's label and each unit's URL come from the edition (:class:`edition.engine.Edition`).
The TMX is written with an XML serializer, so no value from the text can break it.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass

from edition.document import Unit, plain

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class Export:
    """What the exports need to know about the edition besides its units."""

    work: str
    source_lang: str = "da"
    target_lang: str = "en"
    url: Callable[[Unit], str] = lambda unit: f"{unit.page}#{unit.anchor}"
    titles: dict[str, str] | None = None
    records: dict | None = None
    """Review records by unit id (who reviewed, when)."""
    version: str = ""
    """The edition's release (data/edition.yaml), when it has one."""

    def section(self, unit: Unit) -> str:
        return (self.titles or {}).get(unit.path, unit.path)


def pairs_json(units: list[Unit], states: dict[str, str], export: Export) -> dict:
    """Every unit with its section, both languages (keyed by language code) and review state."""
    return {
        "source": export.work,
        "version": export.version,
        "languages": {"source": export.source_lang, "target": export.target_lang},
        "pairs": [
            {
                "id": u.id,
                "kind": u.kind,
                "section": export.section(u),
                "url": export.url(u),
                export.source_lang: plain(u.danish),
                export.target_lang: plain(u.english),
                "review": states.get(u.id, "draft"),
                "reviewer": getattr((export.records or {}).get(u.id), "reviewer", ""),
                "reviewed_on": getattr((export.records or {}).get(u.id), "date", ""),
            }
            for u in units
        ],
    }


def pairs_tmx(units: list[Unit], states: dict[str, str], export: Export) -> str:
    """TMX 1.4b: one translation unit per unit, the source text as source, the translation as target."""
    tmx = etree.Element("tmx", {"version": "1.4"})
    etree.SubElement(
        tmx,
        "header",
        {
            "creationtool": "bilingual-edition-engine",
            "creationtoolversion": export.version or "unreleased",
            "segtype": "paragraph",
            "o-tmf": "markdown",
            "adminlang": export.target_lang,
            "srclang": export.source_lang,
            "datatype": "plaintext",
        },
    )
    body = etree.SubElement(tmx, "body")
    for u in units:
        tu = etree.SubElement(body, "tu", {"tuid": u.id})
        etree.SubElement(tu, "prop", {"type": "x-section"}).text = export.section(u)
        etree.SubElement(tu, "prop", {"type": "x-review"}).text = states.get(u.id, "draft")
        record = (export.records or {}).get(u.id)
        if record and record.reviewer:
            etree.SubElement(tu, "prop", {"type": "x-reviewer"}).text = record.reviewer
            etree.SubElement(tu, "prop", {"type": "x-reviewed-on"}).text = record.date
        for lang, text in ((export.source_lang, u.danish), (export.target_lang, u.english)):
            etree.SubElement(etree.SubElement(tu, "tuv", {XML_LANG: lang}), "seg").text = plain(text)
    etree.indent(tmx, space="  ")
    declaration = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
    return declaration + etree.tostring(tmx, encoding="unicode") + "\n"
