"""The generated pages and exports on tiny made-up units: status, glossary, bibliography, JSON and TMX."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import markdown

from edition.bibliography import Reference
from edition.bibpage import bibliography_markdown
from edition.document import parse_page
from edition.exports import XML_LANG, Export, pairs_json, pairs_tmx
from edition.glossary import Entry, Matcher
from edition.glosspage import glossary_json, glossary_markdown, occurrences
from edition.review import Record
from edition.site import unit_labels
from edition.status import status_markdown

PAGE = (
    "/// heading | k1\nKapittel\n***\nChapter\n///\n\n"
    "/// pair | k1-a\nKommunen styrer ([Aarup 2010](cite:aarup-2010)).[^1]\n***\n"
    "The municipality governs ([Aarup 2010](cite:aarup-2010)).[^1]\n///\n\n"
    "/// pair | k1-b\nKommunen igen.\n***\nThe municipality again.\n///\n\n"
    "[^1]: Note om kommunen.\n\n    ***\n\n    A note on the municipality.\n"
)
UNITS = parse_page(PAGE, "docs/k1.md")[0]
TITLES = {"docs/k1.md": "Chapter 1"}
LABELS = unit_labels(UNITS, TITLES)


def html(md: str) -> str:
    return markdown.markdown(md, extensions=["attr_list", "tables"])


def test_units_are_named_as_readers_see_them():
    assert LABELS == {
        "k1": "Chapter 1, heading",
        "k1-a": "Chapter 1, paragraph 1",
        "k1-b": "Chapter 1, paragraph 2",
        "k1-note-1": "Chapter 1, note 1",
    }


def test_status_counts_states_and_names_who_reviewed_what():
    states = {"k1": "reviewed", "k1-a": "revised", "k1-b": "stale", "k1-note-1": "draft"}
    records = {"k1": Record("reviewed", "a" * 12, "b" * 12, "A. <Reader>", "2026-11-28")}
    page = html(status_markdown(UNITS, states, TITLES, records, LABELS))
    assert "<td>1</td>" in page.replace(' style="text-align: right;"', "")
    assert "Revised, awaiting review" in page and "Chapter 1, paragraph 2</a>: Stale" in page
    assert "A. &lt;Reader&gt;" in page and "<Reader>" not in page  # data shown, never markup
    assert "2026-11-28" in page


def test_glossary_page_and_json_list_occurrences_by_label():
    entry = Entry("kommune", ["kommunen"], "municipality", "A *local* authority.")
    where = occurrences([entry], UNITS, Matcher([entry]))
    assert [u.id for u in where[entry.id]] == ["k1-a", "k1-b", "k1-note-1"]
    page = html(glossary_markdown([entry], where, LABELS))
    assert 'id="term-kommune"' in page and "Occurs in:" in page
    assert '<a href="k1.md#k1-a">Chapter 1, paragraph 1</a>' in page
    assert '<a href="k1.md#fn:1">Chapter 1, note 1</a>' in page
    assert "A *local* authority." in page  # the explanation is text, not Markdown
    data = glossary_json([entry], where)
    assert data["entries"][0]["occurs_in"] == ["k1-a", "k1-b", "k1-note-1"]


def test_bibliography_entries_link_back_and_mark_incomplete_records():
    refs = {
        "aarup-2010": Reference(
            "aarup-2010", "Aarup, Knud. 2010. *Title*.", "Aarup, Knud. 2010. Title.", True, ["publisher"]
        ),
        "bech-2016": Reference("bech-2016", "Bech. 2016. *T*.", "Bech. 2016. T.", False, []),
    }
    page = html(bibliography_markdown(refs, UNITS, TITLES))
    assert page.index('id="bech-2016"') < page.index('id="aarup-2010"')  # Danish order: aa is å, last
    assert "<strong>Incomplete record</strong>: not yet confirmed: publisher." in page
    assert 'Cited in: <a href="k1.md#k1-a">Chapter 1, paragraph 1</a>.' in page


def test_exports_carry_both_languages_review_and_urls():
    states = {u.id: "reviewed" for u in UNITS}
    records = {"k1-a": Record("reviewed", "a" * 12, "b" * 12, "A. Reader", "2026-11-28")}
    export = Export("Work 2018", "nb", "en", lambda u: f"https://x.org/{u.page}#{u.anchor}", TITLES, records)
    data = json.loads(json.dumps(pairs_json(UNITS, states, export)))
    pair = data["pairs"][1]
    assert (pair["id"], pair["nb"], pair["en"]) == (
        "k1-a",
        "Kommunen styrer (Aarup 2010).",
        "The municipality governs (Aarup 2010).",
    )
    assert (pair["reviewer"], pair["reviewed_on"], pair["section"]) == (
        "A. Reader",
        "2026-11-28",
        "Chapter 1",
    )
    assert data["pairs"][3]["url"] == "https://x.org/k1.md#fn:1"
    tmx = ET.fromstring(pairs_tmx(UNITS, states, export).split("\n", 2)[2])
    assert tmx.find("header").get("srclang") == "nb"
    tu = tmx.findall("./body/tu")[1]
    assert [t.get(XML_LANG) for t in tu.findall("tuv")] == ["nb", "en"]
    assert tu.find("prop[@type='x-reviewer']").text == "A. Reader"
