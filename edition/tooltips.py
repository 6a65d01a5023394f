"""Mark glossary terms in a page's HTML: Danish terms get tooltips, English renderings a highlight hook.

One pass over the HTML with one compiled pattern per language.  Only text
whose nearest ``lang`` is Danish is marked, and never inside headings,
links, citations, footnote references, code, buttons or an existing term.
The first occurrence of a term in a pair is a tab stop; later ones are not,
so keyboard users are not flooded.  Each term is described (for screen
readers and for the visible tooltip) by one hidden, English definition per
page, appended at the end of the content.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from edition.glossary import WORD_EDGE_AFTER, WORD_EDGE_BEFORE, Entry, Matcher, trie_pattern

TAG = re.compile(r"(<[^>]+>)")
VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "source"}
SKIP_TAGS = {
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "code",
    "pre",
    "sup",
    "script",
    "style",
    "button",
    "textarea",
    "dfn",
    "abbr",
}
SKIP_CLASSES = ("pair__tools", "pair__status", "term-tips", "view-control")
ATTR = re.compile(r'([\w:-]+)="([^"]*)"')


@dataclass
class _Frame:
    tag: str
    lang: str | None
    skip: bool
    pair: str | None


@dataclass
class Marked:
    html: str
    used: list[Entry] = field(default_factory=list)
    count: int = 0


class TermMarker:
    """Built once per build from the glossary; ``mark`` runs once per page."""

    def __init__(self, entries: list[Entry]):
        self.matcher = Matcher(entries)
        self.entries = entries
        renderings: dict[str, Entry] = {}
        for entry in entries:
            for rendering in entry.renderings:
                renderings.setdefault(rendering.casefold(), entry)
        self.renderings = renderings
        body = trie_pattern(list(renderings)) if renderings else r"(?!x)x"
        self.english = re.compile(WORD_EDGE_BEFORE + "(?i:" + body + ")" + WORD_EDGE_AFTER)

    def mark(self, page_html: str, glossary_url: str) -> Marked:
        result = Marked(page_html)
        stack: list[_Frame] = [_Frame("", None, False, None)]
        tab_stops: set[tuple[str | None, str]] = set()
        used: dict[str, Entry] = {}
        out: list[str] = []
        for token in TAG.split(page_html):
            if not token:
                continue
            if token.startswith("<"):
                _track(token, stack)
                out.append(token)
                continue
            frame = stack[-1]
            if frame.skip or frame.lang not in ("da", "en"):
                out.append(token)
            elif frame.lang == "da":
                out.append(self._danish(token, frame.pair, glossary_url, tab_stops, used, result))
            else:
                out.append(self._english(token) if frame.pair else token)
        if used:
            out.append(_definitions(used.values()))
        result.html = "".join(out)
        result.used = list(used.values())
        return result

    def _danish(self, text, pair, url, tab_stops, used, result) -> str:
        def wrap(match: re.Match) -> str:
            entry = self.matcher.entry_for(match.group(0))
            used[entry.id] = entry
            result.count += 1
            first = (pair, entry.id) not in tab_stops
            tab_stops.add((pair, entry.id))
            tabindex = "" if first else ' tabindex="-1"'
            return (
                f'<a class="term" href="{url}#{entry.id}" data-term="{entry.id}" '
                f'aria-describedby="tip-{entry.id}"{tabindex}>{match.group(0)}</a>'
            )

        return self.matcher.pattern.sub(wrap, text)

    def _english(self, text) -> str:
        def wrap(match: re.Match) -> str:
            entry = self.renderings[match.group(0).casefold()]
            return f'<span class="term-en" data-term="{entry.id}">{match.group(0)}</span>'

        return self.english.sub(wrap, text)


def _track(token: str, stack: list[_Frame]) -> None:
    if token.startswith(("<!", "<?")):
        return
    closing = token.startswith("</")
    name = re.match(r"</?\s*([\w-]+)", token)
    if not name:
        return
    tag = name.group(1).lower()
    if closing:
        for i in range(len(stack) - 1, 0, -1):
            if stack[i].tag == tag:
                del stack[i:]
                break
        return
    if tag in VOID or token.endswith("/>"):
        return
    attrs = dict(ATTR.findall(token))
    parent = stack[-1]
    classes = attrs.get("class", "")
    skip = parent.skip or tag in SKIP_TAGS or any(c in classes for c in SKIP_CLASSES)
    pair = attrs.get("id") if "pair" in classes.split() else parent.pair
    stack.append(_Frame(tag, attrs.get("lang", parent.lang), skip, pair))


def _definitions(entries) -> str:
    spans = "".join(
        f'<span id="tip-{e.id}" class="term-tip__text" lang="en"><strong>{html.escape(e.english)}</strong>'
        f" — {html.escape(e.explanation)}</span>"
        for e in entries
    )
    return f'<div class="term-tips" hidden data-search-exclude>{spans}</div>'
