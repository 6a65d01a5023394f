"""Rewrite finished HTML with a parser, never with regular expressions.

:class:`Rewriter` reads HTML with the standard library's ``html.parser`` and
writes it back (tags as written, text re-escaped), except where its hooks say otherwise: a start tag's
attributes or name can be changed (:meth:`Rewriter.start`), and an element can be
dropped with everything inside it (:meth:`Rewriter.start` returns ``DROP``),
optionally keeping its source for the caller.  Unchanged tags, comments, doctypes,
script and style contents pass through byte for byte; text is decoded and
re-escaped (``&amp;``, ``&lt;``, ``&gt;``; a character reference such as
``&#8212;`` becomes its character).  A ``>`` in a comment or an attribute never
confuses it (it does confuse ``<[^>]+>``).
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
DROP = object()
"""Returned by :meth:`Rewriter.start`: leave this element and its content out."""

Attrs = list[tuple[str, str | None]]


def start_tag(tag: str, attrs: Attrs, close: bool = False) -> str:
    """Serialise a start tag (values escaped; an attribute without value stays bare)."""
    parts = [tag] + [
        name if value is None else f'{name}="{escape(value, quote=True)}"' for name, value in attrs
    ]
    return "<" + " ".join(parts) + (" />" if close else ">")


class Rewriter(HTMLParser):
    """Copies HTML through, letting :meth:`start` and :meth:`end` change tags.

    Subclasses override :meth:`start` (return ``None`` to keep the tag as
    written, ``(tag, attrs)`` to replace it, or ``DROP`` to leave out the element
    and its content, which :meth:`dropped` then receives) and :meth:`end`.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._renamed: list[tuple[str, str]] = []  # (original, new) of open renamed elements
        self._dropping: list[str] | None = None  # source of the element being dropped
        self._drop_depth = 0

    # -- the hooks -------------------------------------------------------------------------
    def start(self, tag: str, attrs: Attrs) -> tuple[str, Attrs] | object | None:
        return None

    def end(self, tag: str) -> str:
        return tag

    def after_start(self, tag: str, attrs: Attrs) -> str:
        """HTML to insert right after a kept start tag (default: nothing)."""
        return ""

    def dropped(self, source: str) -> None:
        """Receives the HTML of each dropped element."""

    # -- the parser's callbacks -------------------------------------------------------------
    def rewrite(self, html: str) -> str:
        self.feed(html)
        self.close()
        return "".join(self.out)

    def _emit(self, text: str) -> None:
        (self._dropping if self._dropping is not None else self.out).append(text)

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text() or start_tag(tag, attrs)
        if self._dropping is not None:
            self._dropping.append(raw)
            if tag not in VOID:
                self._drop_depth += 1
            return
        result = self.start(tag, attrs)
        if result is DROP:
            self._dropping = [raw]
            self._drop_depth = 0 if tag in VOID else 1
            if not self._drop_depth:
                self._finish_drop()
            return
        if result is None:
            self.out.append(raw + self.after_start(tag, attrs))
            if tag not in VOID:
                self._renamed.append((tag, tag))
            return
        new_tag, new_attrs = result  # type: ignore[misc]
        self.out.append(start_tag(new_tag, new_attrs))
        if tag not in VOID:
            self._renamed.append((tag, new_tag))

    def handle_startendtag(self, tag, attrs):
        raw = self.get_starttag_text() or start_tag(tag, attrs, close=True)
        if self._dropping is not None:
            self._dropping.append(raw)
            return
        result = self.start(tag, attrs)
        if result is DROP:
            self.dropped(raw)
        elif result is None:
            self.out.append(raw)
        else:
            new_tag, new_attrs = result  # type: ignore[misc]
            self.out.append(start_tag(new_tag, new_attrs, close=True))

    def handle_endtag(self, tag):
        if self._dropping is not None:
            self._dropping.append(f"</{tag}>")
            if tag not in VOID:
                self._drop_depth -= 1
            if self._drop_depth <= 0:
                self._finish_drop()
            return
        new = tag
        for index in range(len(self._renamed) - 1, -1, -1):  # the innermost open element of that name
            if self._renamed[index][0] == tag:
                new = self._renamed.pop(index)[1]
                break
        if tag not in VOID or new != tag:
            self.out.append(f"</{self.end(new)}>")

    def _finish_drop(self) -> None:
        source = "".join(self._dropping or [])
        self._dropping = None
        self._drop_depth = 0
        self.dropped(source)

    def handle_data(self, data):
        # script and style hold raw text (the parser does not decode it): copy it as it is
        self._emit(data if self.cdata_elem else escape(data, quote=False))

    def handle_comment(self, data):
        self._emit(f"<!--{data}-->")

    def handle_decl(self, decl):
        self._emit(f"<!{decl}>")

    def handle_pi(self, data):
        self._emit(f"<?{data}>")

    def unknown_decl(self, data):
        self._emit(f"<![{data}]>")


def attr(attrs: Attrs, name: str) -> str | None:
    """The value of an attribute (``None`` when absent)."""
    return next((value for key, value in attrs if key == name), None)


def classes(attrs: Attrs) -> list[str]:
    return (attr(attrs, "class") or "").split()
