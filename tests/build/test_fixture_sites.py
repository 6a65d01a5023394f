"""Small fixture sites built --strict: one that passes, and one broken way each that must fail.

Each test copies tests/fixtures/site to a temporary folder, breaks one thing,
builds it and checks the message a contributor would read.
"""

import pytest

from support import fixture_copy, mkdocs_build


@pytest.fixture
def fixture_site(tmp_path):
    return fixture_copy(tmp_path)


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build(site, strict=True):
    return mkdocs_build(site / "mkdocs.yml", site / "out", strict=strict)


def test_fixture_site_builds_strict(fixture_site):
    result = build(fixture_site)
    assert result.returncode == 0, result.log
    html = (fixture_site / "out" / "index.html").read_text(encoding="utf-8")
    assert '<li id="tekstboks-f1-punkt-2">' in html and 'href="bibliography/#aarup-2010"' in html


def test_footnote_reference_without_definition_fails(fixture_site):
    edit(fixture_site / "docs/index.md", "en note[^1] og", "en note[^9] og")
    result = build(fixture_site)
    assert result.returncode != 0
    assert "docs/index.md:13: error: footnote reference [^9] has no definition" in result.log


def test_malformed_textbox_fails(fixture_site):
    edit(fixture_site / "docs/index.md", "1. One\n2. Two\n", "1. One\n")
    result = build(fixture_site)
    assert result.returncode != 0
    assert (
        "docs/index.md:26: error: text box 'tekstboks-f1' has 2 Danish items but 1 English items"
        in result.log
    )


def test_link_to_missing_textbox_item_fails(fixture_site):
    edit(
        fixture_site / "docs/index.md",
        "jf. [punkt 2](#tekstboks-f1-punkt-2)",
        "jf. [punkt 4](#tekstboks-f1-punkt-4)",
    )
    result = build(fixture_site)
    assert result.returncode != 0
    assert "docs/index.md:13: error: link to '#tekstboks-f1-punkt-4', but this page has no such" in result.log


def test_unknown_citation_key_fails_strict(fixture_site):
    edit(fixture_site / "docs/index.md", "(cite:aarup-2010)), jf.", "(cite:aarup-2011)), jf.")
    result = build(fixture_site)
    assert result.returncode != 0
    assert (
        "docs/index.md:13: error: citation '[Aarup 2010](cite:aarup-2011)' uses the key 'aarup-2011', "
        "which is not in bibliography/edition.bib"
    ) in result.log
    assert "Aborted with 1 warnings" in result.log  # one error per cause: no broken-anchor warning too


def test_stale_pair_warns_and_is_marked(fixture_site):
    edit(fixture_site / "docs/index.md", "Dansk tekst med", "Ændret dansk tekst med")
    strict = build(fixture_site)
    assert strict.returncode != 0
    assert (
        "docs/index.md:12: error: pair 'f-foerste': the source text has changed since the translation was reviewed"
        in strict.log
    )
    relaxed = build(fixture_site, strict=False)
    assert relaxed.returncode == 0
    html = (fixture_site / "out" / "index.html").read_text(encoding="utf-8")
    assert 'class="pair__status pair__status--stale" role="note">Translation may be outdated' in html


def test_malformed_bib_fails_with_line(fixture_site):
    edit(fixture_site / "bibliography/edition.bib", "  year       = {2010},\n", "  year       = {2010,\n")
    result = build(fixture_site)
    assert result.returncode != 0
    assert "bibliography/edition.bib:" in result.log and "cannot be read" in result.log
    assert "Traceback" not in result.log


def test_bib_entry_cited_nowhere_fails_strict(fixture_site):
    edit(
        fixture_site / "bibliography/edition.bib",
        "@book{aarup-2010,",
        "@book{unused-2000,\n  title = {Unused},\n  year = {2000},\n  confidence = {verified}\n}\n\n@book{aarup-2010,",
    )
    result = build(fixture_site)
    assert result.returncode != 0
    assert "bibliography/edition.bib:1: entry 'unused-2000' is cited nowhere in docs/" in result.log


def test_revised_english_is_marked_quietly_and_does_not_fail_the_strict_build(fixture_site, capsys):
    from edition import qa

    edit(fixture_site / "docs/index.md", "English text with a note", "Revised English text with a note")
    result = build(fixture_site)
    assert result.returncode == 0, result.log
    assert "pair 'f-foerste': the translation has changed since it was reviewed" in result.log
    html = (fixture_site / "out" / "index.html").read_text(encoding="utf-8")
    assert 'class="pair__status pair__status--revised" role="note">Revised translation' in html
    assert qa.main([], root=fixture_site) == 0  # a warning in QA, not an error
    assert (
        "warning: pair 'f-foerste': the translation has changed since it was reviewed"
        in capsys.readouterr().out
    )


def test_on_github_actions_findings_are_annotations_on_the_changed_line(
    fixture_site, monkeypatch, tmp_path, capsys
):
    from edition import qa

    edit(fixture_site / "docs/index.md", "(cite:aarup-2010)), cf.", "(cite:aarup-2011)), cf.")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert qa.main([], root=fixture_site) == 1
    out = capsys.readouterr().out
    assert "::error file=docs/index.md,line=15,title=edition error::[f-foerste] citations differ" in out
    assert "| ❌ Parity with the source | 1 | 0 |" in summary.read_text(encoding="utf-8")
    result = build(fixture_site)  # the build's own checks annotate too (the environment is inherited)
    assert "::error file=docs/index.md,line=15,title=edition error::citation" in result.log


def test_one_error_per_cause_a_deleted_separator_is_one_error(fixture_site, capsys):
    from edition import qa

    edit(
        fixture_site / "docs/index.md",
        "(#tekstboks-f1-punkt-2).\n***\nEnglish",
        "(#tekstboks-f1-punkt-2).\nEnglish",
    )
    assert qa.main([], root=fixture_site) == 1
    out = capsys.readouterr().out
    assert out.count(": error: ") == 1 and out.count(": warning: ") == 0, out
    assert "docs/index.md:12: error: pair 'f-foerste' has 1 part(s)" in out
