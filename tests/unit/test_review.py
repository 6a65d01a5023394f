"""Review records: who reviewed what and when; reviewed, revised, stale, draft; the command."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edition.document import fingerprint, parse_page
from edition.review import Record, main, read_records, review_problems, state_of

PAGE = "/// pair | p1\nDansk tekst.\n***\nEnglish text.\n///\n"
REVIEWED = Record(
    "reviewed", fingerprint("Dansk tekst."), fingerprint("English text."), "A. Reader", "2026-11-28"
)


def unit(text=PAGE):
    return parse_page(text, "docs/x.md")[0][0]


def test_states_follow_both_fingerprints():
    assert state_of(unit(), {}) == "draft"
    assert state_of(unit(), {"p1": REVIEWED}) == "reviewed"
    assert state_of(unit(PAGE.replace("Dansk tekst.", "Dansk tekst, ændret.")), {"p1": REVIEWED}) == "stale"
    assert (
        state_of(unit(PAGE.replace("English text.", "English text, revised.")), {"p1": REVIEWED}) == "revised"
    )


def test_a_revised_translation_is_a_warning_on_its_english_line_and_stale_an_error():
    (revised,) = review_problems([unit(PAGE.replace("English text.", "Revised."))], {"p1": REVIEWED})
    assert (revised.severity, revised.line) == ("warning", 4)
    assert "revised, awaiting review" in revised.message and "edition.review reviewed p1" in revised.fix
    (stale,) = review_problems([unit(PAGE.replace("Dansk tekst.", "Ny tekst."))], {"p1": REVIEWED})
    assert stale.severity == "error" and "stale translation" in stale.message


def edition(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nnav:\n  - x.md\n", encoding="utf-8")
    return tmp_path


def test_the_command_records_who_when_and_both_languages(tmp_path):
    root = edition(tmp_path)
    assert main(["reviewed", "p1", "--reviewer", "A. Reader"], root=root) == 0
    records, problems = read_records(root / "data" / "review.yaml")
    assert problems == []
    today = datetime.date.today().isoformat()
    assert records["p1"] == Record("reviewed", REVIEWED.danish, REVIEWED.english, "A. Reader", today, line=6)
    assert main(["reviewed", "nope", "--reviewer", "A. Reader"], root=root) == 2


def test_reviewing_everything_needs_the_explicit_flag(tmp_path, capsys):
    root = edition(tmp_path)
    assert main(["reviewed", "all", "--reviewer", "A. Reader"], root=root) == 2  # 'all' is not a unit id
    assert main(["reviewed", "--all", "--reviewer", "A. Reader"], root=root) == 0
    assert "p1: reviewed by A. Reader" in capsys.readouterr().out


@pytest.mark.parametrize(
    "text, line, expected",
    [
        ("p1: {status: reviewed}\np1: {status: draft}\n", 2, "'p1' is given twice (first at line 1)"),
        ("p1:\n\tstatus: reviewed\n", 2, "not valid YAML"),
        ("p1: {status: reviewd}\n", 1, "status 'reviewd'; it must be reviewed or draft"),
        ("p1: {status: reviewed, danish: 'xyz'}\n", 1, "danish is not a fingerprint"),
        ("a: {status: draft}\np1: {status: reviewed, date: 'yesterday'}\n", 2, "date must be YYYY-MM-DD"),
        ("p1: {status: reviewed, reviewer: [a, b]}\n", 1, "reviewer must be text, not a list"),
        ("p1: {status: reviewed, sic: 1}\n", 1, "'sic' is not a field of a review record"),
        ("- p1\n", 1, "must map unit ids to records"),
    ],
)
def test_malformed_review_files_are_refused_with_the_real_line(tmp_path, text, line, expected):
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8")
    records, problems = read_records(path, "data/review.yaml")
    assert any(p.line == line and expected in p.message for p in problems), [str(p) for p in problems]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="p1:{}[], \n\t'\"-#reviewdsatuncgh", max_size=120))
def test_any_review_file_gives_records_or_problems_never_an_exception(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("r") / "review.yaml"
    path.write_text(text, encoding="utf-8")
    records, problems = read_records(path, "data/review.yaml")
    assert all(p.path == "data/review.yaml" and p.line >= 1 for p in problems)
    assert all(isinstance(r, Record) for r in records.values())


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a: &x {status: reviewed}\nb: *x\n", "an alias ('*name') repeats another part of the file"),
        (
            "a: !!python/object/apply:os.system [echo]\n",
            "the tag 'tag:yaml.org,2002:python/object/apply:os.system'",
        ),
        ("a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n", "an alias"),
    ],
)
def test_aliases_and_tags_are_refused_so_no_file_expands_or_runs(tmp_path, text, expected):
    path = tmp_path / "review.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = read_records(path, "data/review.yaml")
    assert any(expected in p.message for p in problems), [str(p) for p in problems]
