"""The glossary: data (``data/glossary.yaml``), validation, and the term matcher.

One regular expression, compiled once per build from a character trie of
every surface form, finds the terms in a page's Danish text in one pass
(a plain alternation of 1,000 forms is two orders of magnitude slower, and a
loop over terms double-wraps words).  Matching is whole-word: letters,
digits and hyphens on either side mean "inside a longer word" and do not
match.  Acronyms (``case_sensitive: true``) match only in their own case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from edition.collation import danish_key
from edition.datafile import LineDict, LineList, expect, expect_texts, read_yaml
from edition.document import plain
from edition.ids import slug
from edition.problems import Problem

FIELDS = {
    "headword",
    "forms",
    "english",
    "english_forms",
    "explanation",
    "related",
    "case_sensitive",
    "crossref",
    "exceptions",
    "unrelated",
}
REQUIRED = ("headword", "forms", "english", "explanation")
WORD_EDGE_BEFORE = r"(?<![\w-])"
WORD_EDGE_AFTER = r"(?![\w-])"


@dataclass
class Entry:
    headword: str
    forms: list[str]
    english: str
    explanation: str
    english_forms: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    crossref: bool = False
    exceptions: dict[str, str] = field(default_factory=dict)
    unrelated: list[str] = field(default_factory=list)
    line: int = 0

    @property
    def id(self) -> str:
        return "term-" + slug(self.headword)

    @property
    def renderings(self) -> list[str]:
        return self.english_forms or [self.english]


# -- reading and validating -------------------------------------------------------


def read_glossary(path: Path) -> tuple[list[Entry], list[str]]:
    """Entries of the data file and the problems found in it, each with the file and real line.

    Read strictly (:mod:`edition.datafile`): a duplicate key, a string where a list belongs, a
    quoted ``'false'`` where a boolean belongs, or a mapping of the wrong shape is a problem,
    never a silent change of meaning.
    """
    shown = f"{path.parent.name}/{path.name}"
    data, found = read_yaml(path, shown)
    if found:
        return [], [str(p) for p in found]
    if data is None or not isinstance(data, LineList):
        return [], [f"{shown}:1: error: the glossary must be a list of entries ('- headword: ...')"]
    entries, problems = [], []
    for item, line in zip(data, data.item_lines):
        entry, entry_problems = _entry(item, line, shown)
        problems += entry_problems
        if entry:
            entries.append(entry)
    return entries, problems + _cross_checks(entries, shown)


def _entry(data, line: int, shown: str) -> tuple[Entry | None, list[str]]:
    if not isinstance(data, LineDict):
        return None, [
            f"{shown}:{line}: error: each entry must be a mapping with headword, forms, english, explanation"
        ]
    found: list[Problem] = []
    name = data.get("headword", "?")
    for key in data:
        if key not in FIELDS:
            found.append(
                Problem(
                    shown,
                    data.line_of(key),
                    f"unknown field '{key}' in entry '{name}'",
                    f"allowed: {', '.join(sorted(FIELDS))}",
                )
            )
    for key in REQUIRED:
        if key not in data:
            found.append(Problem(shown, line, f"entry '{name}' has no {key}", "add it"))
    where = lambda key: (shown, data.line_of(key), f"'{name}': {key}", found)  # noqa: E731
    for key in ("headword", "english", "explanation"):
        if key in data:
            expect(data[key], str, *where(key))
    for key in ("forms", "english_forms", "related", "unrelated"):
        if key in data:
            expect_texts(data[key], *where(key))
    for key in ("case_sensitive", "crossref"):
        if key in data:
            expect(data[key], bool, *where(key))
    exceptions = {}
    if "exceptions" in data and expect(data["exceptions"], list, *where("exceptions")):
        for item, at in zip(data["exceptions"], data["exceptions"].item_lines):
            if not isinstance(item, dict) or set(item) - {"pair", "reason"} or "pair" not in item:
                found.append(
                    Problem(
                        shown,
                        at,
                        f"'{name}': each exception is '- pair: <id>' with an optional reason",
                        "see CONTRIBUTING",
                    )
                )
            elif expect(item["pair"], str, shown, at, f"'{name}': exception pair", found):
                exceptions[item["pair"]] = str(item.get("reason") or "")
    if found:
        return None, [str(p) for p in found]
    entry = Entry(
        headword=data["headword"],
        forms=list(data["forms"]),
        english=data["english"],
        explanation=" ".join(data["explanation"].split()),
        english_forms=list(data.get("english_forms") or []),
        related=list(data.get("related") or []),
        case_sensitive=data.get("case_sensitive", False),
        crossref=data.get("crossref", False),
        exceptions=exceptions,
        unrelated=list(data.get("unrelated") or []),
        line=line,
    )
    return entry, []


def _cross_checks(entries: list[Entry], shown: str) -> list[str]:
    problems = []
    headwords: dict[str, Entry] = {}
    owners: dict[str, Entry] = {}
    for entry in entries:
        key = entry.headword.casefold()
        if key in headwords:
            problems.append(
                f"{shown}:{entry.line}: error: headword '{entry.headword}' is already an entry at line "
                f"{headwords[key].line}; merge the two entries"
            )
        headwords.setdefault(key, entry)
        for form in entry.forms:
            norm = form if entry.case_sensitive else form.casefold()
            if norm in owners and owners[norm] is not entry:
                problems.append(
                    f"{shown}:{entry.line}: error: form '{form}' also belongs to '{owners[norm].headword}' "
                    f"(line {owners[norm].line}); a form may belong to one entry only"
                )
            owners.setdefault(norm, entry)
    for entry in entries:
        for related in entry.related:
            if related.casefold() not in headwords:
                problems.append(
                    f"{shown}:{entry.line}: error: '{entry.headword}' is related to '{related}', which is "
                    "not a headword; correct it or add that entry"
                )
    return problems


def usage_problems(entries: list[Entry], danish: str, shown: str) -> list[str]:
    """Entries that occur nowhere, and forms that only ever occur inside longer words.

    Matching is whole-word, so a form such as ``styrin`` (a stem) would silently
    never match while ``styringen`` is in the text: that is reported, with the
    longer word, so the data lists whole inflected forms instead.
    """
    text = plain(danish)
    matcher = Matcher(entries)
    found = {matcher.entry_for(m.group(0)).headword for m in matcher.pattern.finditer(text)}
    words = set(re.findall(r"[\w-]+", text))
    folded_words = {w.casefold() for w in words}
    known = {f.casefold() for e in entries for f in e.forms}
    problems = []
    for entry in entries:
        if entry.headword not in found and not entry.crossref:
            problems.append(
                f"{shown}:{entry.line}: '{entry.headword}' occurs nowhere in the Danish text; "
                "correct its forms, or mark it 'crossref: true' if it is a cross-reference entry"
            )
        allowed = known | {u.casefold() for u in entry.unrelated}
        for form in entry.forms:
            if " " in form or (form in words if entry.case_sensitive else form.casefold() in folded_words):
                continue
            needle = form if entry.case_sensitive else form.casefold()
            pool = words if entry.case_sensitive else folded_words
            longer = sorted(
                w for w in pool if needle in w and w.strip("-") != needle and w.casefold() not in allowed
            )
            if longer:
                problems.append(
                    f"{shown}:{entry.line}: form '{form}' of '{entry.headword}' occurs only "
                    f"inside the longer word '{longer[0]}', where it never matches; list "
                    "the whole word as a form (if it is this term) or add it to 'unrelated'"
                )
    return problems


# -- matching ---------------------------------------------------------------------


def trie_pattern(words: list[str]) -> str:
    """A regex matching exactly the given words, longest first, built from a trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch]
    terminal = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:
        return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


class Matcher:
    """One compiled pattern for all forms of all entries."""

    def __init__(self, entries: list[Entry]):
        self.by_form: dict[str, Entry] = {}
        folded, exact = [], []
        for entry in entries:
            for form in entry.forms:
                if entry.case_sensitive:
                    exact.append(form)
                    self.by_form[form] = entry
                else:
                    folded.append(form.casefold())
                    self.by_form[form.casefold()] = entry
        alternatives = []
        if folded:
            alternatives.append("(?i:" + trie_pattern(folded) + ")")
        if exact:
            alternatives.append(trie_pattern(exact))
        body = "|".join(alternatives) or r"(?!x)x"
        self.pattern = re.compile(WORD_EDGE_BEFORE + "(?:" + body + ")" + WORD_EDGE_AFTER)

    def entry_for(self, matched: str) -> Entry:
        return self.by_form.get(matched) or self.by_form[matched.casefold()]


def sorted_entries(entries: list[Entry]) -> list[Entry]:
    """Danish alphabetical order (æ, ø, å last)."""
    return sorted(entries, key=lambda e: danish_key(e.headword))
