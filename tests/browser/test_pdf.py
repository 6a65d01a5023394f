"""The bilingual chapter as PDF (headless Chromium), with every section and all five notes."""

import os
import shutil
import subprocess

import pytest

from edition.pdf import build_pdf
from edition.source import parse_printed


def pdf_text(path):
    if not shutil.which("pdftotext"):
        message = "pdftotext is missing (Debian: apt-get install poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_has_all_sections_and_notes(browser, built_site, tmp_path, source_text):
    pdf = build_pdf(built_site.site, tmp_path / "edition.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    text = " ".join(pdf_text(pdf).split())
    for heading in (
        "DEL I. Fremtidens velfærdssamfund",
        "I.1. Velfærdssamfundet under udvikling",
        "I.2. Et styringsparadigme eller en udviklingstendens?",
        "I.3. Ledelsesrummet under ændring",
        "I.4. Afslutning",
        "Text box I.1",
    ):
        assert heading in text, heading
    printed = parse_printed(source_text)
    for number, note in printed.footnotes.items():
        opening = " ".join(note.split()[:6])
        assert opening in text, f"note {number}: {opening}"
    assert "Editor’s note" in text and "Translator’s note" in text
