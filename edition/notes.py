"""Footnotes as printed, and the editor's and translator's notes apart.

Python-Markdown numbers footnotes 1, 2, 3 on every page whatever their label.
The printed notes 1-5 are spread over several pages, so this treeprocessor
(run after the footnotes extension) shows each author's note with its printed
number, which is its label (``[^4]`` shows "4").  Notes labelled ``ed-...``
(editor's notes, on the Danish) and ``tn-...`` (translator's notes, on the
English) form a second, lettered series (a, b, c...) in their own list, so
they never renumber the authors' notes.

An author's note holds the Danish, a ``***`` line, then the English; both
halves get their ``lang``.
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as etree

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from edition.blocks import language_div, split_on_rule

EDITORIAL_KINDS = {"ed": "Editor’s note", "tn": "Translator’s note"}
LABELS = {
    "notes": "Notes",
    "editorial_notes": "Editor’s and translator’s notes",
    "note": "Note {label}",
    "back": "Back to note {label} in the text",
    "source_only": "On the {source} text only.",
}
"""Headings and names readers see, in the translation's language (``labels`` overrides them)."""


def note_kind(label: str) -> str | None:
    """``"ed"`` or ``"tn"`` for an editorial label, None for an author's note."""
    prefix = label.split("-", 1)[0]
    return prefix if prefix in EDITORIAL_KINDS and "-" in label else None


def letter(index: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "aa" (lettered series)."""
    letters = string.ascii_lowercase
    return letters[index] if index < 26 else letter(index // 26 - 1) + letters[index % 26]


def label_of(href: str) -> str:
    """``"#fn:ed-vaere"`` -> ``"ed-vaere"``."""
    return href.split(":", 1)[1] if ":" in href else href.lstrip("#")


class PrintedNotesTreeprocessor(Treeprocessor):
    """Relabels footnote references and splits the footnote list in two."""

    def __init__(self, md=None, config: dict | None = None):
        super().__init__(md)
        self.config = {
            "source_lang": "da",
            "target_lang": "en",
            "source_name": "Danish",
            "labels": {},
            **(config or {}),
        }

    def _label(self, name: str) -> str:
        return (self.config.get("labels") or {}).get(name, LABELS[name])

    def run(self, root: etree.Element) -> None:
        order = self._relabel_references(root)
        self.source_only = self._source_only(root)
        container = root.find("./div[@class='footnote']")
        if container is None:
            return
        author_list = container.find("ol")
        editorial = etree.Element("ol", {"class": "editorial-notes__list"})
        for li in list(author_list):
            label = label_of("#" + li.get("id", ""))
            kind = note_kind(label)
            if kind:
                author_list.remove(li)
                editorial.append(self._editorial_item(li, kind, order.get(label, len(order))))
            else:
                self._author_item(li, label)
        editorial[:] = sorted(editorial, key=lambda li: int(li.get("data-order")))
        self._finish(root, container, author_list, editorial)

    def _relabel_references(self, root: etree.Element) -> dict[str, int]:
        """Show printed numbers and letters; return each editorial label's place in the series."""
        order: dict[str, int] = {}
        for a in root.iter("a"):
            if "footnote-ref" not in (a.get("class") or ""):
                continue
            label = label_of(a.get("href", ""))
            if note_kind(label):
                mark = letter(order.setdefault(label, len(order)))
                a.text = mark
                a.set("class", "footnote-ref footnote-ref--editorial")
                a.set("aria-label", f"{EDITORIAL_KINDS[note_kind(label)]} {mark}")
            else:
                a.text = label
                a.set("aria-label", self._label("note").format(label=label))
        return order

    def _source_only(self, root: etree.Element) -> set[str]:
        """Editorial labels referenced only from inside source-language text: in the translation-only
        view their markers are hidden, so the note says what it is about."""
        where: dict[str, set[bool]] = {}

        def walk(element: etree.Element, in_source: bool) -> None:
            lang = element.get("lang")
            if lang:
                in_source = lang == self.config["source_lang"]
            if element.tag == "a" and "footnote-ref" in (element.get("class") or ""):
                label = label_of(element.get("href", ""))
                if note_kind(label):
                    where.setdefault(label, set()).add(in_source)
            for child in element:
                walk(child, in_source)

        walk(root, False)
        return {label for label, places in where.items() if places == {True}}

    def _backrefs(self, li: etree.Element, shown: str) -> None:
        """Back-links name the note as it is labelled (Python-Markdown counts notes per page)."""
        for a in li.iter("a"):
            if "footnote-backref" in (a.get("class") or ""):
                a.set("title", self._label("back").format(label=shown))

    def _author_item(self, li: etree.Element, label: str) -> None:
        self._backrefs(li, label)
        if label.isdigit():
            li.set("value", label)
        parts = split_on_rule(li)
        if len(parts) == 2:
            li.append(language_div("div", self.config["source_lang"], parts[0], "note__source"))
            li.append(language_div("div", self.config["target_lang"], parts[1], "note__target"))
        else:
            li.extend(parts[0])

    def _editorial_item(self, li: etree.Element, kind: str, place: int) -> etree.Element:
        li.set("lang", self.config["target_lang"])
        li.set("class", f"editorial-note editorial-note--{kind}")
        li.set("data-order", str(place))
        li.set("value", str(place + 1))
        self._backrefs(li, letter(place))
        first = li.find("p")
        if first is not None:
            tag = etree.Element("span", {"class": "editorial-note__kind"})
            tag.text = EDITORIAL_KINDS[kind] + ". "
            tag.tail = first.text
            first.text = None
            first.insert(0, tag)
            if label_of("#" + li.get("id", "")) in self.source_only:
                scope = etree.Element("span", {"class": "editorial-note__scope"})
                scope.text = self._label("source_only").format(source=self.config["source_name"]) + " "
                scope.tail = tag.tail
                tag.tail = None
                first.insert(1, scope)
        return li

    def _finish(self, root, container, author_list, editorial) -> None:
        container.set("class", "footnote")
        if len(author_list):
            heading = etree.Element("h2", {"id": "notes", "class": "notes-heading"})
            heading.text = self._label("notes")
            container.insert(0, heading)
        else:
            container.remove(author_list)
        for hr in container.findall("hr"):
            container.remove(hr)
        if len(editorial):
            box = etree.SubElement(
                root, "div", {"class": "footnote editorial-notes", "lang": self.config["target_lang"]}
            )
            heading = etree.SubElement(box, "h2", {"id": "editorial-notes", "class": "notes-heading"})
            heading.text = self._label("editorial_notes")
            box.append(editorial)
        if not len(author_list):
            root.remove(container)


class PrintedNotesExtension(Extension):
    """Registers the treeprocessor after the footnotes extension's own."""

    def __init__(self, **kwargs):
        self.config = {
            "source_lang": ["da", "language code of the source text (an author's note's first half)"],
            "target_lang": ["en", "language code of the translation (second half; editorial notes)"],
            "source_name": ["Danish", "the source language's name in the translation's language"],
            "labels": [{}, "headings and names readers see, overriding LABELS"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(
            PrintedNotesTreeprocessor(md, self.getConfigs()), "edition_printed_notes", 14
        )


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    return PrintedNotesExtension(**kwargs)
