"""Every QA check fires on a bad unit (tiny made-up units; the real text is checked in tests/build)."""

import pytest

from edition import checks
from edition.checks import numbers, parity_findings
from edition.document import parse_page
from edition.glossary import Entry, Matcher


def unit(danish, english, kind="pair"):
    return parse_page(f"/// {kind} | p\n{danish}\n***\n{english}\n///\n", "docs/x.md")[0][0]


DA = "Det er en dansk sætning om styring, som er lang nok til at blive sammenlignet."
EN = "It is a Danish sentence about governance that is long enough to be compared."


def messages(findings):
    return [f.message for f in findings]


def test_identical_english_is_an_error():
    (finding,) = checks.identical_findings(unit(DA, DA))
    assert finding.severity == "error" and "identical to the Danish" in finding.message


def test_raw_html_script_handlers_and_javascript_urls():
    text = (
        "Fine *text*.\n<script>x()</script>\n[a](javascript:alert(1))\n<img src=x onerror=y>\n`<code>` ok\n"
    )
    problems = checks.raw_html_problems(text, "docs/x.md")
    assert [p.line for p in problems] == [2, 3, 4]
    assert str(problems[0]).startswith("docs/x.md:2: error: raw HTML or script ('<script>')")


@pytest.mark.parametrize(
    "english, expected",
    [
        (EN.replace("governance", "governance, e.g. f.eks. this"), "Danish abbreviation 'f.eks.'"),
        (EN + " Also jf. that.", "Danish abbreviation 'jf.'"),
        (EN.replace("Danish", "dansk-ish særlig"), "Danish letters in English words (særlig)"),
        (EN.replace("governance", "»governance«"), "Danish quotation marks"),
        (EN.replace("governance", "(governance"), "unbalanced ()"),
        (EN.replace("is long", "is is long"), "repeated word 'is is'"),
        ("Short.", "times as long as the Danish"),
    ],
)
def test_warnings_fire(english, expected):
    found = messages(checks.warning_findings(unit(DA, english), set()))
    assert any(expected in m for m in found), found


def test_sentence_count_outlier():
    da = " ".join([DA] * 8)
    en = EN.replace(".", ",") * 3 + "."
    assert any(
        "8 sentences in the Danish but 1" in m for m in messages(checks.warning_findings(unit(da, en), set()))
    )


def test_glossary_rendering_not_used_and_exception():
    entries = [Entry("styring", ["styring"], "governance", "e")]
    matcher = Matcher(entries)
    (finding,) = checks.glossary_findings(unit(DA, EN.replace("governance", "steering")), entries, matcher)
    assert (
        "the Danish has 'styring' (glossary: 'governance') but the English uses none of: governance"
        in finding.message
    )
    entries[0].exceptions = {"p": "steering is meant literally"}
    assert checks.glossary_findings(unit(DA, EN.replace("governance", "steering")), entries, matcher) == []


def test_same_danish_sentence_rendered_two_ways():
    a = parse_page(f"/// pair | a\n{DA}\n***\n{EN}\n///\n", "docs/x.md")[0][0]
    b = parse_page(
        f"/// pair | b\n{DA}\n***\n{EN.replace('long enough', 'sufficiently long')}\n///\n", "docs/y.md"
    )[0][0]
    (finding,) = checks.inconsistency_findings([a, b])
    assert (
        finding.message.startswith("[b] ")
        and "also in a (docs/x.md:1) but translated differently" in finding.message
    )


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
    assert [f.message.split(" (")[0] for f in findings] == [
        "[p] author's note references differ",
        "[p] links differ",
    ]


def test_cf_before_an_internal_cross_reference_is_a_finding():
    da = DA + " (jf. [punkt 2](#tekstboks-i1-punkt-2) i [tekstboks I.1](#tekstboks-i1))"
    bad = EN + " (cf. [item 2](#tekstboks-i1-punkt-2) in [text box I.1](#tekstboks-i1))"
    (message,) = [m for m in messages(checks.warning_findings(unit(da, bad), set())) if "cf." in m]
    assert "'cf. [item 2](#tekstboks-i1-punkt-2)'" in message and "write 'see'" in message
    good = bad.replace("cf.", "see")
    assert not [m for m in messages(checks.warning_findings(unit(da, good), set())) if "cf." in m]
    # cf. before a citation (compare another work) stays allowed
    cite = EN + " (cf. [Majgaard 2014a, p. 210](cite:majgaard-2014a))"
    assert not [
        m for m in messages(checks.warning_findings(unit(DA + " (jf. x)", cite), set())) if "cf." in m
    ]
