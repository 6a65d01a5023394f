"""Author's notes keep their printed numbers; editorial notes form a lettered series."""

import re

from helpers import render

PAGE = """\
/// pair | p
Dansk.[^4] Fejl[^ed-fejl] her.[^5]
***
English.[^4] Context[^tn-ctx] here.[^5]
///

[^4]: Note fire.

    ***

    Note four.

[^5]: Note fem.

    ***

    Note five.

[^ed-fejl]: As printed.

[^tn-ctx]: Some context.
"""


def test_printed_numbers_and_letters():
    html = render(PAGE)
    refs = re.findall(r'class="footnote-ref[^"]*"[^>]*>([^<]+)</a>', html)
    assert refs == ["4", "a", "5", "4", "b", "5"]
    assert '<li id="fn:4" value="4">' in html and '<li id="fn:5" value="5">' in html


def test_editorial_notes_are_a_separate_list():
    html = render(PAGE)
    author, editorial = html.split('class="footnote editorial-notes"')
    assert "fn:ed-fejl" not in author.split('<div class="footnote">')[1]
    assert "Editor’s note. </span><span" in editorial and "</span>As printed." in editorial
    assert "Translator’s note. </span>Some context." in editorial
    assert editorial.index("fn:ed-fejl") < editorial.index("fn:tn-ctx")


def test_author_note_halves_are_language_tagged():
    html = render(PAGE)
    assert '<div class="note__source" lang="da">\n<p>Note fire.</p>' in html
    assert '<div class="note__target" lang="en">\n<p>Note four.' in html


def test_back_links_name_the_note_as_it_is_labelled():
    from helpers import render

    html = render(
        "/// pair | p\nA.[^ed-x] B.[^4]\n***\nA. B.[^4]\n///\n\n[^ed-x]: Editor.\n[^4]: Fire.\n\n    ***\n\n    Four.\n"
    )
    assert 'title="Back to note 4 in the text"' in html and 'title="Back to note a in the text"' in html
    assert "Jump back to footnote" not in html


def test_a_note_on_the_source_text_only_says_so():
    # its marker is in the Danish only, so the translation-only view (which hides the Danish)
    # shows the note with what it is about; a translator's note on the English does not
    html = render(PAGE)
    ed = html[html.index('id="fn:ed-fejl"') :].split("</li>", 1)[0]
    tn = html[html.index('id="fn:tn-ctx"') :].split("</li>", 1)[0]
    assert '<span class="editorial-note__scope">On the Danish text only. </span>As printed.' in ed
    assert "editorial-note__scope" not in tn


def test_a_note_referenced_from_both_languages_has_no_scope():
    both = PAGE.replace("English.[^4] Context[^tn-ctx]", "English.[^4] Context[^ed-fejl]")
    assert "editorial-note__scope" not in render(both)
