"""Glossary on the built site: tooltips counted, page back-links, JSON copy."""

import json
import re
import xml.etree.ElementTree as ET

from edition.glossary import read_glossary
from edition.site import load_units
from html.parser import HTMLParser

from edition.glossary import Matcher
from support import ROOT, TEXT_PAGES


class Terms(HTMLParser):
    """An independent reading of a built page: the marked terms, the ids, and the Danish text that
    the marker must have seen (inside units, outside headings, links, code and note markers)."""

    SKIP = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "sup", "button"}
    UNITS = {"pair", "textbox", "footnote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.terms: list[dict] = []
        self.ids: set[str] = set()
        self.unmarked_danish: list[str] = []
        self.in_term = False

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if "id" in attrs:
            self.ids.add(attrs["id"])
        classes = attrs.get("class", "").split()
        if tag == "a" and "term" in classes:
            self.terms.append(attrs)
            self.in_term = True
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "a":
            self.in_term = False
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if self.in_term:
            self.unmarked_danish.append(" | ")  # a marked term ends the text the marker saw
            return
        lang = next((a["lang"] for _, a in reversed(self.stack) if a.get("lang")), None)
        classes = {c for _, a in self.stack for c in a.get("class", "").split()}
        if (
            lang != "da"
            or not classes & self.UNITS
            or {"editorial-notes", "pair__tools", "term-tips"} & classes
        ):
            return
        if any(t in self.SKIP for t, _ in self.stack):
            return
        self.unmarked_danish.append(data)


VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source"}


def read(html: str) -> Terms:
    parser = Terms()
    parser.feed(html)
    return parser


def test_every_danish_occurrence_inside_units_is_marked_and_described(built_site):
    entries, problems = read_glossary(ROOT / "data" / "glossary.yaml")
    assert problems == [] and len(entries) >= 40
    glossary = read(built_site.page("glossary"))
    matcher = Matcher(entries)
    total = 0
    for name in TEXT_PAGES:
        page = read(built_site.page(name))
        assert page.terms, name
        for term in page.terms:
            assert term["href"] == f"../glossary/#{term['data-term']}"
            assert term["data-term"] in glossary.ids
            # the definition the reader's script names in aria-describedby is on the page
            assert f"tip-{term['data-term']}" in page.ids
        left = matcher.pattern.findall("".join(page.unmarked_danish))
        assert left == [], f"{name}: unmarked occurrences {left}"
        total += len(page.terms)
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
    assert all(
        p["da"] and p["en"] and p["review"] in ("reviewed", "revised", "draft", "stale") for p in pairs
    )
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
