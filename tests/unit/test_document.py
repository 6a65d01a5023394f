"""Reading pages as bilingual units, and the structural errors (edition/document.py)."""

from edition.document import check_unique_ids, fingerprint, parse_page

GOOD = """\
/// heading | s1
Overskrift
***
Heading
///

/// pair | s1-foerste
Dansk tekst.[^1]
***
English text.[^1]
///

/// textbox | I.1
Tekstboks I.1: Titel
***
Text box I.1: Title
***
1. Et
2. To
***
1. One
2. Two
///

[^1]: Dansk note.

    ***

    English note.
"""


def test_units_and_lines():
    units, problems = parse_page(GOOD, "docs/x.md")
    assert problems == []
    assert [(u.kind, u.id, u.line) for u in units] == [
        ("heading", "s1", 1),
        ("pair", "s1-foerste", 7),
        ("textbox", "tekstboks-i1", 13),
        ("note", "x-note-1", 25),
    ]
    pair = units[1]
    assert (pair.danish, pair.english, pair.english_line) == ("Dansk tekst.[^1]", "English text.[^1]", 10)
    assert units[3].english == "English note."


def messages(text):
    return [str(p) for p in parse_page(text, "docs/x.md")[1]]


def test_missing_english_names_file_line_and_fix():
    assert messages("/// pair | a\nDansk.\n***\nTODO\n///\n") == [
        "docs/x.md:4: error: pair 'a' has no English text; write the English where the 'TODO' is"
    ]


def test_missing_separator():
    (msg,) = messages("/// pair | a\nDansk.\n///\n")
    assert msg.startswith("docs/x.md:1: error: pair 'a' has 1 part(s)") and "'***'" in msg


def test_unclosed_block():
    (msg, *_rest) = messages("/// pair | a\nDansk.\n***\nEnglish.\n")
    assert msg.startswith("docs/x.md:1: error: the pair block 'a' is not closed")


def test_malformed_textbox_items():
    text = "/// textbox | I.1\nT\n***\nT\n***\n1. Et\n2. To\n***\n1. One\n///\n"
    assert messages(text) == [
        "docs/x.md:9: error: text box 'tekstboks-i1' has 2 Danish items but 1 English items; "
        "give every item its English"
    ]


def test_footnote_reference_without_definition():
    (msg,) = messages("/// pair | a\nDansk.[^7]\n***\nEnglish.\n///\n")
    assert msg.startswith("docs/x.md:2: error: footnote reference [^7] has no definition")


def test_duplicate_ids_across_pages():
    a, _ = parse_page("/// pair | a\nDa.\n***\nEn.\n///\n", "docs/one.md")
    b, _ = parse_page("\n/// pair | a\nDa.\n***\nEn.\n///\n", "docs/two.md")
    (problem,) = check_unique_ids(a + b)
    assert str(problem) == (
        "docs/two.md:2: error: id 'a' is already used at docs/one.md:1; give this pair a new, unique id"
    )


def test_fingerprint_ignores_whitespace_only():
    assert fingerprint("Et  to\ntre") == fingerprint("Et to tre")
    assert fingerprint("Et to tre") != fingerprint("Et to tre.")


def test_plain_keeps_what_readers_see():
    from edition.document import plain

    assert plain("Se *[punkt 2](#tekstboks-i1-punkt-2)*{ lang=da } og\n[Moll 2018](cite:moll-2018).[^4]") == (
        "Se punkt 2 og Moll 2018."
    )


def test_note_ids_are_namespaced_by_page_so_two_pages_may_both_have_note_1():
    from edition.document import check_unique_ids

    page = "/// pair | {p}\nTekst.[^1]\n***\nText.[^1]\n///\n\n[^1]: Note.\n\n    ***\n\n    Note.\n"
    one, _ = parse_page(page.format(p="a-1"), "docs/kapittel-1/index.md")
    two, _ = parse_page(page.format(p="b-1"), "docs/kapittel-2.md")
    assert [u.id for u in one + two if u.kind == "note"] == ["kapittel-1-note-1", "kapittel-2-note-1"]
    assert [u.anchor for u in one + two if u.kind == "note"] == ["fn:1", "fn:1"]
    assert check_unique_ids(one + two) == []
    assert len(check_unique_ids(one + one)) == 2


def test_id_words_come_from_configuration():
    from edition.config import Ids
    from edition.document import page_anchors

    page = "/// textbox | 1.1\nFaktaboks 1.1\n***\nBox 1.1\n***\n1. En\n***\n1. One\n///\n"
    units, problems = parse_page(page, "docs/k.md", Ids(textbox="faktaboks", item="ledd"))
    assert problems == [] and units[0].id == "faktaboks-11"
    assert "faktaboks-11-ledd-1" in page_anchors(units, Ids(textbox="faktaboks", item="ledd"))


def test_a_note_defined_twice_is_refused_with_both_lines():
    # found by the reader's fuzz test: the second definition hid the first and the text between
    page = "/// pair | a\n[^1]: Note.\n- list\n[^1]: Note.\n***\nEnglish.\n///\n"
    _, problems = parse_page(page, "docs/x.md")
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [(4, "note [^1] is defined twice")]
    assert "first on line 2" in problems[0].message and problems[0].fix
