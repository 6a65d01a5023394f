"""Danish/English parity checks (edition/qa.py) on tiny units, and on the real text."""

from edition.document import parse_page
from edition.checks import numbers, parity_findings
from edition.site import load_units
from support import ROOT


def unit(danish, english):
    return parse_page(f"/// pair | p\n{danish}\n***\n{english}\n///\n", "docs/x.md")[0][0]


def test_number_formats_are_normalised():
    assert numbers("4.000 kr., 3,5 % og 2 % i 1973-1974, midten af 00’erne", "da") == numbers(
        "4,000 kroner, 3.5 per cent and 2 per cent in 1973–1974, the mid-2000s", "en"
    )


def test_changed_number_is_an_error_with_location():
    (finding,) = parity_findings(
        unit("forøge produktiviteten med 2 % årligt", "increase productivity by 3 per cent")
    )
    assert str(finding) == (
        "docs/x.md:4: error: [p] numbers differ (missing in English: 2; not in the Danish: 3); "
        "keep every number, date and page of the Danish (4.000 -> 4,000; 3,5 -> 3.5)"
    )


def test_dropped_citation_is_an_error():
    (finding,) = parity_findings(
        unit("([Moll 2018](cite:moll-2018); [Bech 2016](cite:bech-2016))", "([Moll 2018](cite:moll-2018))")
    )
    assert "citations differ (missing in English: bech-2016)" in str(finding)


def test_footnote_and_link_parity():
    findings = parity_findings(unit("Tekst.[^4] Se [punkt 1](#tekstboks-i1-punkt-1).", "Text. See item 1."))
    assert [f.message.split(" (")[0] for f in findings] == ["author's note references differ", "links differ"]


def test_real_text_has_no_parity_errors():
    units, problems = load_units(ROOT / "docs")
    assert problems == []
    findings = [str(f) for u in units for f in parity_findings(u)]
    assert findings == []
