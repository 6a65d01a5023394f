"""MkDocs hook: the whole chapter on one page, for printing and for the PDF.

The print page (front matter ``role: print``) holds only an introduction; this
hook appends the finished HTML of every text page (a page with bilingual units,
in navigation order). MkDocs renders the Markdown of every page before it builds
any page's template, so when the print page's context is made, all the text
pages are rendered: the order of files or hooks does not matter.
"""

from __future__ import annotations

from edition.printing import chapter_html


def on_page_context(context, page, config, nav):
    if page.meta.get("role") == "print":
        text_pages = [p for p in nav.pages if p.meta.get("bilingual") and p.content]
        page.content = (page.content or "") + chapter_html([p.content for p in text_pages])
    return context
