"""Glossary on the built site: tooltips counted, page back-links, JSON copy."""

import json
import re
import xml.etree.ElementTree as ET

from edition.glossary import read_glossary
from edition.site import load_units
from edition.tooltips import TermMarker
from support import ROOT, TEXT_PAGES


def test_every_danish_occurrence_outside_skip_zones_is_marked(built_site):
    entries, problems = read_glossary(ROOT / "data" / "glossary.yaml")
    assert problems == [] and len(entries) >= 40
    total = 0
    for name in TEXT_PAGES:
        html = built_site.page(name)
        terms = re.findall(
            r'<a class="term" href="../glossary/#(term-[^"]+)" data-term="\1" '
            r'aria-describedby="tip-\1"(?: tabindex="-1")?>([^<]+)</a>',
            html,
        )
        assert terms, name
        for term_id, _ in terms:
            assert f'<span id="tip-{term_id}" class="term-tip__text" lang="en">' in html
        total += len(terms)
        again = TermMarker(entries).mark(html.split('<div class="term-tips"')[0], "../glossary/")
        assert again.count == 0, f"{name}: {again.count} occurrences left unmarked"
    assert total > 200


def test_terms_never_marked_in_headings_or_links(built_site):
    for name in TEXT_PAGES:
        html = built_site.page(name)
        for heading in re.findall(r"<h1.*?</h1>", html, flags=re.S):
            assert 'class="term"' not in heading
        assert not re.search(r'<a [^>]*class="citation"[^>]*>[^<]*<a class="term"', html)


def test_glossary_page_entries_and_back_links(built_site):
    html = built_site.page("glossary")
    ids = re.findall(r'<h2 id="(term-[^"]+)" lang="da">', html)
    entries, _ = read_glossary(ROOT / "data" / "glossary.yaml")
    assert sorted(ids) == sorted(e.id for e in entries)
    headwords = [h for h in re.findall(r'<h2 id="term-[^"]+" lang="da">([^<]+)</h2>', html)]
    positions = {h: i for i, h in enumerate(headwords)}
    assert (
        positions[min((h for h in headwords if h.lower().startswith("å")), default=headwords[-1])]
        > positions[min(h for h in headwords if h.lower().startswith("v"))]
    )
    for page, anchor in re.findall(r'href="\.\./([\w-]+)/#([^"]+)"', html):
        target = built_site.page(page)
        assert f'id="{anchor}"' in target, (page, anchor)


def test_glossary_json_published(built_site):
    data = json.loads((built_site.site / "glossary.json").read_text(encoding="utf-8"))
    assert len(data["entries"]) >= 40
    ledelsesrum = next(e for e in data["entries"] if e["headword"] == "ledelsesrum")
    assert ledelsesrum["english"] == "managerial latitude" and ledelsesrum["occurs_in"]


def test_aligned_exports(built_site):
    units, _ = load_units(ROOT / "docs")
    pairs = json.loads((built_site.site / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    assert [p["id"] for p in pairs] == [u.id for u in units]
    assert all(p["da"] and p["en"] and p["review"] in ("reviewed", "draft", "stale") for p in pairs)
    tmx = ET.parse(built_site.site / "pairs.tmx").getroot()
    assert tmx.get("version") == "1.4"
    units_tmx = tmx.findall("./body/tu")
    assert len(units_tmx) == len(units)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [t.get(lang) for t in units_tmx[0].findall("tuv")] == ["da", "en"]


def test_status_page_counts(built_site):
    html = built_site.page("translation-status")
    units, _ = load_units(ROOT / "docs")
    assert f"<strong>{len(units)}</strong>" in html
    assert "Nothing: every unit has been reviewed" in html or "What needs work" in html
