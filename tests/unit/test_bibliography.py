"""The .bib checks and the small fixes of the formatted references."""

from edition.bibliography import check_bib, entry_lines, plain_text, tidy

GOOD = "@book{a-2000,\n  author = {A, B},\n  title = {T},\n  year = {2000},\n  confidence = {verified}\n}\n"


def test_good_bib_has_no_problems():
    assert check_bib(GOOD, "bibliography/x.bib") == []


def test_duplicate_key_with_lines():
    problems = check_bib(GOOD + "\n" + GOOD, "bibliography/x.bib")
    assert problems[0] == (
        "bibliography/x.bib:8: duplicate key 'a-2000' (first at line 1); "
        "merge the two entries or give one a new key"
    )


def test_unknown_field_and_missing_confidence():
    bad = "@book{b,\n  titel = {T},\n  year = {2000}\n}\n"
    problems = check_bib(bad, "bibliography/x.bib")
    assert any("unknown field 'titel'" in p and p.startswith("bibliography/x.bib:1:") for p in problems)
    assert any("needs confidence" in p for p in problems)


def test_syntax_error_is_reported_not_raised():
    (problem,) = check_bib("@book{c,\n  title = {T,\n  year = 2000\n", "bibliography/x.bib")
    assert problem.startswith("bibliography/x.bib:") and "cannot be read" in problem


def test_entry_lines():
    assert entry_lines("\n@book{x,\n}\n@misc{y,\n}") == {"x": [2], "y": [4]}


def test_tidy_keeps_printed_year_suffix_and_surname_only_names():
    assert tidy("Jensen, and Olesen. 2018. Title.", "2018a") == "Jensen and Olesen. 2018a. Title."
    assert tidy("[Nielsen et al.]{.nocase} 2005.", None) == "Nielsen et al. 2005."


def test_plain_text():
    md = 'Hood. 1991. "A *Public* Management." <https://doi.org/10.1/x>. [link](http://e.x)'
    assert plain_text(md) == 'Hood. 1991. "A Public Management." https://doi.org/10.1/x. link'


def test_tidy_dashes_and_escaped_percent():
    md = 'Bech. 2016. "Styring -- hvor svært?" [http://x/a-\\\\%E2](http://x/a-\\%E2). Dead---Long Live.'
    assert (
        tidy(md, None)
        == 'Bech. 2016. "Styring – hvor svært?" [http://x/a-%E2](http://x/a-%E2). Dead—Long Live.'
    )


def test_missing_fields_described_for_readers():
    from edition.bibliography import describe_missing

    assert (
        describe_missing(["title", "address", "howpublished"])
        == "title, place of publication, form of publication"
    )


def test_formatted_bibliography_is_cached_by_content(tmp_path):
    import shutil

    from edition.bibliography import load_bibliography
    from support import ROOT

    (tmp_path / "bibliography").mkdir()
    shutil.copy(ROOT / "bibliography" / "chicago-author-date.csl", tmp_path / "bibliography")
    bib = tmp_path / "bibliography" / "edition.bib"
    bib.write_text(GOOD, encoding="utf-8")
    first = load_bibliography(bib, tmp_path / "cache")
    assert len(list((tmp_path / "cache").glob("bibliography-*.json"))) == 1
    assert load_bibliography(bib, tmp_path / "cache") == first
    bib.write_text(GOOD.replace("{T}", "{Another title}"), encoding="utf-8")
    assert load_bibliography(bib, tmp_path / "cache")["a-2000"].plain != first["a-2000"].plain
    assert len(list((tmp_path / "cache").glob("bibliography-*.json"))) == 1  # the outdated result is gone
