"""Join the text pages into one printable chapter (front matter dropped, headings one level down)."""

from __future__ import annotations

import re

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
HEADING_BLOCK = re.compile(r"^(/// heading \| [^\n]+)$", re.M)


def page_body(markdown: str) -> str:
    """A page's Markdown without its front matter, its heading block set to level 2."""
    body = FRONT_MATTER.sub("", markdown, count=1)
    return HEADING_BLOCK.sub(lambda m: m.group(1) + "\n    level: 2", body)


def chapter_markdown(pages: list[str]) -> str:
    """The pages in order, as one Markdown document."""
    return "\n\n".join(page_body(p) for p in pages)
