"""Review state: reviewed, draft, stale; the command that records it."""

from pathlib import Path

from edition.document import fingerprint, parse_page
from edition.review import Record, load_records, main, review_problems, state_of

PAGE = "/// pair | p1\nDansk tekst.\n***\nEnglish text.\n///\n"


def unit(text=PAGE):
    return parse_page(text, "docs/x.md")[0][0]


def test_states():
    u = unit()
    assert state_of(u, {}) == "draft"
    assert state_of(u, {"p1": Record("reviewed", fingerprint("Dansk tekst."))}) == "reviewed"
    changed = unit(PAGE.replace("Dansk tekst.", "Dansk tekst, ændret."))
    assert state_of(changed, {"p1": Record("reviewed", fingerprint("Dansk tekst."))}) == "stale"


def test_stale_warning_names_the_fix():
    changed = unit(PAGE.replace("Dansk tekst.", "Ny dansk tekst."))
    (problem,) = review_problems([changed], {"p1": Record("reviewed", fingerprint("Dansk tekst."))})
    assert str(problem).startswith(
        "docs/x.md:1: pair 'p1': the Danish has changed since the English was reviewed"
    )
    assert str(problem).endswith("python -m edition.review reviewed p1")


def test_command_marks_reviewed(tmp_path: Path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "docs" / "x.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nnav:\n  - x.md\n", encoding="utf-8")
    assert main(["reviewed", "p1"], root=tmp_path) == 0
    records = load_records(tmp_path / "data" / "review.yaml")
    assert records == {"p1": Record("reviewed", fingerprint("Dansk tekst."))}
    assert main(["reviewed", "nope"], root=tmp_path) == 2
