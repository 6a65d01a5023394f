"""The glossary matcher and the data validation messages (the marking: test_tooltips.py)."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edition.glossary import Entry, Matcher, read_glossary, trie_pattern, usage_problems

ENTRIES = [
    Entry(
        "ledelsesrum", ["ledelsesrum", "ledelsesrummet", "ledelsesrummets"], "management latitude", "Scope."
    ),
    Entry("råderum", ["råderum"], "room for manoeuvre", "Room."),
    Entry("NPM", ["NPM"], "NPM", "New Public Management.", case_sensitive=True),
    Entry(
        "økonomiaftale", ["økonomiaftale", "økonomiaftalen", "økonomiaftaler"], "financial agreement", "Deal."
    ),
]


def found(text):
    matcher = Matcher(ENTRIES)
    return [m.group(0) for m in matcher.pattern.finditer(text)]


def test_inflections_longest_form_wins():
    assert found("Ledelsesrummet og ledelsesrummets og ledelsesrum.") == [
        "Ledelsesrummet",
        "ledelsesrummets",
        "ledelsesrum",
    ]


def test_word_boundaries_with_danish_letters():
    assert found("økonomiaftalen, økonomiaftalerne, råderummet og råderum") == ["økonomiaftalen", "råderum"]


def test_acronyms_are_case_sensitive_and_hyphen_compounds_are_not_split():
    assert found("NPM, npm og NPM-inspirerede") == ["NPM"]


def test_trie_pattern_matches_exactly_the_words():
    import re

    pattern = re.compile("(?:" + trie_pattern(["ab", "abc", "b"]) + ")$")
    assert [w for w in ["ab", "abc", "b", "a", "abcd"] if pattern.match(w)] == ["ab", "abc", "b"]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_validation_messages_name_the_line(tmp_path):
    text = (
        "- headword: a\n  forms: [a]\n  english: A\n  explanation: x\n"
        "- headword: b\n  forms: [a]\n  english: ''\n  explanation: x\n"
        "- headword: c\n  forms: [c]\n  english: C\n  explanation: x\n  colour: red\n"
    )
    _, problems = read_glossary(write(tmp_path, text))
    assert "tmp" not in problems[0]
    assert problems == [
        f"{tmp_path.name}/glossary.yaml:7: error: 'b': english must be text, not empty text; "
        "write the text (quote it if it starts with a special character)",
        f"{tmp_path.name}/glossary.yaml:13: error: unknown field 'colour' in entry 'c'; allowed: case_sensitive, "
        "crossref, english, english_forms, exceptions, explanation, forms, headword, related, unrelated",
    ]


ENTRY = "- headword: a\n  forms: [a]\n  english: A\n  explanation: x\n"


@pytest.mark.parametrize(
    "extra, line, expected",
    [
        ("  english: B\n", 5, "'english' is given twice (first at line 3)"),
        ("  related: [a, [b]]\n", 5, "each of 'a': related must be text, not a list"),
        ("  case_sensitive: 'false'\n", 5, "'a': case_sensitive must be true or false, not 'false'"),
        ("  exceptions: {i3-x: because}\n", 5, "'a': exceptions must be a list, not a mapping"),
        ("  exceptions: [i3-x]\n", 5, "each exception is '- pair: <id>'"),
        ("\t", 5, "not valid YAML"),
    ],
)
def test_malformed_data_is_refused_with_the_real_line(tmp_path, extra, line, expected):
    _, problems = read_glossary(write(tmp_path, ENTRY + extra))
    assert any(f"glossary.yaml:{line}: error: " in p and expected in p for p in problems), problems


def test_forms_given_as_text_are_refused_not_split_into_letters(tmp_path):
    entries, problems = read_glossary(write(tmp_path, ENTRY.replace("forms: [a]", "forms: abc")))
    assert entries == [] and any("'a': forms must be a list, not 'abc'" in p for p in problems)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="- :[]{}'\"\n\tabcfhmorswx", max_size=120))
def test_any_glossary_file_gives_entries_or_problems_never_an_exception(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("g") / "glossary.yaml"
    path.write_text(text, encoding="utf-8")
    entries, problems = read_glossary(path)
    assert all(":" in p and " error: " in p for p in problems if "glossary.yaml:" in p)


def test_shared_form_and_duplicate_headword(tmp_path):
    text = (
        "- headword: a\n  forms: [x]\n  english: A\n  explanation: e\n"
        "- headword: A\n  forms: [x]\n  english: B\n  explanation: e\n"
    )
    _, problems = read_glossary(write(tmp_path, text))
    assert any(":5: error: headword 'A' is already an entry at line 1" in p for p in problems)
    assert any(":5: error: form 'x' also belongs to 'a' (line 1)" in p for p in problems)


def test_unused_entry_and_form_only_inside_longer_words():
    entries = [
        Entry("region", ["region", "regionen"], "region", "e", line=3, unrelated=["regionsrådet"]),
        Entry("styring", ["styrin"], "governance", "e", line=9),
    ]
    problems = usage_problems(entries, "regionen og regionsrådet; styringen", "data/glossary.yaml")
    assert problems == [
        "data/glossary.yaml:9: 'styring' occurs nowhere in the Danish text; correct its forms, or mark it "
        "'crossref: true' if it is a cross-reference entry",
        "data/glossary.yaml:9: form 'styrin' of 'styring' occurs only inside the longer word 'styringen', "
        "where it never matches; list the whole word as a form (if it is this term) or add it to 'unrelated'",
    ]
