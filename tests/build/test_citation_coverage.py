"""Every printed author-year citation is a working link to an existing bibliography entry."""

import re
from collections import Counter

from edition.source import parse_printed
from support import ROOT, TEXT_PAGES

NAME = r"(?:[A-ZÆØÅ][\wæøåÆØÅ-]+)"
AUTHOR = (
    rf"(?:Sundheds- og Ældreministeriet|Væksthus for Ledelse|Danske Regioner|Information, 7\. november|"
    rf"{NAME}(?: (?:&|og) {NAME}| et al\.)?)"
)
YEAR = r"(?:19|20)\d\d[ab]?"
PRINTED_CITATION = re.compile(rf"{AUTHOR} \(?({YEAR})((?:, {YEAR})*)")
LINK = re.compile(r'<a class="citation" data-cite="([^"]+)" href="([^"]+)"[^>]*>([^<]+)</a>')


def printed_citation_years(source_text):
    """Years of every author-year citation in the print (e.g. 'Hood (1989, 1991)' gives two)."""
    printed = parse_printed(source_text)
    text = " ".join(printed.paragraphs + list(printed.footnotes.values()))
    years = []
    for match in PRINTED_CITATION.finditer(text):
        years += [match.group(1)] + re.findall(YEAR, match.group(2))
    return years


def danish_citation_links(built_site):
    links = []
    for name in TEXT_PAGES:
        html = built_site.page(name)
        # the Danish halves only: a Danish word quoted in the English (<em lang="da">) is no block
        for block in re.findall(r'class="[\w-]+__source" lang="da">(.*?)</div>', html, flags=re.S):
            links += LINK.findall(block)
    return links


def test_every_printed_citation_is_linked(built_site, source_text):
    printed = Counter(printed_citation_years(source_text))
    linked = Counter(y for _, _, text in danish_citation_links(built_site) for y in re.findall(YEAR, text))
    assert sum(printed.values()) >= 75
    assert linked == printed


def test_every_citation_link_resolves_to_an_entry(built_site):
    bibliography = built_site.page("bibliography")
    entries = set(re.findall(r'<p class="bib-entry[^"]*" id="([^"]+)"', bibliography))
    links = danish_citation_links(built_site)
    for name in TEXT_PAGES:
        links += LINK.findall(built_site.page(name).split('lang="en"', 1)[-1])
    assert links
    for key, href, text in links:
        assert href == f"../bibliography/#{key}", (key, href)
        assert key in entries, f"{text!r} links to {key}, which has no entry"


def test_bibliography_page_lists_every_entry_of_the_bib_once(built_site):
    bibliography = built_site.page("bibliography")
    entries = re.findall(r'<p class="bib-entry[^"]*" id="([^"]+)"', bibliography)
    keys = re.findall(
        r"^@\w+\{([^,\s]+),", (ROOT / "bibliography" / "edition.bib").read_text(encoding="utf-8"), re.M
    )
    assert len(keys) > 1
    assert len(entries) == len(set(entries))
    assert sorted(entries) == sorted(keys)
    bib = (built_site.site / "edition.bib").read_text(encoding="utf-8")
    flagged = len(re.findall(r"^\s+incomplete\s*=\s*\{true\}", bib, flags=re.M))
    assert flagged > 0
    assert bibliography.count("<strong>Incomplete record</strong>") == flagged
    assert len(re.findall(r'class="bib-entry bib-entry--incomplete"', bibliography)) == flagged


def test_citation_hover_text_is_the_full_reference(built_site):
    html = built_site.page("i-1")
    title = re.search(r'data-cite="reinhart-rogoff-2009"[^>]*title="([^"]+)"', html).group(1)
    assert title.startswith("Reinhart, Carmen M., and Kenneth S. Rogoff. 2009. This Time Is Different")
