"""Fixes to Material's HTML that no template block reaches.

- Material writes ``autocomplete="off"`` on its checkbox and radio toggles
  (drawer, search, colour palette) in ``base.html`` outside any block; the HTML
  standard allows ``autocomplete`` only on text-like inputs, so the Nu Html
  Checker reports an error on every page.  The attribute is removed there.
- Material's search dialog (``role="dialog"``) has no accessible name (axe:
  aria-dialog-name); it gets ``aria-label="Search"``.
- Links to other sites written in the content get ``class="link-external"``,
  so that print can show their targets (Material's scripts make every
  ``href`` absolute, so CSS alone cannot tell them apart).
"""

from __future__ import annotations

from edition.csp import EXECUTABLE
from edition.htmltree import Attrs, Rewriter, attr, classes

TOGGLES = frozenset({"checkbox", "radio"})
CLASSIC = EXECUTABLE - {"module"}
"""Script types that run as classic scripts (the policy's list, edition/csp.py, less modules)."""


class ThemeFixes(Rewriter):
    def __init__(self) -> None:
        super().__init__()
        self.in_body = False

    def start(self, tag: str, attrs: Attrs):
        if tag == "body":
            self.in_body = True
        if tag == "script" and self.in_body and _parser_blocking(attrs):
            return tag, [*attrs, ("defer", None)]
        if tag == "input" and attr(attrs, "type") in TOGGLES and attr(attrs, "autocomplete") is not None:
            return tag, [(k, v) for k, v in attrs if k != "autocomplete"]
        if tag == "div" and attr(attrs, "role") == "dialog" and "md-search" in classes(attrs):
            if attr(attrs, "aria-label") is None:
                return tag, [*attrs, ("aria-label", "Search")]
        if tag == "a" and (attr(attrs, "href") or "").startswith(("http://", "https://")):
            if attr(attrs, "class") is None:
                return tag, [("class", "link-external"), *attrs]
        return None


def _parser_blocking(attrs: Attrs) -> bool:
    """An external classic script that is neither deferred nor async."""
    names = {name for name, _ in attrs}
    classic = attr(attrs, "type") in CLASSIC
    return "src" in names and classic and not names & {"defer", "async"}


def fix_theme_html(html: str) -> str:
    """The page with the fixes above applied; everything else byte for byte as it was."""
    return ThemeFixes().rewrite(html)
