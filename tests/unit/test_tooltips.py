"""Glossary marking on the element tree, rendered with plain Python-Markdown and the extensions by name."""

from __future__ import annotations

import markdown

from edition.glossary import Entry

ENTRIES = [
    Entry("ledelsesrum", ["ledelsesrum", "ledelsesrummet"], "management latitude", "Scope <b>&</b>."),
    Entry("region", ["regionerne"], "region", "One of five.", english_forms=["regions"]),
]

PAGE = """/// pair | p1
Ledelsesrummet og [ledelsesrum](https://example.org) og ledelsesrummet[^1] for `ledelsesrum`.
***
Management latitude and more management latitude in the regions.[^1]
///

/// heading | h1
Ledelsesrum
***
Management latitude
///

<!-- ledelsesrum > in a comment -->
Ledelsesrum in a paragraph outside any unit.

[^1]: Om ledelsesrummet.

    ***

    On management latitude.
"""


def render(text: str = PAGE, **config) -> tuple[str, markdown.Markdown]:
    md = markdown.Markdown(
        extensions=[
            "footnotes",
            "attr_list",
            "edition.blocks",
            "edition.notes",
            "edition.citations",
            "edition.tooltips",
        ],
        extension_configs={"edition.tooltips": {"entries": ENTRIES, "glossary": "../glossary.md", **config}},
    )
    return md.convert(text), md


def test_terms_are_marked_in_both_languages_and_nowhere_else():
    html, md = render()
    assert (
        html.count('class="term"') + html.count('class="term term--repeat"') == 3
    )  # Danish, in the pair and the note
    assert (
        html.count("term term-en") == 4
    )  # two "management latitude" + "regions" in the pair; the note's English
    assert '<a href="https://example.org">ledelsesrum</a>' in html
    assert "<code>ledelsesrum</code>" in html
    assert "<!-- ledelsesrum > in a comment -->" in html
    assert "<p>Ledelsesrum in a paragraph outside any unit.</p>" in html
    assert '<span class="heading-pair__source" lang="da">Ledelsesrum</span>' in html
    assert md.edition_terms_marked == 7


def test_links_point_into_the_glossary_page_and_describe_the_term():
    html, _ = render()
    assert (
        '<a class="term" data-term="term-ledelsesrum" '
        'href="../glossary.md#term-ledelsesrum">Ledelsesrummet</a>'
    ) in html
    assert 'data-term="term-region"' in html and ">regions</a>" in html


def test_each_definition_once_escaped_and_in_the_translation_language():
    html, _ = render()
    assert html.count('id="tip-term-ledelsesrum"') == 1
    assert (
        '<span class="term-tip__text" id="tip-term-ledelsesrum" lang="en"><strong>management latitude</strong> '
        '(<i lang="da">ledelsesrum</i>) — Scope &lt;b&gt;&amp;&lt;/b&gt;.</span>'
    ) in html
    assert "<b>&</b>" not in html


def test_one_tab_stop_per_term_language_and_pair_and_repeats_marked():
    html, _ = render()
    pair = html.split('<div class="footnote">')[0]
    assert pair.count('tabindex="-1"') == 2  # the second Danish and the second English occurrence
    assert "term--repeat" in pair


def test_a_disabled_page_and_another_language_pair_are_respected():
    assert 'class="term' not in render(enabled=False)[0]
    norwegian = PAGE.replace("/// pair | p1", "/// pair | p1")
    html, _ = render(norwegian, source_lang="nb")
    assert 'class="term"' not in html.split("term-tips")[0].split("pair__target")[0]
