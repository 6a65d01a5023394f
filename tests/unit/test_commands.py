"""Commands fail loudly: a missing input is a message and a non-zero exit, never a silent OK."""

from __future__ import annotations

from edition import fidelity, pdf


def test_pdf_without_a_built_site_says_what_to_build(tmp_path, capsys):
    assert pdf.main([str(tmp_path / "site")]) == 2
    err = capsys.readouterr().err
    assert "print/index.html does not exist" in err and "mkdocs build --strict" in err


def test_fidelity_outside_the_edition_folder_exits_non_zero(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert fidelity.main([]) == 2
    assert "run this command from the edition's folder" in capsys.readouterr().out


def test_qa_and_review_outside_an_edition_exit_non_zero_with_a_message(tmp_path, capsys):
    from edition import qa, review

    assert qa.main([], root=tmp_path) == 2
    assert review.main(["status"], root=tmp_path) == 2
    err = capsys.readouterr().err
    assert err.count("has no mkdocs.yml: run this command from the edition's folder") == 2
