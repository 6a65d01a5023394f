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

import yaml

from edition.collation import danish_key
from edition.document import plain
from edition.ids import slug

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
    """Entries of the data file and the problems found in its structure."""
    text = path.read_text(encoding="utf-8")
    shown = f"{path.parent.name}/{path.name}"
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
        items = yaml.load(text, Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [
            f"{shown}:{line}: the glossary is not valid YAML ({getattr(error, 'problem', error)}); "
            "check indentation and quotes around this line"
        ]
    if node is None or not isinstance(node, yaml.SequenceNode):
        return [], [f"{shown}:1: the glossary must be a list of entries ('- headword: ...')"]
    entries, problems = [], []
    for item, data in zip(node.value, items):
        line = item.start_mark.line + 1
        entry, entry_problems = _entry(data, line, shown)
        problems += entry_problems
        if entry:
            entries.append(entry)
    return entries, problems + _cross_checks(entries, shown)


def _entry(data, line: int, shown: str) -> tuple[Entry | None, list[str]]:
    if not isinstance(data, dict):
        return None, [
            f"{shown}:{line}: each entry must be a mapping with headword, forms, english, explanation"
        ]
    problems = [
        f"{shown}:{line}: unknown field '{k}' in entry '{data.get('headword', '?')}'; allowed: "
        f"{', '.join(sorted(FIELDS))}"
        for k in data
        if k not in FIELDS
    ]
    for key in REQUIRED:
        if not data.get(key) or (isinstance(data.get(key), str) and not data[key].strip()):
            problems.append(f"{shown}:{line}: entry '{data.get('headword', '?')}' has no {key}; add it")
    if problems:
        return None, problems
    exceptions = {e["pair"]: e.get("reason", "") for e in data.get("exceptions") or []}
    entry = Entry(
        headword=str(data["headword"]),
        forms=[str(f) for f in data["forms"]],
        english=str(data["english"]),
        explanation=" ".join(str(data["explanation"]).split()),
        english_forms=[str(f) for f in data.get("english_forms") or []],
        related=[str(r) for r in data.get("related") or []],
        case_sensitive=bool(data.get("case_sensitive")),
        crossref=bool(data.get("crossref")),
        exceptions=exceptions,
        unrelated=[str(u) for u in data.get("unrelated") or []],
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
                f"{shown}:{entry.line}: headword '{entry.headword}' is already an entry at line "
                f"{headwords[key].line}; merge the two entries"
            )
        headwords.setdefault(key, entry)
        for form in entry.forms:
            norm = form if entry.case_sensitive else form.casefold()
            if norm in owners and owners[norm] is not entry:
                problems.append(
                    f"{shown}:{entry.line}: form '{form}' also belongs to '{owners[norm].headword}' "
                    f"(line {owners[norm].line}); a form may belong to one entry only"
                )
            owners.setdefault(norm, entry)
    for entry in entries:
        for related in entry.related:
            if related.casefold() not in headwords:
                problems.append(
                    f"{shown}:{entry.line}: '{entry.headword}' is related to '{related}', which is "
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
