"""MkDocs hook: the whole chapter on one page, for printing and for the PDF.

``docs/print.md`` holds only an introduction; this hook appends the Markdown
of the text pages in reading order, with their headings moved one level
down, so the chapter prints (and becomes a PDF) in one piece, notes included.
"""

from __future__ import annotations

from pathlib import Path

from edition.printing import chapter_markdown

PAGE = "print.md"
TEXT_PAGES = ["del-i.md", "i-1.md", "i-2.md", "i-3.md", "i-4.md"]


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri != PAGE:
        return markdown
    page.meta["bilingual"] = True
    sources = [(Path(config.docs_dir) / name).read_text(encoding="utf-8") for name in TEXT_PAGES]
    return markdown + "\n\n" + chapter_markdown(sources)
