"""The edition's record: the anthology's fields only as the .bib has them; hostile values stay data."""

from __future__ import annotations

import json
import shutil

import pytest

from edition.changelog import compare, snapshot
from edition.citeformats import bibtex, ris
from edition.metadata import (
    EditionDataError,
    PageInfo,
    csl_record,
    highwire,
    json_ld,
    load_edition,
    script_json,
)
from support import ROOT

COMPLETE = """@book{anthology-2018,
  editor = {Bukh, Per Nikolaj and Christensen, Karina Skovvang},
  title = {A Confirmed Title},
  publisher = {A Confirmed Press},
  year = {2018},
  confidence = {verified}
}
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "bibliography").mkdir()
    shutil.copy(ROOT / "data" / "edition.yaml", tmp_path / "data" / "edition.yaml")
    shutil.copy(ROOT / "bibliography" / "edition.bib", tmp_path / "bibliography" / "edition.bib")
    return tmp_path


def test_incomplete_anthology_is_said_to_be_incomplete(project):
    edition = load_edition(project, "https://example.org/", "Site")
    tags = dict(highwire(edition, PageInfo("https://example.org/p/", "P", "da", "en")))
    assert "citation_publisher" not in tags
    assert tags["citation_inbook_title"].startswith("[") and "not verified" in tags["citation_inbook_title"]
    assert "publisher" in edition.container.incomplete_note


def test_a_confirmed_title_and_publisher_are_used(project):
    (project / "bibliography" / "edition.bib").write_text(COMPLETE, encoding="utf-8")
    edition = load_edition(project, "https://example.org/", "Site")
    tags = highwire(edition, PageInfo("https://example.org/p/", "P", "da", "en"))
    assert ("citation_inbook_title", "A Confirmed Title") in tags
    assert ("citation_publisher", "A Confirmed Press") in tags
    record = csl_record(edition, "x", "https://example.org/")
    assert record["container-title"] == "A Confirmed Title" and "Incomplete" not in record["note"]
    assert "publisher      = {A Confirmed Press}" in bibtex(record).replace(
        "publisher    ", "publisher      "
    )
    assert "PB  - A Confirmed Press" in ris(record)


def test_missing_field_is_reported_with_the_file(project):
    path = project / "data" / "edition.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  language: en\n", ""), encoding="utf-8")
    with pytest.raises(EditionDataError, match=r"data/edition.yaml: 'translation.language' is missing"):
        load_edition(project)


def test_hostile_values_stay_data(project):
    path = project / "data" / "edition.yaml"
    hostile = 'da: "</script><script>alert(1)</script>{"'
    path.write_text(
        path.read_text(encoding="utf-8").replace('da: "Del I. Fremtidens velfærdssamfund"', hostile)
    )
    edition = load_edition(project, "https://example.org/", "Site")
    text = script_json(json_ld(edition, PageInfo("https://example.org/p/", "P", "da", "en")))
    assert "</script" not in text.lower()
    assert json.loads(text)["@graph"][2]["name"] == "</script><script>alert(1)</script>{"
    entry = bibtex(csl_record(edition, "x", "https://example.org/"))
    from pybtex.database import parse_string

    assert "\\textbraceleft{}" in entry  # a brace in a value is escaped, so the entry still parses
    assert parse_string(entry, "bibtex").entries["x"].fields["year"] == "2018"


PAGE = """/// pair | p-one
Dansk tekst[^1].
***
English text[^1].
///

[^1]: Dansk note.

    ***

    English note.
"""


def test_changelog_compares_units_by_id():
    old = snapshot({"docs/a.md": PAGE})
    new = snapshot(
        {"docs/a.md": PAGE.replace("English text", "English words").replace("Dansk note", "Dansk fodnote")}
    )
    changes = compare(old, new)
    assert (
        changes.english == ["p-one"] and changes.danish == [] and changes.notes == ["a-note-1"]
    )  # note ids carry their page (docs/a.md)
    fixed = snapshot({"docs/a.md": PAGE.replace("Dansk tekst", "Dansk tekst rettet")})
    assert compare(old, fixed).danish == ["p-one"]
