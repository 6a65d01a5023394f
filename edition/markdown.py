"""One place that lists the edition's Python-Markdown extensions.

MkDocs hooks call :func:`extensions`; tests call it too, to render small
strings exactly as the site does.
"""

from __future__ import annotations

from edition.blocks import EditionBlocksExtension
from edition.citations import CitationExtension
from edition.notes import PrintedNotesExtension


def extensions(review: dict[str, str], references: dict[str, str], report_url: str = "") -> list:
    """The extension instances, sharing the given (mutable) data."""
    return [
        EditionBlocksExtension(review=review, report_url=report_url),
        PrintedNotesExtension(),
        CitationExtension(references=references),
    ]
