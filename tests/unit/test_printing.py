"""The print page's chapter: sections demoted, page-wide ids made unique, one definitions block."""

from __future__ import annotations

from edition.printing import chapter_html, section_html

PAGE_ONE = (
    '<h1 id="i1" class="heading-pair">I.1</h1><p>Tekst <a class="term" href="#t">ord</a></p>'
    '<h2 id="notes" class="notes-heading">Notes</h2><h2 id="editorial-notes">Editorial</h2>'
    '<div class="term-tips" hidden data-search-exclude><span id="tip-term-a">A</span>'
    '<span id="tip-term-b">B <em>b</em></span></div>'
)
PAGE_TWO = (
    '<h1 id="i2">I.2</h1><!-- <h1 id="not-a-heading"> -->'
    '<h2 id="notes">Notes</h2><div class="term-tips" hidden><span id="tip-term-a">A</span></div>'
)


def test_a_section_is_demoted_and_its_page_ids_take_the_section_id():
    body, section, tips = section_html(PAGE_ONE)
    assert section == "i1"
    assert body.startswith('<h2 id="i1" class="heading-pair">I.1</h2>')
    assert '<h3 id="notes-i1" class="notes-heading">Notes</h3>' in body
    assert '<h3 id="editorial-notes-i1">Editorial</h3>' in body
    assert "term-tips" not in body
    assert tips == {
        "tip-term-a": '<span id="tip-term-a">A</span>',
        "tip-term-b": '<span id="tip-term-b">B <em>b</em></span>',
    }


def test_the_chapter_has_every_section_and_each_definition_once():
    html = chapter_html([PAGE_ONE, PAGE_TWO])
    assert html.count('<section class="print-section"') == 2
    assert '<section class="print-section" aria-labelledby="i2"><h2 id="i2">I.2</h2>' in html
    assert '<!-- <h1 id="not-a-heading"> -->' in html
    assert html.count('id="tip-term-a"') == 1 and html.count('id="tip-term-b"') == 1
    assert html.count('class="term-tips"') == 1
    assert 'id="notes-i1"' in html and 'id="notes-i2"' in html and 'id="notes"' not in html


def test_a_page_without_definitions_adds_no_block():
    assert "term-tips" not in chapter_html(['<h1 id="x">X</h1><p>y</p>'])
