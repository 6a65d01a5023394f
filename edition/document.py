"""Read the edition's Markdown pages as data: the bilingual units and their lines.

A *unit* is anything that has a Danish and an English side: a paragraph pair
(``/// pair | id``), a heading (``/// heading | id``), the text box
(``/// textbox | I.1``) or an author's footnote (``[^4]: ...``).  This module
finds them with their line numbers, checks their structure, and gives the
QA checks, the review state, the exports and the fidelity test one shared,
tested reading of the sources.  It never renders anything.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from edition.config import Ids
from edition.problems import Problem
from edition.ids import textbox_id

FENCE = re.compile(r"^(?P<slashes>/{3,})[ \t]*(?P<name>[^\s|]*)(?P<rest>.*)$")
"""Any line pymdownx.blocks reads as a block fence: three or more slashes, a name (none: a closing fence)."""
BLOCKS = ("pair", "heading", "textbox")
OPTION = re.compile(r"^    (?P<key>[A-Za-z_][\w-]*):(?P<value>.*)$")
"""A block option line (pymdownx.blocks reads indented YAML right after the header)."""
OPTIONS = {"heading": {"level"}}
"""The only block options the edition documents."""
RULE = re.compile(r"^[ \t]*\*\*\*[ \t]*$")
"""The separator of a unit's parts: a line with only ``***``."""
ANY_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
"""Every Markdown horizontal rule (``***``, ``* * *``, ``---``, ``___``, ``- - -`` ...)."""
SETEXT = re.compile(r"^ {0,3}(?:=+|-{1,2})[ \t]*$")
"""A line that turns the text line above it into a heading (Markdown's setext underline)."""
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""A unit id: lowercase ASCII words joined by hyphens."""
RESERVED_IDS = re.compile(r"^(?:notes|editorial-notes)(?:-.*)?$|^(?:term|tip|fn|fnref)-")
NOTE_DEF = re.compile(r"^\[\^(?P<label>[^\[\]]+)\]:\s?(?P<text>.*)$")
NOTE_REF = re.compile(r"\[\^(?P<label>[^\[\]]+)\](?!:)")
ITEM = re.compile(r"^(\d+)\.(?:\s|$)")
ANCHOR_LINK = re.compile(r"\]\(#(?P<anchor>[^()\[\]\s]+)\)")
GENERATED_ANCHORS = frozenset({"notes", "editorial-notes"})
PLACEHOLDER = "TODO"
EXPECTED_PARTS = {"pair": 2, "heading": 2, "textbox": 4, "note": 2}


@dataclass
class Unit:
    """One bilingual unit of a page."""

    kind: str  # pair | heading | textbox | note
    id: str
    path: str
    line: int  # line of the opening ``///`` or ``[^n]:``
    parts: list[str] = field(default_factory=list)
    part_lines: list[int] = field(default_factory=list)
    label: str = ""
    """An author's note's printed label (``"4"``); empty for other units."""

    @property
    def page(self) -> str:
        """The unit's page, as a path under the docs folder (``i-3.md``)."""
        return self.path.split("/", 1)[1]

    @property
    def anchor(self) -> str:
        """The id the unit has on its page (a note's is the footnote's ``fn:4``)."""
        return f"fn:{self.label}" if self.kind == "note" else self.id

    @property
    def danish(self) -> str:
        """The Danish source text (caption and items joined for the text box)."""
        if self.kind == "textbox":
            return "\n".join(self.parts[0::2])
        return self.parts[0] if self.parts else ""

    @property
    def english(self) -> str:
        """The English text (caption and items joined for the text box)."""
        if self.kind == "textbox":
            return "\n".join(self.parts[1::2])
        return self.parts[1] if len(self.parts) > 1 else ""

    @property
    def english_line(self) -> int:
        """Line where the English starts (for messages)."""
        return self.part_lines[1] if len(self.part_lines) > 1 else self.line

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"


LINK = re.compile(r"\[([^\[\]]*)\]\([^()\[\]]*\)")
ATTRIBUTES = re.compile(r"\{[^{}]*\}")


def plain(markdown: str) -> str:
    """A unit's Markdown as the words a reader sees: link text kept, note markers, link
    targets, attribute lists and emphasis marks dropped, whitespace collapsed."""
    text = NOTE_REF.sub("", markdown)
    text = LINK.sub(r"\1", text)
    text = ATTRIBUTES.sub("", text).replace("*", "")
    return " ".join(text.split())


def fingerprint(danish: str) -> str:
    """A short, whitespace-insensitive fingerprint of a unit's Danish."""
    normalised = " ".join(danish.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:12]


def without_comments(text: str) -> str:
    """The text without its HTML comments (an unclosed comment runs to the end), in linear time."""
    out, start = [], 0
    while (opening := text.find("<!--", start)) >= 0:
        out.append(text[start:opening])
        closing = text.find("-->", opening + 4)
        if closing < 0:
            return "".join(out)
        start = closing + 3
    out.append(text[start:])
    return "".join(out)


def page_key(path: str) -> str:
    """A page's short name for the ids of its notes: ``docs/i-3.md`` -> ``i-3``,
    ``docs/kapittel-1/index.md`` -> ``kapittel-1`` (notes are numbered per page, ids are per edition)."""
    parts = path.split("/")[1:] or [path]
    parts[-1] = parts[-1].removesuffix(".md")
    if parts[-1] == "index" and len(parts) > 1:
        parts.pop()
    return "-".join(parts)


def parse_page(text: str, path: str, ids: Ids | None = None) -> tuple[list[Unit], list[Problem]]:
    """All units of one page, in order, and the structural problems found.

    ``ids`` gives the words of generated ids (default: this edition's ``tekstboks``, ``punkt``, ``note``).
    """
    ids = ids or Ids()
    units: list[Unit] = []
    problems: list[Problem] = []
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if line[:1] in (" ", "\t", ">") and line.lstrip(" \t>").startswith("///"):
            problems.append(
                Problem(
                    path,
                    number,
                    "block syntax ('///') inside an indented block (a note, a quote or a list)",
                    "units are written at the start of a line, never inside a note, a quote or a list",
                )
            )
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        note = NOTE_DEF.match(lines[i])
        if match and match.group("name"):
            i = _read_block(lines, i, match, path, units, problems, ids)
        elif match:
            problems.append(Problem(path, i + 1, "a closing '///' without an open block", _FIX_FENCE))
            i += 1
        elif note and note.group("label").isdigit():
            i = _read_note(lines, i, note, path, units, ids)
        else:
            i += 1
    problems.extend(_check_units(units))
    problems.extend(_check_note_refs(lines, path))
    if units:
        problems.extend(_check_anchor_links(lines, path, units, ids))
    return units, problems


_FIX_FENCE = "open a unit with '/// pair | <id>' (or heading, textbox) and close it with a line '///'"


def _read_block(lines, start, match, path, units, problems, ids: Ids) -> int:
    kind, rest = match.group("name"), match.group("rest").strip()
    arg = rest[1:].strip() if rest.startswith("|") else ""
    if rest and not rest.startswith("|"):
        problems.append(
            Problem(
                path,
                start + 1,
                f"the {kind} block's header has '{rest}' without a '|'",
                f"write '/// {kind} | <id>'",
            )
        )
    if kind not in BLOCKS:
        problems.append(
            Problem(
                path,
                start + 1,
                f"'{kind}' is not one of the edition's blocks ({', '.join(BLOCKS)})",
                _FIX_FENCE,
            )
        )
    elif len(match.group("slashes")) != 3:
        problems.append(
            Problem(
                path,
                start + 1,
                f"the {kind} block opens with {len(match.group('slashes'))} slashes",
                "use exactly three: '///'",
            )
        )
    elif not arg:
        problems.append(Problem(path, start + 1, f"the {kind} block has no id", f"write '/// {kind} | <id>'"))
    elif kind != "textbox":
        problems.extend(_check_id(arg, kind, path, start + 1))
    unit_id = textbox_id(arg, ids.textbox) if kind == "textbox" else arg
    unit = Unit(kind, unit_id, path, start + 1)
    known = kind in BLOCKS
    i = start + 1
    while i < len(lines) and OPTION.match(lines[i]):  # pymdownx reads these as the block's options
        key, value = OPTION.match(lines[i]).group("key", "value")
        if key == "level" and kind == "heading" and value.strip() not in ("1", "2", "3", "4", "5", "6"):
            problems.append(
                Problem(
                    path,
                    i + 1,
                    f"the heading level must be 1 to 6, not '{value.strip()}'",
                    "write e.g. '    level: 2'",
                )
            )
        if key not in OPTIONS.get(kind, set()):
            allowed = ", ".join(sorted(OPTIONS.get(kind, ()))) or "none"
            problems.append(
                Problem(
                    path,
                    i + 1,
                    f"the option '{key}' is not allowed on a {kind} block (allowed: {allowed})",
                    "remove the indented option line",
                )
            )
        i += 1
    buffer: list[str] = []
    buffer_line = i + 1
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if fence and not fence.group("name"):
            break
        if fence:
            problems.append(
                Problem(
                    path,
                    i + 1,
                    f"a '{fence.group('name')}' block inside the {kind} block '{arg}'",
                    f"blocks cannot be nested: close the {kind} with a line '///' first",
                )
            )
        elif RULE.match(lines[i]):
            unit.parts.append("\n".join(buffer).strip())
            unit.part_lines.append(buffer_line)
            buffer, buffer_line = [], i + 2
            i += 1
            continue
        elif SETEXT.match(lines[i]) and i > 0 and lines[i - 1].strip() and not RULE.match(lines[i - 1]):
            problems.append(
                Problem(
                    path,
                    i + 1,
                    f"the line '{lines[i].strip()}' under text in the {kind} '{arg}' turns that line into a heading",
                    "remove the line, or put a blank line before it",
                )
            )
        elif ANY_RULE.match(lines[i]):
            problems.append(
                Problem(
                    path,
                    i + 1,
                    f"the line '{lines[i].strip()}' inside the {kind} '{arg}' is a horizontal rule: "
                    "it would split the unit and lose text",
                    "separate the parts with a line of only '***'; remove any other rule",
                )
            )
        buffer.append(lines[i])
        i += 1
    unit.parts.append("\n".join(buffer).strip())
    unit.part_lines.append(buffer_line)
    if known:
        units.append(unit)
    if i >= len(lines):
        problems.append(
            Problem(
                path,
                start + 1,
                f"the {kind} block '{arg}' is not closed",
                "add a line with only '///' after its English text",
            )
        )
        return i
    if len(FENCE.match(lines[i]).group("slashes")) != 3:
        problems.append(
            Problem(
                path,
                i + 1,
                f"the {kind} block '{arg}' closes with the wrong number of slashes",
                "close it with exactly '///'",
            )
        )
    return i + 1


def _check_id(unit_id: str, kind: str, path: str, line: int) -> list[Problem]:
    if not ID.match(unit_id):
        return [
            Problem(
                path,
                line,
                f"the id '{unit_id}' of this {kind} is not lowercase ASCII words joined by hyphens",
                "use an id such as 'i3-nye-prioriteringer-og' (python -m edition.ids proposes one)",
            )
        ]
    if RESERVED_IDS.match(unit_id):
        return [
            Problem(
                path,
                line,
                f"the id '{unit_id}' is one the edition generates itself",
                "choose another id (python -m edition.ids proposes one)",
            )
        ]
    return []


def _read_note(lines, start, note, path, units, ids: Ids) -> int:
    label = note.group("label")
    unit = Unit("note", f"{page_key(path)}-{ids.note}-{label}", path, start + 1, label=label)
    buffer = [note.group("text")]
    buffer_line = start + 1
    i = start + 1
    while i < len(lines) and (not lines[i].strip() or lines[i].startswith("    ")):
        if RULE.match(lines[i]):
            unit.parts.append("\n".join(buffer).strip())
            unit.part_lines.append(buffer_line)
            buffer, buffer_line = [], i + 2
        else:
            buffer.append(lines[i].strip())
        i += 1
    unit.parts.append("\n".join(buffer).strip())
    unit.part_lines.append(buffer_line)
    units.append(unit)
    return i


def _check_units(units: list[Unit]) -> list[Problem]:
    problems = []
    for unit in units:
        expected = EXPECTED_PARTS[unit.kind]
        if len(unit.parts) != expected:
            problems.append(Problem(unit.path, unit.line, _parts_message(unit, expected)))
            continue
        for n, (part, line) in enumerate(zip(unit.parts, unit.part_lines)):
            side = "Danish" if n % 2 == 0 else "English"
            if not without_comments(part).strip() or part == PLACEHOLDER:
                problems.append(
                    Problem(
                        unit.path,
                        line,
                        f"{unit.kind} '{unit.id}' has no {side} text"
                        + ("" if part == PLACEHOLDER else " (it is empty or only a comment)")
                        + f"; write the {side} where the '{part or 'empty part'}' is",
                    )
                )
        one_line = range(2) if unit.kind in ("heading", "textbox") else range(0)
        for n in one_line:
            if "\n\n" in unit.parts[n].strip():
                problems.append(
                    Problem(
                        unit.path,
                        unit.part_lines[n],
                        f"{unit.kind} '{unit.id}': a heading or caption is one paragraph",
                        "remove the blank line (a second paragraph would be lost)",
                    )
                )
        if unit.kind == "textbox":
            problems.extend(_check_items(unit))
    return problems


def _parts_message(unit: Unit, expected: int) -> str:
    layout = {
        2: "the Danish, a line with only '***', then the English",
        4: "Danish caption, '***', English caption, '***', Danish items, '***', English items",
    }[expected]
    return (
        f"{unit.kind} '{unit.id}' has {len(unit.parts)} part(s) separated by '***' but needs "
        f"{expected}: {layout}"
    )


def _check_items(unit: Unit) -> list[Problem]:
    problems = []
    numbered = []
    for side, part, line in (
        ("Danish", unit.parts[2], unit.part_lines[2]),
        ("English", unit.parts[3], unit.part_lines[3]),
    ):
        numbers = [int(m.group(1)) for m in map(ITEM.match, part.splitlines()) if m]
        numbered.append(numbers)
        for offset, text in enumerate(part.splitlines()):
            if ITEM.match(text) and not without_comments(text[ITEM.match(text).end() :]).strip():
                problems.append(
                    Problem(
                        unit.path,
                        line + offset,
                        f"text box '{unit.id}': {side} item {ITEM.match(text).group(1)} is empty",
                        "write the item's text after its number, or remove the item",
                    )
                )
        if numbers != list(range(1, len(numbers) + 1)) or not numbers:
            problems.append(
                Problem(
                    unit.path,
                    line,
                    f"text box '{unit.id}': the {side} items must be "
                    f"numbered 1., 2., 3. ... (found {numbers or 'none'})",
                )
            )
    if len(numbered[0]) != len(numbered[1]):
        problems.append(
            Problem(
                unit.path,
                unit.part_lines[3],
                f"text box '{unit.id}' has "
                f"{len(numbered[0])} Danish items but {len(numbered[1])} English items; "
                "give every item its English",
            )
        )
    return problems


def _unresolved(
    lines: list[str], path: str, pattern: re.Pattern, group: str, known: set[str], message
) -> list[Problem]:
    """A problem for each match of ``pattern`` whose ``group`` is not in ``known``."""
    return [
        Problem(path, number, message(match.group(group)))
        for number, line in enumerate(lines, start=1)
        for match in pattern.finditer(line)
        if match.group(group) not in known
    ]


def _check_note_refs(lines: list[str], path: str) -> list[Problem]:
    defined = {m.group("label") for m in map(NOTE_DEF.match, lines) if m}
    return _duplicate_notes(lines, path) + _unresolved(
        lines,
        path,
        NOTE_REF,
        "label",
        defined,
        lambda label: (
            f"footnote reference [^{label}] has no definition; add a line '[^{label}]: ...' at the end "
            "of the page or remove the reference"
        ),
    )


def _duplicate_notes(lines: list[str], path: str) -> list[Problem]:
    """A note defined twice: Markdown keeps one definition and drops the other's text unseen."""
    first: dict[str, int] = {}
    problems = []
    for number, line in enumerate(lines, 1):
        match = NOTE_DEF.match(line)
        if not match:
            continue
        label = match.group("label")
        if label in first:
            problems.append(
                Problem(
                    path,
                    number,
                    f"note [^{label}] is defined twice (first on line {first[label]}); "
                    "the second definition would hide the first",
                    "keep one definition of each note: merge the two or give one a new label",
                )
            )
        else:
            first[label] = number
    return problems


def page_anchors(units: list[Unit], ids: Ids | None = None) -> set[str]:
    """Ids the page will carry: units, text box items, notes, generated headings."""
    ids = ids or Ids()
    anchors = set(GENERATED_ANCHORS)
    for unit in units:
        anchors.add(unit.anchor)
        if unit.kind == "textbox" and len(unit.parts) == 4:
            count = sum(1 for line in unit.parts[2].splitlines() if ITEM.match(line))
            anchors.update(f"{unit.id}-{ids.item}-{n}" for n in range(1, count + 1))
    return anchors


def _check_anchor_links(lines: list[str], path: str, units: list[Unit], ids: Ids) -> list[Problem]:
    return _unresolved(
        lines,
        path,
        ANCHOR_LINK,
        "anchor",
        page_anchors(units, ids),
        lambda anchor: (
            f"link to '#{anchor}', but this page has no such paragraph, text box item or note; correct the "
            "id (ids are shown by the ¶ link beside each paragraph)"
        ),
    )


def check_unique_ids(units: list[Unit]) -> list[Problem]:
    """Ids must be unique across the whole edition (they are permalinks)."""
    seen: dict[str, Unit] = {}
    problems = []
    for unit in units:
        if unit.id in seen:
            first = seen[unit.id]
            problems.append(
                Problem(
                    unit.path,
                    unit.line,
                    f"id '{unit.id}' is already used at "
                    f"{first.where}; give this {unit.kind} a new, unique id",
                )
            )
        else:
            seen[unit.id] = unit
    return problems


# -- what no content may hold: raw HTML, invisible formatting characters, decomposed letters ------

RAW_HTML = re.compile(
    r"<[ \t]*/?[ \t]*(?!https?:|mailto:)[a-zA-Z][^<>\n]*>|<!--|javascript:|\bon[a-z]+[ \t]*=", re.IGNORECASE
)
"""Raw HTML (a tag or a comment), a javascript: URL, an inline event handler. Linear: a tag's body
stops at the next '<' or line end, so no input makes it backtrack over the rest of the line."""
INVISIBLE = frozenset(
    [chr(c) for c in range(0x200B, 0x2010)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u00ad", "\ufeff", "\u2060"]
)
"""Zero-width and bidirectional formatting characters, the soft hyphen, the byte-order mark."""
CODE_SPAN = re.compile(r"`[^`\n]*`")


def content_problems(text: str, path: str) -> list[Problem]:
    """Raw HTML, invisible characters and non-NFC text in a content file, each with its line."""
    import html
    import unicodedata

    problems = []
    in_code = False
    for number, line in enumerate(text.splitlines(), start=1):
        for char in sorted(set(line) & INVISIBLE):
            name = unicodedata.name(char, "FORMAT CHARACTER")
            problems.append(
                Problem(
                    path,
                    number,
                    f"invisible character U+{ord(char):04X} {name} in the text",
                    "delete it (it changes how the text is read, searched or matched, and shows nothing)",
                )
            )
        if not unicodedata.is_normalized("NFC", line):
            problems.append(
                Problem(
                    path,
                    number,
                    "letters written as a base letter plus a combining accent (not NFC)",
                    "retype the accented letters (or save the file with NFC normalisation)",
                )
            )
        if line.strip().startswith("```"):
            in_code = not in_code
        if in_code:
            continue
        match = RAW_HTML.search(html.unescape(CODE_SPAN.sub("", line)))  # &#58; is a colon to a browser
        if match:
            problems.append(
                Problem(
                    path,
                    number,
                    f"raw HTML or script ('{match.group(0)[:40]}') in content",
                    "use Markdown (the edition's blocks, links and attribute lists) instead",
                )
            )
    return problems
