"""The fidelity check on a made-up print and made-up pages (never the real Danish)."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.fidelity import apply_corrections, check, load_corrections
from edition.site import load_units

PRINT = """Forfatter En og Forfatter To
DEL I. En opdigtet overskrift
Her står en opdigtet sætning om kommu-
nernes brug af målstyring i praksis.1
 Endnu et afsnit med en kortere tekst.

1. En opdigtet fodnote om noget.
"""

PAGE = """/// heading | del-i
DEL I. En opdigtet overskrift
***
Part I. A made-up heading
///

/// pair | del-i-her-staar-en
Her står en opdigtet sætning om kommunernes brug af målstyring i praksis.[^1]
***
Here is a made-up sentence about the municipalities' use of management by objectives in practice.[^1]
///

/// pair | del-i-endnu-et-afsnit
Endnu et afsnit med en kortere tekst.
***
Another paragraph with a shorter text.
///

[^1]: En opdigtet fodnote om noget.
    ***
    A made-up footnote about something.
"""


def edition(tmp_path: Path, page: str = PAGE, corrections: str | None = None) -> list:
    (tmp_path / "source").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "source" / "print.txt").write_text(PRINT, encoding="utf-8")
    if corrections is not None:
        (tmp_path / "source" / "corrections.yaml").write_text(corrections, encoding="utf-8")
    (tmp_path / "docs" / "del-i.md").write_text(page, encoding="utf-8")
    units, problems = load_units(tmp_path / "docs", ["del-i.md"])
    assert problems == []
    return check(tmp_path / "source" / "print.txt", tmp_path, units)


def test_pages_that_match_the_print_pass(tmp_path):
    assert edition(tmp_path) == []


def test_a_changed_word_names_the_page_line_and_both_ways_out(tmp_path):
    problems = edition(tmp_path, PAGE.replace("kortere tekst", "kort tekst"))
    assert [(p.path, p.line) for p in problems] == [("docs/del-i.md", 14)]
    message = str(problems[0])
    assert "the print has 'kortere' where the page has 'kort'" in message
    assert "undo the change to the Danish" in message
    assert "record the correction in source/corrections.yaml" in message


def test_a_changed_footnote_is_reported_on_its_line(tmp_path):
    problems = edition(tmp_path, PAGE.replace("fodnote om noget", "fodnote om intet"))
    assert [(p.path, p.line, "footnote 1" in p.message) for p in problems] == [("docs/del-i.md", 19, True)]


def test_a_dropped_word_is_reported(tmp_path):
    problems = edition(tmp_path, PAGE.replace("en kortere tekst", "kortere tekst"))
    assert len(problems) == 1 and "'en' of the print is missing" in problems[0].message


CORRECTION = """- page: 3
  line: 5
  extracted: "kortere tekst"
  corrected: "kort tekst"
  evidence: "made-up: the printed page reads 'kort tekst'"
"""


def test_a_recorded_correction_passes_and_the_same_change_without_it_fails(tmp_path):
    changed = PAGE.replace("kortere tekst", "kort tekst")
    assert edition(tmp_path / "with", changed, CORRECTION) == []
    assert len(edition(tmp_path / "without", changed)) == 1


def test_a_correction_that_does_not_match_its_line_is_refused(tmp_path):
    problems = edition(tmp_path, PAGE, CORRECTION.replace("line: 5", "line: 4"))
    assert len(problems) == 1
    assert "does not match source/print.txt:4" in str(problems[0])
    assert str(problems[0]).startswith("source/corrections.yaml:")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- page: 3\n  line: 4\n", "the correction has no 'extracted'"),
        (
            "- page: three\n  line: 4\n  extracted: a\n  corrected: b\n  evidence: c\n",
            "'page' must be a number",
        ),
        (
            "- page: 3\n  line: 4\n  extracted: a\n  corrected: b\n  evidence: c\n  sic: d\n",
            "unknown field 'sic'",
        ),
        ("page: 3\n", "must be a list"),
        ("- page: 3\n\tline: 4\n", "not valid YAML"),
    ],
)
def test_malformed_corrections_are_refused_with_a_line(tmp_path, text, expected):
    path = tmp_path / "corrections.yaml"
    path.write_text(text, encoding="utf-8")
    corrections, problems = load_corrections(path, "source/corrections.yaml")
    assert corrections == []
    assert any(expected in p.message for p in problems), problems
    assert all(p.line >= 1 for p in problems)


def test_apply_corrections_replaces_only_on_the_given_line():
    text, problems = apply_corrections("abc\nabc\n", load_records(), "s.txt", "c.yaml")
    assert problems == [] and text == "abc\nxbc\n"


def load_records():
    from edition.fidelity import Correction

    return [Correction(page=1, line=2, extracted="a", corrected="x", evidence="made-up")]
