"""Join the rendered text pages into one printable chapter.

The print page reuses each text page's finished HTML (glossary terms and notes
included) instead of rendering the chapter's Markdown a second time.  Within
one document, ids must stay unique and the outline must stay correct, so each
section's headings move one level down, its notes headings get the section's
id, and the per-page glossary definitions are merged into one block.
"""

from __future__ import annotations

import re

TIPS = re.compile(r'<div class="term-tips" hidden data-search-exclude>(.*?)</div>', re.S)
TIP = re.compile(r'<span id="(tip-[^"]+)".*?</span>', re.S)


def demote(html: str) -> str:
    """h1 -> h2, h2 -> h3 ... (h6 stays h6)."""

    def shift(match: re.Match) -> str:
        level = min(int(match.group(2)) + 1, 6)
        return f"<{match.group(1)}h{level}"

    return re.sub(r"<(/?)h([1-6])", shift, html)


def section_html(html: str, section: str) -> tuple[str, dict[str, str]]:
    """One page's content for the chapter, and its glossary definitions by id."""
    tips: dict[str, str] = {}
    for block in TIPS.findall(html):
        for match in TIP.finditer(block):
            tips[match.group(1)] = match.group(0)
    body = TIPS.sub("", html)
    body = body.replace('id="notes"', f'id="notes-{section}"').replace(
        'id="editorial-notes"', f'id="editorial-notes-{section}"'
    )
    return demote(body), tips


def chapter_html(pages: list[tuple[str, str]]) -> str:
    """The sections (``(section id, content html)``) in order, with one definitions block."""
    parts, tips = [], {}
    for section, html in pages:
        body, page_tips = section_html(html, section)
        parts.append(f'<section class="print-section" aria-labelledby="{section}">{body}</section>')
        tips.update(page_tips)
    if tips:
        parts.append('<div class="term-tips" hidden data-search-exclude>' + "".join(tips.values()) + "</div>")
    return "\n".join(parts)
