"""Join the rendered text pages into one printable chapter.

The print page reuses each text page's finished HTML (glossary terms and notes
included) instead of rendering the chapter's Markdown a second time.  Within
one document, ids must stay unique and the outline must stay correct, so each
section's headings move one level down, its notes headings get the section's
id, and the per-page glossary definitions (``class="term-tips"``) are merged
into one block.  All of it is done by a parser (:mod:`edition.htmltree`).
"""

from __future__ import annotations

from edition.htmltree import DROP, Attrs, Rewriter, attr, classes, start_tag

HEADINGS = {f"h{n}": f"h{min(n + 1, 6)}" for n in range(1, 7)}
PAGE_IDS = frozenset({"notes", "editorial-notes"})
"""Ids that every text page has once; in the chapter they take the section's id as a suffix."""
TIPS_CLASS = "term-tips"


class Section(Rewriter):
    """One page's content as a section of the chapter; its glossary definitions set apart."""

    def __init__(self) -> None:
        super().__init__()
        self.section: str | None = None
        self.tips: list[str] = []

    def start(self, tag: str, attrs: Attrs):
        if TIPS_CLASS in classes(attrs):
            return DROP
        if tag in HEADINGS and self.section is None:
            self.section = attr(attrs, "id")
        changed = [(k, f"{v}-{self.section}" if k == "id" and v in PAGE_IDS else v) for k, v in attrs]
        if tag in HEADINGS:
            return HEADINGS[tag], changed
        return (tag, changed) if changed != attrs else None

    def dropped(self, source: str) -> None:
        self.tips.append(source)


class Definitions(Rewriter):
    """The definitions inside a ``term-tips`` block: its elements that have an id, by id."""

    def __init__(self) -> None:
        super().__init__()
        self.found: dict[str, str] = {}
        self._id: str | None = None

    def start(self, tag: str, attrs: Attrs):
        self._id = attr(attrs, "id")
        return DROP if self._id else None

    def dropped(self, source: str) -> None:
        self.found.setdefault(self._id or "", source)


def section_html(html: str) -> tuple[str, str | None, dict[str, str]]:
    """One page's content for the chapter, its section id and its glossary definitions by id."""
    section = Section()
    body = section.rewrite(html)
    tips: dict[str, str] = {}
    for block in section.tips:
        definitions = Definitions()
        definitions.rewrite(block)
        tips.update(definitions.found)
    return body, section.section, tips


def chapter_html(pages: list[str]) -> str:
    """The text pages' content, in order, as sections with one definitions block."""
    parts, tips = [], {}
    for html in pages:
        body, section, page_tips = section_html(html)
        attrs = [("class", "print-section")] + ([("aria-labelledby", section)] if section else [])
        parts.append(f"{start_tag('section', attrs)}{body}</section>")
        for key, source in page_tips.items():
            tips.setdefault(key, source)
    if tips:
        parts.append(
            f'<div class="{TIPS_CLASS}" hidden data-search-exclude>' + "".join(tips.values()) + "</div>"
        )
    return "\n".join(parts)
