"""Read the Danish (or English) text back out of built pages, for the fidelity tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser

VOID = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "area", "base", "col", "embed", "track"}
BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "figcaption", "figure", "ol", "ul", "blockquote"}
SKIP_CLASSES = ("pair__tools", "pair__status", "heading-pair__sep", "view-control", "term-tips")
# The English halves: a Danish word quoted there (``*kassekreditreglen*{lang=da}``) is the
# translation's, not the print's, so it is never read back as printed Danish.
ENGLISH_HALVES = (
    "pair__target",
    "note__target",
    "textbox__target",
    "heading-pair__target",
    "textbox__caption-target",
)


class LanguageText(HTMLParser):
    """Collects the words inside ``lang=<lang>`` elements of the article.

    ``body`` holds the running text (headings, pairs, text box) and ``notes``
    the author's notes by number.  Numeric footnote references become
    ``[^N]`` glued to the word before them; editorial (lettered) references
    are left out, as they are not part of the printed text.
    """

    def __init__(self, lang: str):
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.stack: list[tuple[str, dict]] = []
        self.body: list[str] = []
        self.notes: dict[str, list[str]] = {}
        self._note: str | None = None

    def _inside(self, predicate) -> bool:
        return any(predicate(tag, attrs) for tag, attrs in self.stack)

    def _language(self) -> str | None:
        """The language of the innermost element that declares one."""
        for _tag, attrs in reversed(self.stack):
            if attrs.get("lang"):
                return attrs["lang"]
        return None

    def _target(self) -> list[str] | None:
        if self._language() != self.lang:
            return None
        if self._inside(lambda t, a: any(c in a.get("class", "") for c in SKIP_CLASSES)):
            return None
        if self.lang != "en" and self._inside(
            lambda t, a: any(c in a.get("class", "").split() for c in ENGLISH_HALVES)
        ):
            return None
        if self._inside(lambda t, a: t == "sup"):
            return None
        if self._note is not None:
            return self.notes.setdefault(self._note, [])
        if self._inside(lambda t, a: "footnote" in a.get("class", "").split()):
            return None
        return self.body

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "li" and attrs.get("id", "").startswith("fn:"):
            self._note = attrs["id"][3:]
        if (
            tag == "a"
            and "footnote-ref" in attrs.get("class", "")
            and "--editorial" not in attrs.get("class", "")
        ):
            target = self._target_ignoring_sup()
            if target is not None:
                target.append("[^" + attrs.get("href", "").split(":", 1)[1] + "]")
        if tag in VOID:
            return
        self.stack.append((tag, attrs))
        if tag in BLOCK:
            self._space()
        number = (
            re.fullmatch(r".*-punkt-(\d+)", self.stack[-2][1].get("id", "")) if len(self.stack) > 1 else None
        )
        if number and attrs.get("lang") == self.lang:
            self.body.append(number.group(1) + ". ")

    def _target_ignoring_sup(self):
        saved = self.stack
        self.stack = [(t, a) for t, a in self.stack if t != "sup"]
        try:
            return self._target()
        finally:
            self.stack = saved

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            open_tag, attrs = self.stack.pop()
            if open_tag == "li" and attrs.get("id", "").startswith("fn:"):
                self._note = None
            if open_tag == tag:
                break
        if tag in BLOCK:
            self._space()

    def _space(self):
        self.body.append(" ")
        if self._note is not None:
            self.notes.setdefault(self._note, []).append(" ")

    def handle_data(self, data):
        target = self._target()
        if target is not None:
            target.append(data)


def language_text(html: str, lang: str = "da") -> tuple[str, dict[str, str]]:
    """(running text, {note label: text}) of one page, whitespace normalised."""
    article = html.split("<article", 1)[1].split("</article>", 1)[0] if "<article" in html else html
    parser = LanguageText(lang)
    parser.feed("<article" + article)
    body = " ".join("".join(parser.body).split())
    return body, {k: " ".join("".join(v).split()) for k, v in parser.notes.items()}
