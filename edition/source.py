"""The printed text as extracted from the PDF, made clean.

The extraction (``source/*.txt`` in the repository) keeps what the printed page had:
line-break hyphens, a running header, footnote blocks at the foot of each
page (which interrupt paragraphs), and footnote markers glued to the word
before them (``virksomheder.1``).  These pure functions turn it into clean
paragraphs and footnotes, and into the word stream that the fidelity test
holds against the built site.

The de-hyphenation rules (``join_broken_line``):

1. ``samfunds-`` + ``eller``: a suspended compound ("samfunds- eller
   miljømæssige") keeps its hyphen *and* its space when the next word is a
   conjunction (og, eller, samt, til).
2. ``NPM-`` + ``inspirerede``: after an acronym or a digit the hyphen is a real
   one (``NPM-inspirerede``).
3. ``self-`` + ``efficacy``: a hyphenated word that the text itself prints
   unbroken elsewhere (``self-efficacy``) keeps its hyphen.
4. Otherwise the hyphen only broke the line: ``intu-`` + ``itivt`` ->
   ``intuitivt``; ``DRG-grup-`` + ``peringsstruktur`` ->
   ``DRG-grupperingsstruktur`` (the first hyphen is mid-line, so it is kept).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

CONJUNCTIONS = frozenset({"og", "eller", "samt", "til"})
"""Words after which a line-final hyphen marks a suspended compound."""


@dataclass(frozen=True)
class PrintRules:
    """What is specific to one print's extraction (configuration: ``extra.edition.source``).

    ``body_starts``: the line that ends the front matter (the chapter's first heading);
    ``standalone``: a regular expression for lines that stand alone (headings, a text box's
    caption and items); ``conjunctions``: the words after which a line-final hyphen marks a
    suspended compound (``samfunds- eller``), space-separated. The defaults are this edition's.
    """

    body_starts: str = "DEL I."
    standalone: str = r"^(DEL I\.|I\.\d\. |Tekstboks |\d\. Hv)"
    conjunctions: str = "og eller samt til"


_WORD = re.compile(r"\S+")
_HYPHENATED = re.compile(r"\b[\w]+(?:-[\w]+)+\b")
_FOOTNOTE_START = re.compile(r"^(\d+)\. (\S.*)$")
_SENTENCE_END = (".", "?", "!", ":", "«", "»")


@dataclass
class PrintedText:
    """The clean printed text: front matter, body paragraphs, footnotes."""

    front: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    footnotes: dict[int, str] = field(default_factory=dict)
    footnote_refs: list[tuple[int, int]] = field(default_factory=list)
    """(footnote number, index of the paragraph that carries the marker)."""


def words(text: str) -> list[str]:
    """Split text into whitespace-separated words, Unicode-normalised (NFC)."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def attested_hyphenated(lines: list[str]) -> set[str]:
    """Hyphenated words printed whole inside a line (evidence for rule 3)."""
    found: set[str] = set()
    for line in lines:
        inner = line.rstrip()
        if inner.endswith("-"):
            inner = inner.rsplit(" ", 1)[0] if " " in inner else ""
        found.update(m.group(0).lower() for m in _HYPHENATED.finditer(inner))
    return found


def join_broken_line(
    left: str,
    right: str,
    attested: frozenset[str] | set[str] = frozenset(),
    conjunctions: frozenset[str] = CONJUNCTIONS,
) -> str:
    """Join a line ending in a hyphen with the next line, by the rules above."""
    left = left.rstrip()
    right = right.strip()
    if not left.endswith("-"):
        return f"{left} {right}".strip()
    stem = left[:-1]
    last_word = stem.rsplit(" ", 1)[-1]
    last_part = last_word.rsplit("-", 1)[-1]
    next_word = right.split(" ", 1)[0]
    bare_next = next_word.strip(".,;:?!»«()")
    if bare_next.lower() in conjunctions:
        return f"{left} {right}"
    if last_part and (last_part.isupper() or last_part[-1].isdigit()):
        return left + right
    if f"{last_word}-{bare_next}".lower() in attested:
        return left + right
    return stem + right


def _strip_footnote_markers(line: str, expected: int, marker: str = "") -> tuple[str, list[int]]:
    """Remove printed footnote markers (``virksomheder.1``) from one line.

    A marker is the next expected footnote number glued to the character
    before it and followed by a space or the end of the line.  With a
    ``marker`` such as ``"[^{}]"`` the marker is rewritten instead of removed.
    """
    found: list[int] = []
    while True:
        pattern = re.compile(rf"(?<=[^\s\d]){expected}(?=\s|$)")
        match = pattern.search(line)
        if not match:
            return line, found
        line = line[: match.start()] + marker.format(expected) + line[match.end() :]
        found.append(expected)
        expected += 1


def parse_printed(text: str, marker: str = "", rules: PrintRules | None = None) -> PrintedText:
    """Parse the extracted PDF text into clean paragraphs and footnotes.

    Footnote markers are removed, or rewritten with ``marker`` (e.g. ``"[^{}]"``); ``rules`` are
    the print's own (default: this edition's).
    """
    rules = rules or PrintRules()
    standalone = re.compile(rules.standalone)
    conjunctions = frozenset(rules.conjunctions.split())
    lines = unicodedata.normalize("NFC", text).splitlines()
    result = PrintedText()
    attested = attested_hyphenated(lines)
    body: list[list[str]] = []  # paragraphs as lists of raw lines
    note_lines: dict[int, list[str]] = {}
    current_note: int | None = None
    next_marker = 1
    in_front = True
    for raw in lines:
        stripped = raw.strip()
        if in_front:
            if stripped.startswith(rules.body_starts):
                in_front = False
            elif stripped:
                if stripped in result.front:  # the running header repeats the authors
                    continue
                result.front.append(stripped)
                continue
        if not stripped:
            continue
        note = _FOOTNOTE_START.match(stripped)
        if (
            note
            and not raw.startswith(" ")
            and int(note.group(1)) in _pending(result, note_lines, next_marker)
        ):
            current_note = int(note.group(1))
            note_lines[current_note] = [note.group(2)]
            continue
        if current_note is not None and not raw.startswith(" "):
            note_lines[current_note].append(stripped)
            continue
        current_note = None
        line, markers = _strip_footnote_markers(raw.rstrip(), next_marker, marker)
        next_marker += len(markers)
        if _starts_paragraph(raw, body, standalone):
            body.append([])
        body[-1].append(line)
        result.footnote_refs.extend((m, len(body) - 1) for m in markers)
    result.paragraphs = [_join(p, attested, conjunctions) for p in body]
    result.footnotes = {n: _join(ls, attested, conjunctions) for n, ls in note_lines.items()}
    return result


def _pending(result: PrintedText, notes: dict[int, list[str]], next_marker: int) -> set[int]:
    """Footnote numbers whose marker has been seen but whose text has not."""
    return {n for n in range(1, next_marker) if n not in notes}


def _starts_paragraph(raw: str, body: list[list[str]], standalone: re.Pattern) -> bool:
    """Whether a body line opens a new paragraph.

    Headings and text box lines stand alone.  An indented line opens a
    paragraph unless the previous line broke off mid-sentence (a page break:
    the extraction indents the first line of every page).
    """
    if not body:
        return True
    previous = body[-1][-1].rstrip()
    if previous.endswith("-"):
        return False
    if standalone.match(raw.strip()) or standalone.match(body[-1][0].strip()):
        return True
    return raw.startswith(" ") and previous.endswith(_SENTENCE_END)


def _join(lines: list[str], attested: set[str], conjunctions: frozenset[str] = CONJUNCTIONS) -> str:
    text = ""
    for line in lines:
        text = join_broken_line(text, line, attested, conjunctions) if text else line.strip()
    return re.sub(r"\s+", " ", text).strip()
