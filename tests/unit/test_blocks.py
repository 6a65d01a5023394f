"""The pair, heading and text box blocks render language-tagged, addressable HTML."""

from helpers import render


def test_pair_has_danish_and_english_children():
    html = render("/// pair | p1\nDansk *tekst*.\n***\nEnglish *text*.\n///\n", review={"p1": "reviewed"})
    assert '<div class="pair" data-review="reviewed" id="p1">' in html
    assert '<div class="pair__source" lang="da">\n<p>Dansk <em>tekst</em>.</p>\n</div>' in html
    assert '<div class="pair__target" lang="en">\n<p>English <em>text</em>.</p>' in html
    assert 'href="#p1"' in html  # permalink


def test_stale_pair_is_marked_for_readers():
    html = render("/// pair | p1\nDa.\n***\nEn.\n///\n", review={"p1": "stale"})
    assert 'class="pair__status pair__status--stale" role="note">Translation may be outdated' in html


def test_heading_pair():
    html = render("/// heading | s1\nI.1. Overskrift\n***\nI.1 Heading\n///\n")
    assert html.startswith(
        '<h1 class="heading-pair" id="s1"><span class="heading-pair__source" lang="da">I.1. Overskrift</span>'
    )
    assert '<span class="heading-pair__target" lang="en">I.1 Heading</span></h1>' in html


def test_textbox_figure_caption_and_item_ids():
    html = render(
        "/// textbox | I.1\nTekstboks I.1: Titel\n***\nText box I.1: Title\n***\n"
        "1. Et\n2. To\n***\n1. One\n2. Two\n///\n"
    )
    assert '<figure class="textbox" id="tekstboks-i1">' in html
    assert '<span class="textbox__caption-source" lang="da">Tekstboks I.1: Titel</span>' in html
    assert '<li id="tekstboks-i1-punkt-2">\n<div class="textbox__source" lang="da">\n<p>To</p>' in html
    assert '<div class="textbox__target" lang="en">\n<p>Two</p>' in html
