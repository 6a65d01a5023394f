"""A second text, with zero code changes: Norwegian and English, two chapters in sub-folders.

tests/fixtures/second-text is a made-up edition with its own configuration (languages, id words,
data paths, page roles), nested navigation, another site path, its own glossary, bibliography and
review records, and authors' notes numbered from 1 in each chapter. It must build --strict and
show what the real edition shows.
"""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser

import pytest

from edition.review import main as review
from support import FIXTURES, ROOT, mkdocs_build


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[dict] = []
        self.langs: set[str] = set()
        self.notes: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "lang" in attrs:
            self.langs.add(attrs["lang"])
        if tag == "a":
            self.links.append(attrs)
        if tag == "li" and attrs.get("id", "").startswith("fn:"):
            self.notes.append((attrs["id"], attrs.get("value", "")))


def read(path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def second(tmp_path_factory):
    site = tmp_path_factory.mktemp("second") / "edition"
    shutil.copytree(FIXTURES / "second-text", site)
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("ENGINE", str(ROOT)), encoding="utf-8")
    assert review(["reviewed", "--all", "--reviewer", "Fixture Reviewer"], root=site) == 0
    assert (site / "data" / "gjennomgang.yaml").is_file()  # the configured review file
    return mkdocs_build(config, site / "out")


def test_the_second_text_builds_strict_without_warnings(second):
    assert second.returncode == 0, second.log
    assert "WARNING" not in second.log, second.log


@pytest.mark.parametrize("chapter, notes", [("kapittel-1", ["1"]), ("kapittel-2", ["1", "2"])])
def test_each_chapter_numbers_its_notes_from_one_as_printed(second, chapter, notes):
    page = read(second.site / chapter / "index.html")
    assert [value for _, value in page.notes] == notes
    assert len(page.ids) == len(set(page.ids)), "ids must be unique per page"
    assert page.langs >= {"nb", "en"} and "da" not in page.langs


def test_configured_id_words_and_links_resolve(second):
    page = read(second.site / "kapittel-1" / "index.html")
    assert "faktaboks-11" in page.ids and "faktaboks-11-punkt-2" in page.ids
    citations = [a for a in page.links if "citation" in a.get("class", "")]
    terms = [a for a in page.links if "term" in a.get("class", "").split()]
    assert citations and terms
    bibliography = read(second.site / "litteratur" / "index.html")
    glossary = read(second.site / "ordliste" / "index.html")
    for link in citations:
        assert link["href"] == f"../litteratur/#{link['data-cite']}" and link["data-cite"] in bibliography.ids
    for link in terms:
        assert link["href"] == f"../ordliste/#{link['data-term']}" and link["data-term"] in glossary.ids


def test_print_page_and_exports_hold_both_chapters(second):
    printed = (second.site / "utskrift" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<section class="print-section" aria-labelledby="(\w+)"', printed) == ["k1", "k2"]
    pairs = json.loads((second.site / "pairs.json").read_text(encoding="utf-8"))
    assert pairs["languages"] == {"source": "nb", "target": "en"}
    ids = [p["id"] for p in pairs["pairs"]]
    assert "kapittel-1-note-1" in ids and "kapittel-2-note-1" in ids and len(ids) == len(set(ids))
    urls = {p["id"]: p["url"] for p in pairs["pairs"]}
    assert urls["k1"] == "https://example.org/andre-tekst/kapittel-1/#k1"
    assert urls["kapittel-2-note-2"] == "https://example.org/andre-tekst/kapittel-2/#fn:2"
    assert 'srclang="nb"' in (second.site / "pairs.tmx").read_text(encoding="utf-8")
