"""Glossary terms on the document tree: a Python-Markdown extension (``edition.tooltips``).

Modelled on Python-Markdown's own ``abbr`` extension: a treeprocessor walks the
``text`` and ``tail`` of every element and splits them around matches, so it
never sees markup as text.  In text whose nearest ``lang`` is the source
language, the glossary's forms are marked; in text in the translation's
language, each entry's approved renderings are marked with the same entry.
Both become ``<a class="term">`` links to the entry on the glossary page (a
``.md`` link that MkDocs resolves and validates), described for screen readers
and for the visible tooltip by one hidden definition per entry per page,
appended at the end of the content.  Nothing is marked in headings, links,
code, footnote references, buttons or an existing term, nor outside a
bilingual unit (``.pair``, the text box or an author's note; a heading pair is
a heading).

The first occurrence of an entry in a pair (per language) is a tab stop;
later ones are not, so keyboard users are not flooded; an entry's later
occurrences on the page (in the same language) carry ``term--repeat``, so
readers can choose to see only the first in each section.

Configuration: ``entries`` (the glossary's :class:`~edition.glossary.Entry`
list, or a :class:`Glossary` compiled once per build), ``glossary`` (link to the
glossary page from the current page), ``enabled`` (mark this page),
``source_lang`` and ``target_lang``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from edition.glossary import WORD_EDGE_AFTER, WORD_EDGE_BEFORE, Entry, Matcher, trie_pattern

SKIP_TAGS = frozenset(
    {
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
)
SKIP_CLASSES = frozenset(
    {"pair__tools", "pair__status", "term-tips", "view-control", "heading-pair__sep", "editorial-notes"}
)
UNIT_CLASSES = frozenset({"pair", "textbox", "footnote"})
"""Containers inside which terms are marked."""


class Glossary:
    """The compiled patterns of a glossary: built once per build, shared by every page."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.matcher = Matcher(entries)
        renderings: dict[str, Entry] = {}
        for entry in entries:
            for rendering in entry.renderings:
                renderings.setdefault(rendering.casefold(), entry)
        self.renderings = renderings
        body = trie_pattern(list(renderings)) if renderings else r"(?!x)x"
        self.english = re.compile(WORD_EDGE_BEFORE + "(?i:" + body + ")" + WORD_EDGE_AFTER)

    def find(self, text: str, source: bool):
        """``(start, end, entry)`` for each match in ``text``, in order."""
        if source:
            for match in self.matcher.pattern.finditer(text):
                yield match.start(), match.end(), self.matcher.entry_for(match.group(0))
        else:
            for match in self.english.finditer(text):
                yield match.start(), match.end(), self.renderings[match.group(0).casefold()]


@dataclass
class _Page:
    """What marking one page has seen so far."""

    used: dict[str, Entry] = field(default_factory=dict)
    seen: set = field(default_factory=set)
    tab_stops: set = field(default_factory=set)
    count: int = 0


class TermTreeprocessor(Treeprocessor):
    def __init__(self, md, glossary: Glossary, config: dict):
        super().__init__(md)
        self.glossary = glossary
        self.config = config

    def run(self, root: etree.Element) -> None:
        if not self.config["enabled"] or not self.glossary.entries:
            return
        page = _Page()
        self._walk(root, None, False, False, None, page)
        self.md.edition_terms_marked = page.count
        if page.used:
            root.append(self._definitions(page.used.values()))

    # -- the walk ----------------------------------------------------------------------------
    def _walk(self, el, lang, skip, inside, pair, page) -> None:
        classes = set((el.get("class") or "").split())
        lang = el.get("lang") or lang
        skip = skip or el.tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)
        inside = inside or bool(classes & UNIT_CLASSES)
        if "pair" in classes or "textbox" in classes:
            pair = el.get("id") or pair
        if el.text and not skip and inside:
            el.text = self._mark_text(el, None, el.text, lang, pair, page)
        for child in list(el):
            self._walk(child, lang, skip, inside, pair, page)
            if child.tail and not skip and inside:
                child.tail = self._mark_text(el, child, child.tail, lang, pair, page)

    def _mark_text(self, parent, after, text, lang, pair, page) -> str:
        """Split ``text`` (``parent.text``, or ``after.tail``) around terms; return what stays text."""
        if isinstance(text, AtomicString) or lang not in (
            self.config["source_lang"],
            self.config["target_lang"],
        ):
            return text
        matches = list(self.glossary.find(text, lang == self.config["source_lang"]))
        if not matches:
            return text
        head = text[: matches[0][0]]
        index = list(parent).index(after) + 1 if after is not None else 0
        for number, (start, end, entry) in enumerate(matches):
            link = self._term(text[start:end], entry, lang, pair, page)
            following = matches[number + 1][0] if number + 1 < len(matches) else len(text)
            link.tail = text[end:following]
            parent.insert(index + number, link)
        return head

    def _term(self, shown: str, entry: Entry, lang: str, pair, page: _Page) -> etree.Element:
        page.count += 1
        classes = ["term"] if lang == self.config["source_lang"] else ["term", "term-en"]
        if (lang, entry.id) in page.seen:
            classes.append("term--repeat")
        page.seen.add((lang, entry.id))
        page.used.setdefault(entry.id, entry)
        attrs = {
            "class": " ".join(classes),
            "href": f"{self.config['glossary']}#{entry.id}",
            "data-term": entry.id,
        }
        # aria-describedby="tip-<id>" is set by the reader's script (docs/assets/edition.js) with the
        # tooltip: written here on every occurrence it was a twentieth of a text page's bytes
        stop = (pair, lang, entry.id)
        if stop in page.tab_stops:
            attrs["tabindex"] = "-1"
        page.tab_stops.add(stop)
        link = etree.Element("a", attrs)
        link.text = AtomicString(shown)
        return link

    def _definitions(self, entries) -> etree.Element:
        """One hidden definition per entry used on the page, in the translation's language."""
        box = etree.Element("div", {"class": "term-tips", "hidden": "hidden", "data-search-exclude": ""})
        for entry in entries:
            span = etree.SubElement(
                box,
                "span",
                {"id": f"tip-{entry.id}", "class": "term-tip__text", "lang": self.config["target_lang"]},
            )
            strong = etree.SubElement(span, "strong")
            strong.text = AtomicString(entry.english)
            strong.tail = AtomicString(" (")
            headword = etree.SubElement(span, "i", {"lang": self.config["source_lang"]})
            headword.text = AtomicString(entry.headword)
            headword.tail = AtomicString(") — " + entry.explanation)
        return box


class TooltipsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "entries": [[], "the glossary's entries (edition.glossary.Entry), or a compiled Glossary"],
            "glossary": ["glossary.md", "link to the glossary page from the current page"],
            "enabled": [True, "mark terms on this page"],
            "source_lang": ["da", "language code of the source text"],
            "target_lang": ["en", "language code of the translation"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:
        entries = self.getConfig("entries")
        glossary = entries if isinstance(entries, Glossary) else Glossary(entries)
        md.edition_terms_marked = 0
        # after inline markup (20), the footnotes (and the printed notes, 14) and citations (12)
        md.treeprocessors.register(TermTreeprocessor(md, glossary, self.getConfigs()), "edition_terms", 6)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    return TooltipsExtension(**kwargs)
