"""Markdown helpers shared by the generated pages (glossary, bibliography, status).

:func:`extensions` lists the edition's Python-Markdown extension instances
(tests render small strings exactly as the site does); :func:`literal` makes a
value from data safe to write into Markdown: it is shown as the text it is,
never read as markup (no link, no emphasis, no table cell break, no HTML).
"""

from __future__ import annotations

import html

from edition.blocks import EditionBlocksExtension
from edition.citations import CitationExtension
from edition.notes import PrintedNotesExtension

MARKDOWN_SPECIALS = "\\`*_{}[]()#+-.!|>~"


def extensions(review: dict[str, str], references: dict[str, str], report_url: str = "") -> list:
    """The extension instances, sharing the given data."""
    return [
        EditionBlocksExtension(review=review, report_url=report_url),
        PrintedNotesExtension(),
        CitationExtension(references=references),
    ]


def literal(text: str) -> str:
    """``text`` as Markdown that renders exactly that text (HTML escaped, Markdown syntax backslashed)."""
    escaped = html.escape(" ".join(str(text).split()), quote=False)
    return "".join("\\" + c if c in MARKDOWN_SPECIALS else c for c in escaped)
