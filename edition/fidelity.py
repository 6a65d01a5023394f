"""Fidelity: the Danish of the pages against the print, word for word.

The print is the extraction in ``source/`` (one ``.txt`` file).  When the
extraction itself is wrong (a transcription error, not a printed error), the
correction is recorded in ``source/corrections.yaml``, a reviewable list::

    - page: 17                 # the printed page, for a reviewer holding the book
      line: 42                 # the line of the extraction that holds the wrong form
      extracted: "Kartofelkuren"   # what the extraction has (must occur on that line)
      corrected: "Kartoffelkuren"  # what the printed page shows
      evidence: "Checked against the printed book, p. 17, line 5 (A. Contributor)"

The corrections are applied to the extraction's lines before it is cleaned
(:func:`edition.source.parse_printed`), so the de-hyphenation rules still hold.
Every Danish word of every unit is then compared, in order, with the print; a
difference is a :class:`~edition.problems.Problem` that names the page file and
line and both ways out: undo the change, or record the correction.

``python -m edition.fidelity`` runs the comparison from the command line.
"""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from edition.document import Unit, plain
from edition.problems import Problem
from edition.source import PrintedText, PrintRules, parse_printed, words

CORRECTIONS = "corrections.yaml"
FIELDS = {"page": int, "line": int, "extracted": str, "corrected": str, "evidence": str}
FIX_RECORD = (
    "undo the change to the Danish (it is the printed text), or, if the extraction in {source} is "
    "wrong, record the correction in {corrections} (page, line, extracted, corrected, evidence)"
)


@dataclass(frozen=True)
class Correction:
    """One recorded correction of the extraction."""

    page: int
    line: int
    extracted: str
    corrected: str
    evidence: str


@dataclass(frozen=True)
class Located:
    """A word of the pages with the file and line it comes from."""

    word: str
    path: str
    line: int


# -- the corrections file -------------------------------------------------------


def load_corrections(path: Path, name: str) -> tuple[list[Correction], list[Problem]]:
    """The recorded corrections (an absent file means none), or the problems with them."""
    if not path.exists():
        return [], []
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return [], [Problem(name, line, f"not valid YAML ({getattr(error, 'problem', error)})", _FIX_YAML)]
    if node is None:
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], [
            Problem(name, node.start_mark.line + 1, "the file must be a list of corrections", _FIX_YAML)
        ]
    corrections, problems = [], []
    for item in node.value:
        correction, found = _correction(item, name)
        problems.extend(found)
        if correction:
            corrections.append(correction)
    return corrections, problems


_FIX_YAML = "write a list of '- page: …, line: …, extracted: …, corrected: …, evidence: …' records"


def _correction(node: yaml.Node, name: str) -> tuple[Correction | None, list[Problem]]:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        return None, [Problem(name, line, "a correction must be a mapping", _FIX_YAML)]
    values: dict[str, object] = {}
    problems = []
    for key_node, value_node in node.value:
        key = key_node.value
        if key not in FIELDS:
            problems.append(Problem(name, key_node.start_mark.line + 1, f"unknown field '{key}'", _FIX_YAML))
        elif key in values:
            problems.append(
                Problem(name, key_node.start_mark.line + 1, f"field '{key}' given twice", _FIX_YAML)
            )
        else:
            values[key] = yaml.safe_load(yaml.serialize(value_node))
    for key, kind in FIELDS.items():
        value = values.get(key)
        if value is None or value == "":
            problems.append(Problem(name, line, f"the correction has no '{key}'", _FIX_YAML))
        elif not isinstance(value, kind) or isinstance(value, bool):
            problems.append(
                Problem(name, line, f"'{key}' must be {'a number' if kind is int else 'text'}", _FIX_YAML)
            )
    if problems:
        return None, problems
    return Correction(**values), []  # type: ignore[arg-type]


def apply_corrections(
    text: str, corrections: list[Correction], source: str, name: str
) -> tuple[str, list[Problem]]:
    """The extraction with each correction applied on its line (exactly one occurrence there)."""
    lines = text.split("\n")
    problems = []
    for c in corrections:
        if not 1 <= c.line <= len(lines) or lines[c.line - 1].count(c.extracted) != 1:
            problems.append(
                Problem(
                    name,
                    1,
                    f"the correction of '{c.extracted}' does not match {source}:{c.line} "
                    "(the extracted form must occur exactly once on that line)",
                    "give the line of the extraction that holds the extracted form, copied exactly",
                )
            )
            continue
        lines[c.line - 1] = lines[c.line - 1].replace(c.extracted, c.corrected)
    return "\n".join(lines), problems


def load_print(
    source: Path, root: Path, rules: PrintRules | None = None
) -> tuple[PrintedText, list[Problem]]:
    """The print as corrected by the recorded corrections beside it, parsed and cleaned."""
    corrections_path = source.parent / CORRECTIONS
    name = _relative(corrections_path, root)
    corrections, problems = load_corrections(corrections_path, name)
    text, applied = apply_corrections(
        source.read_text(encoding="utf-8"), corrections, _relative(source, root), name
    )
    return parse_printed(text, rules=rules), problems + applied


# -- the comparison -------------------------------------------------------------


def located_words(units: list[Unit]) -> tuple[list[Located], dict[str, list[Located]]]:
    """The Danish words of the body and of each author's note, with file and line."""
    body: list[Located] = []
    notes: dict[str, list[Located]] = {}
    for unit in units:
        target = notes.setdefault(unit.label, []) if unit.kind == "note" else body
        danish_parts = unit.parts[0::2] if unit.kind == "textbox" else unit.parts[:1]
        danish_lines = unit.part_lines[0::2] if unit.kind == "textbox" else unit.part_lines[:1]
        for part, line in zip(danish_parts, danish_lines):
            for offset, text_line in enumerate(part.split("\n")):
                target.extend(Located(w, unit.path, line + offset) for w in words(plain(text_line)))
    return body, notes


def compare(printed: list[str], site: list[Located], what: str, fix: str) -> list[Problem]:
    """One problem per difference between the printed words and the pages' words."""
    matcher = difflib.SequenceMatcher(a=printed, b=[w.word for w in site], autojunk=False)
    problems = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        where = site[min(b1, len(site) - 1)] if site else Located("", "docs", 1)
        context = " ".join(printed[max(0, a1 - 4) : a1])
        shown = " ".join(w.word for w in site[b1:b2])
        change = {
            "replace": f"the print has '{' '.join(printed[a1:a2])}' where the page has '{shown}'",
            "delete": f"'{' '.join(printed[a1:a2])}' of the print is missing",
            "insert": f"'{shown}' is not in the print",
        }[op]
        problems.append(
            Problem(
                where.path, where.line, f"{what} differs from the print: {change} (after '…{context}')", fix
            )
        )
    return problems


def check(source: Path, root: Path, units: list[Unit], rules: PrintRules | None = None) -> list[Problem]:
    """Every difference between the pages' Danish and the (corrected) print."""
    printed, problems = load_print(source, root, rules)
    if problems:
        return problems
    fix = FIX_RECORD.format(
        source=_relative(source, root), corrections=_relative(source.parent / CORRECTIONS, root)
    )
    body, notes = located_words(units)
    problems = compare(words(" ".join(printed.paragraphs)), body, "the Danish", fix)
    for number, text in sorted(printed.footnotes.items()):
        label = str(number)
        problems += compare(words(text), notes.get(label, []), f"the Danish of footnote {label}", fix)
    return problems


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def main(argv: list[str] | None = None) -> int:
    from edition.engine import NotAnEdition, edition_at

    try:
        edition = edition_at(Path.cwd())
    except NotAnEdition as error:
        print(f"edition.fidelity: {error}")
        return 2
    folder = edition.path("source")
    sources = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if len(sources) != 1:
        print(f"edition.fidelity: expected one extraction of the print (.txt) in {edition.shown('source')}/")
        return 2
    problems = edition.unit_problems or check(
        sources[0], edition.root, edition.units, PrintRules(**vars(edition.config.source))
    )
    for problem in problems:
        print(problem)
    print(f"{len(problems)} difference(s) from the print" if problems else "The Danish matches the print.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
