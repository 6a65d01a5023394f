"""Property tests of the block reader (Hypothesis): for random and mutated pages the reader and the
content scan either accept the page, and the rendering then shows every word a reader would see
(link text, not link targets), or report
file:line problems; nothing ever raises an uncaught exception."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edition.blocks import UnitError
from edition.document import content_problems, parse_page, plain
from edition.problems import Problem

GOOD = "/// pair | a\nDansk tekst her.\n***\nEnglish text here.\n///\n"
FRAGMENTS = [
    "///",
    "////",
    "/// pair | b",
    "/// heading | h",
    "***",
    "* * *",
    "---",
    "___",
    "=",
    "    level: 2",
    "    attrs: {x: 1}",
    "[^1]",
    "[^1]: Note.",
    "<b>",
    "<!-- c -->",
    "1. ",
    "2. item",
    "[x](cite:k)",
    "[",
    "](",
    "{",
    "æøå",
    "\u200b",
    "\u202e",
    "a\u0308",
    "\t",
    "#",
    "> quote",
    "- list",
    "ord",
    "word",
    "",
]
lines = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=10)


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def reader(page: str) -> list[Problem]:
    units, problems = parse_page(page, "docs/x.md")
    return problems + content_problems(page, "docs/x.md")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=lines, inside=lines, after=lines)
def test_the_reader_accepts_with_every_word_shown_or_refuses_with_file_line(before, inside, after):
    page = (
        "\n".join(before)
        + "\n/// pair | a\n"
        + "\n".join(inside)
        + "\n***\nEnglish.\n///\n"
        + "\n".join(after)
    )
    problems = reader(page)
    assert all(isinstance(p, Problem) and p.path == "docs/x.md" and p.line >= 1 for p in problems)
    if problems:
        return
    try:
        html = markdown.markdown(
            page, extensions=["footnotes", "attr_list", "edition.blocks", "edition.notes"]
        )
    except UnitError:  # the renderer's own refusal (a message, never silent loss)
        return
    text = Text()
    text.feed(html)
    shown = " ".join(text.parts)
    for word in re.findall(r"[A-Za-zæøå]{3,}", plain(page.replace("/// pair | a\n", "\n"))):
        assert word in shown, (word, page)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=len(GOOD)), st.sampled_from(FRAGMENTS + ["\n", "/", "*", "|"]))
def test_a_mutated_page_never_raises(position, insert):
    page = GOOD[:position] + insert + GOOD[position:]
    assert all(str(p).startswith("docs/x.md:") for p in reader(page))
