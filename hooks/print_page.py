"""MkDocs hook: the whole chapter on one page, for printing and for the PDF.

``docs/print.md`` holds only an introduction; this hook appends the finished
HTML of the five text pages (captured as they are built, glossary terms and
notes included), so the chapter prints, and becomes a PDF, in one piece.
MkDocs renders pages in file order, and ``print.md`` sorts after the text
pages; should that ever change, the build stops with a clear error.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from edition.printing import chapter_html

PAGE = "print.md"
TEXT_PAGES = {"del-i.md": "del-i", "i-1.md": "i1", "i-2.md": "i2", "i-3.md": "i3", "i-4.md": "i4"}
_CONTENT: dict[str, str] = {}


def on_pre_build(config):
    _CONTENT.clear()


def on_page_content(html, page, config, files):
    if page.file.src_uri in TEXT_PAGES:
        _CONTENT[page.file.src_uri] = html
    elif page.file.src_uri == PAGE:
        missing = [name for name in TEXT_PAGES if name not in _CONTENT]
        if missing:
            raise PluginError(
                f"docs/{PAGE}: the text pages {missing} were not built before it; "
                "keep print.md after them in file order"
            )
        return html + chapter_html([(TEXT_PAGES[n], _CONTENT[n]) for n in TEXT_PAGES])
    return html
