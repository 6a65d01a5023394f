"""The HTML rewriter copies everything it is not told to change, byte for byte."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from edition.htmltree import DROP, Rewriter, attr
from edition.themefixes import fix_theme_html

PAGE = (
    '<!doctype html><html lang="en"><head><script>if (a < b && c > d) {}</script>'
    '<style>a > b {}</style></head><body><!-- a comment with <a href="x"> and > -->'
    '<p class="x" hidden>T&amp;C &lt;b&gt; — <br /><img src="a.png" alt="1 > 0"></p></body></html>'
)


def test_an_unchanged_page_is_copied_exactly():
    assert Rewriter().rewrite(PAGE) == PAGE


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)

    def handle_starttag(self, tag, attrs):
        self.parts.append((tag, sorted(attrs)))


def reading(html):
    parser = Text()
    parser.feed(html)
    parser.close()
    merged = []
    for part in parser.parts:  # the parser may hand one text over in several pieces
        if merged and isinstance(part, str) and isinstance(merged[-1], str):
            merged[-1] += part
        else:
            merged.append(part)
    return merged


@given(st.text(alphabet="<>/=\"' &;#!-abpdivlt", max_size=80))
def test_any_text_reads_the_same_after_a_rewrite_that_changes_nothing(text):
    once = Rewriter().rewrite("<div>" + text)
    assert reading(once) == reading("<div>" + text) or "<!" in text or "</" in text
    assert Rewriter().rewrite(once) == once


def test_drop_and_rename_nested():
    class Demote(Rewriter):
        def __init__(self):
            super().__init__()
            self.kept = []

        def start(self, tag, attrs):
            if attr(attrs, "class") == "tips":
                return DROP
            if tag in ("h1", "h2"):
                return "h" + str(int(tag[1]) + 1), attrs
            return None

        def dropped(self, source):
            self.kept.append(source)

    rewriter = Demote()
    html = '<h1 id="a">A <em>b</em></h1><div class="tips"><div><span>t</span></div></div><h2>c</h2>'
    assert rewriter.rewrite(html) == '<h2 id="a">A <em>b</em></h2><h3>c</h3>'
    assert rewriter.kept == ['<div class="tips"><div><span>t</span></div></div>']


def test_theme_fixes_change_only_toggles_dialog_and_external_links():
    html = (
        '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
        '<input autocomplete="off" type="radio" name="p">'
        '<input type="text" class="md-search__input" autocomplete="off">'
        '<div class="md-search" data-md-component="search" role="dialog"></div>'
        '<!-- <input type="checkbox" autocomplete="off"> -->'
        '<a href="https://example.org/">x</a><a href="../i-1/">y</a><a class="c" href="https://e.org">z</a>'
    )
    assert fix_theme_html(html) == (
        '<input class="md-toggle" type="checkbox" id="__drawer">'
        '<input type="radio" name="p">'
        '<input type="text" class="md-search__input" autocomplete="off">'
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search"></div>'
        '<!-- <input type="checkbox" autocomplete="off"> -->'
        '<a class="link-external" href="https://example.org/">x</a><a href="../i-1/">y</a>'
        '<a class="c" href="https://e.org">z</a>'
    )


def test_theme_fixes_defer_the_scripts_at_the_end_of_the_body_only():
    html = (
        '<html><head><script src="polyfill.js"></script><script>var a = 1 < 2;</script></head>'
        '<body><p>text</p><script id="__config" type="application/json">{}</script>'
        '<script src="bundle.js"></script><script src="site.js" async></script>'
        '<script type="module" src="m.js"></script><script src="d.js" defer></script>'
        '<script src="e.js" type="text/javascript"></script><script>inline()</script></body></html>'
    )
    assert fix_theme_html(html) == (
        '<html><head><script src="polyfill.js"></script><script>var a = 1 < 2;</script></head>'
        '<body><p>text</p><script id="__config" type="application/json">{}</script>'
        '<script src="bundle.js" defer></script><script src="site.js" async></script>'
        '<script type="module" src="m.js"></script><script src="d.js" defer></script>'
        '<script src="e.js" type="text/javascript" defer></script><script>inline()</script></body></html>'
    )
