"""Ids for new pairs: the documented rule (section prefix, first words, ASCII), never taken twice."""

from edition.ids import propose_id, slug


def test_the_rule_section_prefix_and_the_first_three_words_in_ascii():
    assert slug("Ældre- og Handicapforvaltningen på Øerne") == "aeldre-og-handicapforvaltningen-paa-oeerne"
    assert propose_id("Nye prioriteringer og nye mål fordrer ændringer", "i3") == "i3-nye-prioriteringer-og"
    assert propose_id("Se [punkt 2](#tekstboks-i1-punkt-2) om det", "i3") == "i3-se-punkt-2"


def test_a_taken_id_gets_more_words_then_a_number():
    taken = {"i3-nye-prioriteringer-og", "i3-nye-prioriteringer-og-nye"}
    assert propose_id("Nye prioriteringer og nye mål", "i3", taken) == "i3-nye-prioriteringer-og-nye-maal"
    taken |= {"i3-nye-prioriteringer-og-nye-maal"}
    assert propose_id("Nye prioriteringer og nye mål", "i3", taken) == "i3-nye-prioriteringer-og-nye-maal-2"
