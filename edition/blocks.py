"""Bilingual blocks: a paragraph pair, a heading pair and a text box.

Each block holds the Danish, a ``***`` line, then the English, so that a
reviewer sees both in one place (and one diff).  The blocks only render; the
structure is validated with line numbers by :mod:`edition.document` before
Markdown runs, so a malformed block fails the build with ``file:line``.

Markup produced (classes are styled in ``docs/assets/edition.css``)::

    <div class="pair" id="i3-nye-prioriteringer-og" data-review="reviewed">
      <div class="pair__source" lang="da">...</div>
      <div class="pair__target" lang="en">...</div>
    </div>
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block, type_ranged_integer

from edition.ids import ITEM_WORD, TEXTBOX_WORD, textbox_id, textbox_item_id

STALE_TEXT = "Translation may be outdated: the Danish has changed since this English was reviewed."
DRAFT_TEXT = "Draft translation, not yet reviewed."
LABELS = {
    "stale": STALE_TEXT,
    "draft": DRAFT_TEXT,
    "revised": "Revised translation, awaiting a second reading.",
    "permalink": "Permalink to paragraph {id}",
    "cite": "Cite",
    "report": "Report a problem",
    "report_title": "Report a problem with paragraph {id} (opens GitHub)",
}
"""The strings readers see (configuration ``labels`` overrides any of them)."""


class UnitError(ValueError):
    """A unit without its documented parts: the renderer refuses it rather than drop text.

    (The edition's reader, :mod:`edition.document`, reports the same with file and line before
    rendering; this is the guard for anyone using the extension on its own.)"""


def expect_parts(parts: list, expected: int, kind: str, unit_id: str) -> list:
    if len(parts) != expected:
        raise UnitError(
            f"{kind} '{unit_id}' has {len(parts)} part(s) separated by horizontal rules but needs {expected}: "
            "separate the parts with a line of only '***' and remove any other rule"
        )
    return parts


def split_on_rule(block: etree.Element) -> list[list[etree.Element]]:
    """The block's children, split into parts at each ``<hr>`` (a ``***`` line)."""
    parts: list[list[etree.Element]] = [[]]
    for child in list(block):
        block.remove(child)
        if child.tag == "hr":
            parts.append([])
        else:
            parts[-1].append(child)
    return parts


def language_div(tag: str, lang: str, children: list[etree.Element], css: str) -> etree.Element:
    """A ``lang``-tagged container holding the given children."""
    el = etree.Element(tag, {"class": css, "lang": lang})
    el.extend(children)
    return el


def inline_span(lang: str, paragraph: etree.Element | None, css: str) -> etree.Element:
    """A ``lang``-tagged span carrying a paragraph's inline content."""
    span = etree.Element("span", {"class": css, "lang": lang})
    if paragraph is not None:
        span.text = paragraph.text
        span.extend(list(paragraph))
    return span


class PairBlock(Block):
    """``/// pair | <id>``: one Danish paragraph and its English."""

    NAME = "pair"
    ARGUMENT = True

    def on_create(self, parent: etree.Element) -> etree.Element:
        pair_id = self.argument.strip()
        state = self.config["review"].get(pair_id, "draft")
        return etree.SubElement(parent, "div", {"class": "pair", "id": pair_id, "data-review": state})

    def on_markdown(self) -> str:
        return "block"

    def on_end(self, block: etree.Element) -> None:
        danish, english = expect_parts(split_on_rule(block), 2, "pair", block.get("id"))
        source, target = self.config["source_lang"], self.config["target_lang"]
        block.append(language_div("div", source, danish, "pair__source"))
        en = language_div("div", target, english, "pair__target")
        state = block.get("data-review")
        if state in ("stale", "draft", "revised"):
            note = etree.SubElement(en, "p", {"class": f"pair__status pair__status--{state}", "role": "note"})
            note.text = label(self.config, state)
        block.append(en)
        block.append(pair_tools(block.get("id"), self.config))


def label(config: dict, name: str, **values: str) -> str:
    """A reader-facing string: the configured one, else the default, with ``{id}`` filled in."""
    return (config.get("labels") or {}).get(name, LABELS[name]).format(**values)


def pair_tools(pair_id: str, config: dict) -> etree.Element:
    """Permalink, cite and report controls shown on hover and focus."""
    tools = etree.Element("div", {"class": "pair__tools", "data-search-exclude": ""})
    link = etree.SubElement(
        tools,
        "a",
        {"class": "pair__permalink", "href": f"#{pair_id}", "title": label(config, "permalink", id=pair_id)},
    )
    link.text = "¶"
    link.tail = " "
    cite = etree.SubElement(
        tools, "button", {"class": "pair__cite", "type": "button", "data-pair": pair_id, "hidden": "hidden"}
    )
    cite.text = label(config, "cite")
    cite.tail = " "
    if config.get("report_url"):
        report = etree.SubElement(
            tools,
            "a",
            {
                "class": "pair__report",
                "href": config["report_url"].format(pair=pair_id, page=config.get("page", "")),
                "title": label(config, "report_title", id=pair_id),
            },
        )
        report.text = label(config, "report")
    return tools


class HeadingBlock(Block):
    """``/// heading | <id>``: a heading in Danish and English."""

    NAME = "heading"
    ARGUMENT = True
    OPTIONS = {"level": (1, type_ranged_integer(1, 6))}

    def on_create(self, parent: etree.Element) -> etree.Element:
        level = self.options["level"]
        return etree.SubElement(parent, f"h{level}", {"id": self.argument.strip(), "class": "heading-pair"})

    def on_markdown(self) -> str:
        return "block"

    def on_end(self, block: etree.Element) -> None:
        parts = expect_parts(split_on_rule(block), 2, "heading", block.get("id"))
        da, en = _first(parts[0]), _first(parts[1])
        block.append(inline_span(self.config["source_lang"], da, "heading-pair__source"))
        sep = etree.SubElement(block, "span", {"class": "heading-pair__sep", "aria-hidden": "true"})
        sep.text = " / "
        block.append(inline_span(self.config["target_lang"], en, "heading-pair__target"))


class TextboxBlock(Block):
    """``/// textbox | I.1``: caption (da, en) and numbered items (da, en)."""

    NAME = "textbox"
    ARGUMENT = True

    def on_create(self, parent: etree.Element) -> etree.Element:
        box_id = textbox_id(self.argument, self.config["textbox_word"])
        return etree.SubElement(parent, "figure", {"class": "textbox", "id": box_id})

    def on_markdown(self) -> str:
        return "block"

    def on_end(self, block: etree.Element) -> None:
        parts = expect_parts(split_on_rule(block), 4, "textbox", block.get("id"))
        caption = etree.SubElement(block, "figcaption", {"class": "textbox__caption"})
        source, target = self.config["source_lang"], self.config["target_lang"]
        caption.append(inline_span(source, _first(parts[0]), "textbox__caption-source"))
        caption.append(inline_span(target, _first(parts[1]), "textbox__caption-target"))
        items = etree.SubElement(block, "ol", {"class": "textbox__items"})
        da_items, en_items = _list_items(parts[2]), _list_items(parts[3])
        if len(da_items) != len(en_items) or any(el.tag != "ol" for el in parts[2] + parts[3]):
            raise UnitError(
                f"text box '{block.get('id')}': the items of both languages must be one numbered list each"
            )
        for number, da_item in enumerate(da_items, start=1):
            item_id = textbox_item_id(
                self.argument, number, self.config["textbox_word"], self.config["item_word"]
            )
            li = etree.SubElement(items, "li", {"id": item_id})
            li.append(language_div("div", source, _item_content(da_item), "textbox__source"))
            en_item = en_items[number - 1] if number <= len(en_items) else None
            li.append(language_div("div", target, _item_content(en_item), "textbox__target"))


def _first(elements: list[etree.Element]) -> etree.Element | None:
    """The one paragraph of a heading or caption (more would be dropped: refused)."""
    if len(elements) > 1:
        raise UnitError("a heading or a caption is one line of text in each language")
    return elements[0] if elements else None


def _list_items(elements: list[etree.Element]) -> list[etree.Element]:
    return [li for el in elements if el.tag == "ol" for li in el if li.tag == "li"]


def _item_content(li: etree.Element | None) -> list[etree.Element]:
    """A list item's content as block children (a tight item holds bare text)."""
    if li is None:
        return []
    if len(li) and li[0].tag == "p":
        return list(li)
    p = etree.Element("p")
    p.text = li.text
    p.extend(list(li))
    return [p]


class EditionBlocksExtension(BlocksExtension):
    """Registers the pair, heading and text box blocks.

    ``review`` maps pair ids to their review state ("reviewed", "draft",
    "stale"); ``report_url`` is a format string with ``{pair}`` and ``{page}``.
    """

    def __init__(self, *args, **kwargs):
        self.config = {
            "review": [{}, "pair id -> review state"],
            "report_url": ["", "URL template for 'report a problem'"],
            "page": ["", "source path of the page being rendered"],
            "source_lang": ["da", "language code of the source text (the first side)"],
            "target_lang": ["en", "language code of the translation (the second side)"],
            "labels": [{}, "strings readers see, overriding LABELS"],
            "textbox_word": [TEXTBOX_WORD, "first word of a text box's id"],
            "item_word": [ITEM_WORD, "word before a text box item's number in its id"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md, block_mgr):
        config = self.getConfigs()
        block_mgr.register(PairBlock, config)
        block_mgr.register(HeadingBlock, config)
        block_mgr.register(TextboxBlock, config)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    return EditionBlocksExtension(**kwargs)
