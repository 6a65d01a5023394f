"""A Content-Security-Policy for every page: only the site's own files run, and the page's own
inline scripts by their hash.

The theme and the edition need a few inline scripts (Material's storage helpers and colour
palette, the reader's choices applied before first paint). Each page's executable inline scripts
are found with a parser (:mod:`edition.htmltree`), hashed (SHA-256), and allowed by hash alone;
every other script, an injected ``<script>``, an inline event handler or a ``javascript:`` URL,
is blocked by the browser. Data blocks (``application/json``, ``application/ld+json``) are not
executed and need no hash.
"""

from __future__ import annotations

import base64
import hashlib

from edition.htmltree import Attrs, Rewriter, attr

EXECUTABLE = {None, "", "text/javascript", "application/javascript", "module"}
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)


class _Scripts(Rewriter):
    """Collects the text of each executable inline script."""

    def __init__(self) -> None:
        super().__init__()
        self.inline: list[str] = []
        self._current: list[str] | None = None

    def start(self, tag: str, attrs: Attrs):
        if tag == "script" and attr(attrs, "src") is None and attr(attrs, "type") in EXECUTABLE:
            self._current = []
        return None

    def handle_data(self, data):
        if self._current is not None and self.cdata_elem == "script":
            self._current.append(data)
        super().handle_data(data)

    def end(self, tag: str) -> str:
        if tag == "script" and self._current is not None:
            self.inline.append("".join(self._current))
            self._current = None
        return tag


class _Insert(Rewriter):
    def __init__(self, meta: str) -> None:
        super().__init__()
        self.meta = meta
        self.done = False

    def after_start(self, tag: str, attrs: Attrs) -> str:
        if tag == "head" and not self.done:
            self.done = True
            return self.meta
        return ""


def script_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def policy(html: str) -> str:
    """The policy for a page: its inline scripts allowed by hash, nothing else inline."""
    scripts = _Scripts()
    scripts.rewrite(html)
    hashes = " ".join(sorted({script_hash(text) for text in scripts.inline}))
    return POLICY.format(hashes=hashes).replace("  ", " ")


def with_policy(html: str) -> str:
    """The page with its Content-Security-Policy ``<meta>`` as the first thing in ``<head>``."""
    from html import escape

    meta = f'<meta http-equiv="Content-Security-Policy" content="{escape(policy(html))}">'
    return _Insert(meta).rewrite(html)
