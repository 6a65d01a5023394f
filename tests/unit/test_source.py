"""De-hyphenation and clean-up of the printed text (edition/source.py)."""

import pytest

from edition.source import attested_hyphenated, join_broken_line, parse_printed, words


@pytest.mark.parametrize(
    "left, right, expected",
    [
        ("det intu-", "itivt er rigtigt", "det intuitivt er rigtigt"),
        (
            "globale problemstillinger og samfunds-",
            "eller miljømæssige",
            "globale problemstillinger og samfunds- eller miljømæssige",
        ),
        ("at de NPM-", "inspirerede reformtiltag", "at de NPM-inspirerede reformtiltag"),
        (
            "bruge den nationale DRG-grup-",
            "peringsstruktur samt",
            "bruge den nationale DRG-grupperingsstruktur samt",
        ),
        ("hospitals-", "afdelinger kan", "hospitalsafdelinger kan"),
        ("besiddelse af self-", "efficacy, kan vi", "besiddelse af self-efficacy, kan vi"),
        (
            "social-, ældre- og sundhedsområdet i kommu-",
            "nerne, men",
            "social-, ældre- og sundhedsområdet i kommunerne, men",
        ),
        ("uden en linjebrydning", "her", "uden en linjebrydning her"),
    ],
)
def test_join_broken_line(left, right, expected):
    attested = {"self-efficacy"}
    assert join_broken_line(left, right, attested) == expected


def test_self_efficacy_needs_evidence_from_the_text():
    # without the text printing "self-efficacy" whole somewhere, the hyphen is a line-break hyphen
    assert join_broken_line("af self-", "efficacy", set()) == "af selfefficacy"


def test_attested_hyphenated_ignores_line_final_hyphens():
    lines = ["begrebet self-efficacy til at beskri-", "ve, hvordan NPM-"]
    assert attested_hyphenated(lines) == {"self-efficacy"}


SMALL = """\
 Titel

Forfatter A og Forfatter B

Forfatter A og Forfatter B
DEL I. Titel
Første linje i afsnittet, der fortsæt-
ter her og slutter med en note.1
 Nyt afsnit, der løber over en side-
skift og ikke er færdigt



1. En fodnote, der løber over to
linjer.
 men fortsætter efter fodnoten.
"""


def test_parse_small_text():
    printed = parse_printed(SMALL)
    assert printed.front == ["Titel", "Forfatter A og Forfatter B"]
    assert printed.paragraphs == [
        "DEL I. Titel",
        "Første linje i afsnittet, der fortsætter her og slutter med en note.",
        "Nyt afsnit, der løber over en sideskift og ikke er færdigt men fortsætter efter fodnoten.",
    ]
    assert printed.footnotes == {1: "En fodnote, der løber over to linjer."}
    assert printed.footnote_refs == [(1, 1)]


def test_real_source_has_five_notes_and_their_markers(source_text):
    printed = parse_printed(source_text)
    assert sorted(printed.footnotes) == [1, 2, 3, 4, 5]
    assert [n for n, _ in printed.footnote_refs] == [1, 2, 3, 4, 5]
    body = " ".join(printed.paragraphs)
    for kept in (
        "samfunds- eller",
        "NPM-inspirerede",
        "self-efficacy",
        "DRG-grupperingsstruktur",
        "eksempelvis, da han",
        "ledelsesrummet, når",
        "»Frivillighedens Velfærdssamfund«",
    ):
        assert kept in body, kept
    assert "Per Nikolaj Bukh og Karina Skovvang Christensen" not in body  # running header dropped
    assert not any(
        w.endswith("-")
        and w not in {"samfunds-", "regnskabs-", "ældre-", "Ældre-", "børne-", "organisations-", "(Sundheds-"}
        for w in words(body)
    )


def test_words_normalises_unicode():
    assert words("ø a\u030a") == ["ø", "å"]
