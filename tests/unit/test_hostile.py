"""Hostile and careless input (issue 12): each case is refused with file:line, or rendered harmless.

Each case passed the old reader (or was read wrongly by it). The reader is edition.document; the
content scan (raw HTML, invisible characters, NFC) is edition.document.content_problems.
"""

from __future__ import annotations

import markdown
import pytest

from edition.blocks import UnitError
from edition.document import content_problems, parse_page
from edition.glossary import Entry
from edition.glosspage import glossary_markdown


def found(text: str) -> list[str]:
    units, problems = parse_page(text, "docs/x.md")
    return [str(p) for p in problems + content_problems(text, "docs/x.md")]


CASES = {
    "pair id with markup": (
        "/// pair | x<img src=x onerror=alert(1)>\nDa.\n***\nEn.\n///\n",
        "docs/x.md:1: error: the id 'x<img src=x onerror=alert(1)>' of this pair is not lowercase ASCII words",
    ),
    "attrs onmouseover": (
        "/// pair | a\n    attrs: {onmouseover: alert(1)}\nDa.\n***\nEn.\n///\n",
        "docs/x.md:2: error: the option 'attrs' is not allowed on a pair block (allowed: none)",
    ),
    "script in a translator's note": (
        "/// pair | a\nDa.\n***\nEn.[^tn-x]\n///\n\n[^tn-x]: Note <script>alert(1)</script>\n",
        "docs/x.md:7: error: raw HTML or script ('<script>') in content",
    ),
    "raw svg onload in English": (
        "/// pair | a\nDa.\n***\nEn <svg onload=alert(1)>.\n///\n",
        "docs/x.md:4: error: raw HTML or script ('<svg onload=alert(1)>') in content",
    ),
    "hr * * * splitting a pair": (
        "/// pair | a\nDa.\n***\nEn.\n\n* * *\n\nMore.\n///\n",
        "docs/x.md:6: error: the line '* * *' inside the pair 'a' is a horizontal rule",
    ),
    "hr --- splitting a pair": (
        "/// pair | a\nDa.\n\n---\n\nMore Danish.\n***\nEn.\n///\n",
        "docs/x.md:4: error: the line '---' inside the pair 'a' is a horizontal rule",
    ),
    "hr ___ splitting a pair": (
        "/// pair | a\nDa.\n***\nEn.\n___\nMore.\n///\n",
        "docs/x.md:5: error: the line '___' inside the pair 'a' is a horizontal rule",
    ),
    "four-slash pair": (
        "//// pair | a\nDa.\n***\nEn.\n***\nMore.\n////\n",
        "docs/x.md:1: error: the pair block opens with 4 slashes; use exactly three",
    ),
    "four-slash pair drops its third part": (
        "//// pair | a\nDa.\n***\nEn.\n***\nMore.\n////\n",
        "docs/x.md:1: error: pair 'a' has 3 part(s) separated by '***' but needs 2",
    ),
    "empty text box item": (
        "/// textbox | I.1\nT\n***\nT\n***\n1. Et\n2. \n***\n1. One\n2. Two\n///\n",
        "docs/x.md:7: error: text box 'tekstboks-i1': Danish item 2 is empty",
    ),
    "comment-only English side": (
        "/// pair | a\nDa.\n***\n<!-- English -->\n///\n",
        "docs/x.md:4: error: pair 'a' has no English text (it is empty or only a comment)",
    ),
    "whitespace-only English side": (
        "/// pair | a\nDa.\n***\n   \n///\n",
        "docs/x.md:4: error: pair 'a' has no English text",
    ),
    "NFD letters": (
        "/// pair | a\nSma\u030akager.\n***\nEn.\n///\n",
        "docs/x.md:2: error: letters written as a base letter plus a combining accent (not NFC)",
    ),
    "zero-width space": (
        "/// pair | a\nLedelses\u200brum.\n***\nEn.\n///\n",
        "docs/x.md:2: error: invisible character U+200B ZERO WIDTH SPACE in the text",
    ),
    "right-to-left override": (
        "/// pair | a\nDa.\n***\nEn \u202eevil.\n///\n",
        "docs/x.md:4: error: invisible character U+202E RIGHT-TO-LEFT OVERRIDE in the text",
    ),
    "soft hyphen": ("/// pair | a\nLedel\u00adses.\n***\nEn.\n///\n", "U+00AD SOFT HYPHEN"),
    "javascript: link": (
        "/// pair | a\nDa.\n***\n[x](javascript:alert(1))\n///\n",
        "docs/x.md:4: error: raw HTML or script ('javascript:')",
    ),
    "entity-encoded javascript: link": (
        "/// pair | a\nDa.\n***\n[x](javascript&#58;alert)\n///\n",
        "docs/x.md:4: error: raw HTML or script",
    ),
    "attribute list with a handler": (
        "/// pair | a\nDa.\n***\nEn.{ onmouseover=alert(1) }\n///\n",
        "docs/x.md:4: error: raw HTML or script ('onmouseover=')",
    ),
    "unknown block": (
        "/// admonition | x\nText\n///\n",
        "docs/x.md:1: error: 'admonition' is not one of the edition's blocks",
    ),
    "nesting": (
        "/// pair | a\nDa.\n***\n/// pair | b\nEn.\n///\n///\n",
        "docs/x.md:4: error: a 'pair' block inside the pair block 'a'",
    ),
    "block in a note": (
        "Da.[^1]\n\n[^1]: Note.\n\n    /// pair | b\n",
        "docs/x.md:5: error: block syntax ('///') inside",
    ),
    "reserved id": (
        "/// pair | term-x\nDa.\n***\nEn.\n///\n",
        "the id 'term-x' is one the edition generates itself",
    ),
    "unknown option": (
        "/// pair | a\n    level: 2\nDa.\n***\nEn.\n///\n",
        "the option 'level' is not allowed on a pair block",
    ),
    "heading level out of range": (
        "/// heading | h\n    level: 9\nO\n***\nH\n///\n",
        "docs/x.md:2: error: the heading level must be 1 to 6",
    ),
    "setext underline in a pair": (
        "/// pair | a\nDa.\n=\n***\nEn.\n///\n",
        "docs/x.md:3: error: the line '=' under text",
    ),
    "header without a pipe": (
        "/// pair a\nDa.\n***\nEn.\n///\n",
        "docs/x.md:1: error: the pair block has no id",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_page_is_refused_with_file_line(name):
    text, expected = CASES[name]
    messages = found(text)
    assert any(expected in m for m in messages), messages


def test_heading_level_is_an_option_not_danish_text():
    (heading,), problems = parse_page(
        "/// heading | h\n    level: 2\nOverskrift\n***\nHeading\n///\n", "docs/x.md"
    )
    assert problems == [] and (heading.danish, heading.english) == ("Overskrift", "Heading")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("/// pair | a\nDa.\n***\nEn.\n\n* * *\n\nMore English.\n///\n", "pair 'a' has 3 part"),
        ("/// heading | h\nO\n\nP\n***\nH\n///\n", "one line of text"),
        ("/// textbox | I.1\nT\n***\nT\n***\n1. Et\n2. To\n***\n1. One\n///\n", "one numbered list each"),
    ],
)
def test_the_renderer_refuses_a_unit_without_its_parts_rather_than_drop_text(text, expected):
    with pytest.raises(UnitError, match=expected):
        markdown.markdown(text, extensions=["edition.blocks"])


def test_glossary_data_is_shown_never_run():
    entry = Entry(
        headword="ledelse<img src=x onerror=alert(1)>",
        forms=["ledelse"],
        english="<script>alert(1)</script>",
        explanation="See [x](javascript:alert(1)) and {: onclick=alert(1) }",
    )
    html = markdown.markdown(glossary_markdown([entry], {}, {}), extensions=["attr_list"])
    assert "<script" not in html and "<img" not in html and "<a " not in html and 'onclick="' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "See [x](javascript:alert(1)) and {: onclick=alert(1) }" in html
