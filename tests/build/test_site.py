"""The real edition, built once with --strict, read back as a reader would get it."""

import difflib
import re

import pytest

from support import ROOT, SOURCE, TEXT_PAGES
from edition.fidelity import check
from edition.site import load_units, site_nav, text_pages
from edition.source import parse_printed, words
from sitetext import language_text


def test_strict_build_passes_without_warnings(built_site):
    assert built_site.returncode == 0, built_site.log
    assert "WARNING" not in built_site.log, built_site.log


def site_danish(built_site):
    body, notes = [], {}
    for name in TEXT_PAGES:
        text, page_notes = language_text(built_site.page(name), "da")
        body.append(text)
        notes.update(page_notes)
    return " ".join(body), notes


def differences(expected: list[str], actual: list[str]) -> list[str]:
    """Readable list of missing, added and changed words (with context)."""
    matcher = difflib.SequenceMatcher(a=expected, b=actual, autojunk=False)
    report = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        context = " ".join(expected[max(0, a1 - 4) : a1])
        report.append(f"{op}: printed {expected[a1:a2]!r} -> site {actual[b1:b2]!r} (after '…{context}')")
    return report


def test_fidelity_every_printed_word_of_the_body(built_site, source_text):
    printed = parse_printed(source_text, marker="[^{}]")
    expected = words(" ".join(printed.paragraphs))
    actual = words(site_danish(built_site)[0])
    report = differences(expected, actual)
    assert report == [], "Danish text differs from the print:\n" + "\n".join(report)
    assert len(actual) > 3400


def test_fidelity_of_the_five_footnotes(built_site, source_text):
    printed = parse_printed(source_text)
    notes = site_danish(built_site)[1]
    for number, text in printed.footnotes.items():
        report = differences(words(text), words(notes.get(str(number), "")))
        assert report == [], f"footnote {number}:\n" + "\n".join(report)


def test_title_page_carries_title_and_authors(built_site, source_text):
    printed = parse_printed(source_text)
    text, _ = language_text(built_site.page(""), "da")
    for line in printed.front:
        assert line in text


def test_the_pages_danish_matches_the_corrected_print_with_file_and_line():
    """The contributor-facing check (python -m edition.fidelity): each difference names its page line."""
    docs = ROOT / "docs"
    units, problems = load_units(docs, text_pages(docs, site_nav(ROOT)))
    assert problems == []
    report = check(SOURCE, ROOT, units)
    assert report == [], "\n".join(map(str, report))


@pytest.mark.parametrize(
    "page, numbers", [("del-i", ["1"]), ("i-1", []), ("i-2", ["2", "3"]), ("i-3", ["4", "5"]), ("i-4", [])]
)
def test_author_notes_show_printed_numbers(built_site, page, numbers):
    html = built_site.page(page)
    refs = re.findall(r'<a aria-label="Note (\d+)" class="footnote-ref" href="#fn:\d+">(\d+)</a>', html)
    assert sorted({text for _, text in refs}) == numbers
    assert all(label == text for label, text in refs)
    assert re.findall(r'<li id="fn:(\d+)" value="(\d+)"', html) == [(n, n) for n in numbers]


def test_editorial_notes_are_lettered_and_apart(built_site):
    html = built_site.page("i-2")
    editorial = html.split('class="footnote editorial-notes"')[1]
    assert "fn:ed-vaere" in editorial and "fn:2" not in editorial
    letters = re.findall(r'class="footnote-ref footnote-ref--editorial" href="#fn:[^"]+">([a-z]+)</a>', html)
    assert letters and letters[0] == "a"


def test_textbox_ids_and_every_mention_links_to_it(built_site):
    html = built_site.page("i-3")
    assert '<figure class="textbox" id="tekstboks-i1">' in html
    for n in (1, 2, 3):
        assert f'<li id="tekstboks-i1-punkt-{n}">' in html
    danish_links = re.findall(r'<a href="#(tekstboks-i1[^"]*)">([^<]+)</a>', html)
    assert ("tekstboks-i1", "tekstboks I.1") in danish_links
    assert ("tekstboks-i1-punkt-1", "punkt 1") in danish_links
    assert ("tekstboks-i1-punkt-2", "punkt 2") in danish_links and (
        "tekstboks-i1-punkt-3",
        "3",
    ) in danish_links


def test_every_danish_block_is_language_tagged_and_paired(built_site):
    for name in TEXT_PAGES:
        html = built_site.page(name)
        pairs = re.findall(r'<div class="pair"[^>]*id="([^"]+)"', html)
        assert pairs, name
        for pair_id in pairs:
            block = html.split(f'id="{pair_id}"', 1)[1].split('class="pair__tools"', 1)[0]
            assert 'class="pair__source" lang="da"' in block and 'class="pair__target" lang="en"' in block
            english = block.split('class="pair__target" lang="en">', 1)[1]
            assert len(re.sub(r"<[^>]+>", "", english).split()) > 3, pair_id


def test_english_has_the_same_words_count_scale(built_site):
    for name in TEXT_PAGES:
        da, _ = language_text(built_site.page(name), "da")
        en, _ = language_text(built_site.page(name), "en")
        ratio = len(en.split()) / len(da.split())
        assert 0.9 < ratio < 1.6, (name, ratio)


def test_pages_have_unique_titles_and_descriptions(built_site):
    titles, descriptions = set(), set()
    for name in [""] + TEXT_PAGES + ["about", "bibliography"]:
        html = built_site.page(name)
        titles.add(re.search(r"<title>([^<]+)</title>", html).group(1))
        descriptions.add(re.search(r'<meta name="description" content="([^"]+)"', html).group(1))
        assert '<html lang="en"' in html
    assert len(titles) == len(descriptions) == 8


def test_unit_ids_are_readable_and_not_counters():
    from edition.site import load_units
    from support import ROOT

    units, _ = load_units(ROOT / "docs")
    ids = [u.id for u in units if u.kind != "note"]
    assert len(ids) == len(set(ids))
    for unit_id in ids:
        assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", unit_id), unit_id
        assert not re.search(r"-\d+$", unit_id) or unit_id.startswith("tekstboks"), unit_id


def test_the_documented_id_rule_reproduces_the_existing_pair_ids():
    """python -m edition.ids proposes, for each pair's Danish, the id it has (CONTRIBUTING, Ids)."""
    from edition.ids import propose_id

    docs = ROOT / "docs"
    units, _ = load_units(docs, text_pages(docs, site_nav(ROOT)))
    pairs = [u for u in units if u.kind == "pair"]
    prefixes = {u.path: u.id for u in reversed(units) if u.kind == "heading"}
    assert len(pairs) > 20
    for unit in pairs:
        assert propose_id(unit.danish, prefixes[unit.path]) == unit.id
