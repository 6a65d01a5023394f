"""Aligned data for reuse: the pairs as JSON and as TMX 1.4b (for CAT tools)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from edition.document import Unit, plain
from edition.metadata import release_version

VERSION = release_version()


def section_of(unit: Unit, titles: dict[str, str]) -> str:
    return titles.get(unit.path, unit.path)


def pairs_json(units: list[Unit], states: dict[str, str], titles: dict[str, str], base_url: str) -> dict:
    """Every unit with its section, Danish, English and review state."""
    return {
        "source": "Bukh & Christensen 2018, Del I. Fremtidens velfærdssamfund",
        "version": VERSION,
        "pairs": [
            {
                "id": u.id,
                "kind": u.kind,
                "section": section_of(u, titles),
                "url": f"{base_url}{u.path.split('/', 1)[1].removesuffix('.md')}/#{u.id}",
                "da": plain(u.danish),
                "en": plain(u.english),
                "review": states.get(u.id, "draft"),
            }
            for u in units
        ],
    }


def pairs_tmx(units: list[Unit], states: dict[str, str], titles: dict[str, str]) -> str:
    """TMX 1.4b: one translation unit per pair, Danish source, English target."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
        '<tmx version="1.4">',
        f'  <header creationtool="fremtidens-velfaerdssamfund-edition" creationtoolversion="{VERSION}" '
        'segtype="paragraph" o-tmf="markdown" adminlang="en" srclang="da" datatype="plaintext"/>',
        "  <body>",
    ]
    for u in units:
        lines += [
            f"    <tu tuid={quoteattr(u.id)}>",
            f'      <prop type="x-section">{escape(section_of(u, titles))}</prop>',
            f'      <prop type="x-review">{escape(states.get(u.id, "draft"))}</prop>',
            f'      <tuv xml:lang="da"><seg>{escape(plain(u.danish))}</seg></tuv>',
            f'      <tuv xml:lang="en"><seg>{escape(plain(u.english))}</seg></tuv>',
            "    </tu>",
        ]
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)
