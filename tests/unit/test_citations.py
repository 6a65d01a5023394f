"""Citations keep their printed text and link to the bibliography entry."""

from edition.citations import citation_links
from helpers import render


def test_citation_link_rewritten_with_title():
    html = render("([Aarup 2010, p. 43](cite:aarup-2010))", references={"aarup-2010": "Aarup, Knud. 2010."})
    assert (
        '<a class="citation" data-cite="aarup-2010" href="bibliography.md#aarup-2010" '
        'title="Aarup, Knud. 2010.">Aarup 2010, p. 43</a>'
    ) in html


def test_ordinary_links_untouched():
    assert '<a href="other.md">x</a>' in render("[x](other.md)")


def test_citation_links_in_source():
    text = "Hood ([1989](cite:hood-1989), [1991](cite:hood-1991)) og [Moll (2018)](cite:moll-2018)"
    assert citation_links(text) == [
        ("1989", "hood-1989"),
        ("1991", "hood-1991"),
        ("Moll (2018)", "moll-2018"),
    ]
