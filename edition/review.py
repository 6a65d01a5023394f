"""Review state of each unit, kept outside the prose in the review file (``data/review.yaml``).

A record says who reviewed a unit's translation against its source, when, and
what they read: a fingerprint of each language.  From that the state follows:

- ``reviewed``: both languages are as they were reviewed;
- ``revised``: the translation has changed since (awaiting review): a QA
  warning, a quiet marker on the page, a row on the status page;
- ``stale``: the source text has changed since: the translation may be wrong;
- ``draft``: no review yet.

Record a review after checking the unit (the reviewer's name comes from
``git config user.name`` unless given)::

    python -m edition.review reviewed i3-nye-prioriteringer-og [--reviewer "A. Name"]
    python -m edition.review reviewed --all       # every unit at once, deliberately
    python -m edition.review draft i3-nye-prioriteringer-og
    python -m edition.review status
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from edition.datafile import LineDict, expect, read_yaml
from edition.document import Unit, fingerprint
from edition.problems import ERROR, WARNING, Problem

STATUSES = ("reviewed", "draft")
STATES = ("reviewed", "revised", "stale", "draft")
FINGERPRINT = re.compile(r"[0-9a-f]{12}")
HEADER = """\
# Review state of every bilingual unit (pair, heading, text box, author's note): who checked the
# translation against the source text, when, and fingerprints of the two languages as they read them.
# Do not edit by hand: run `python -m edition.review reviewed <id>` after checking a unit (or
# `python -m edition.review draft <id>`). A changed source text makes a unit stale; a changed
# translation makes it "revised, awaiting review".
"""
UNRECORDED = "(not recorded)"


@dataclass(frozen=True)
class Record:
    status: str
    danish: str
    english: str = ""
    reviewer: str = ""
    date: str = ""
    line: int = 0


def load_records(path: Path, shown: str = "data/review.yaml") -> dict[str, Record]:
    """The records; a malformed file raises :class:`ReviewFileError` with every problem."""
    records, problems = read_records(path, shown)
    if problems:
        raise ReviewFileError(problems)
    return records


class ReviewFileError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


def read_records(path: Path, shown: str = "data/review.yaml") -> tuple[dict[str, Record], list[Problem]]:
    """The records of the review file, and the problems with it (file and real line)."""
    data, problems = read_yaml(path, shown)
    if data is None or problems:
        return {}, problems
    if not isinstance(data, LineDict):
        return {}, [
            Problem(shown, 1, "the review file must map unit ids to records", "run the review command")
        ]
    records = {}
    for key, value in data.items():
        record = _record(key, value, shown, data.line_of(key), problems)
        if record:
            records[key] = record
    return records, problems


FIELDS = ("status", "danish", "english", "reviewer", "date")


def _record(key: str, value, shown: str, line: int, problems: list[Problem]) -> Record | None:
    if not isinstance(value, LineDict):
        problems.append(Problem(shown, line, f"the record of '{key}' must be a mapping", _RUN))
        return None
    before = len(problems)
    for field in value:
        if field not in FIELDS:
            problems.append(
                Problem(shown, value.line_of(field), f"'{field}' is not a field of a review record", _RUN)
            )
    status = value.get("status")
    if status not in STATUSES:
        problems.append(
            Problem(
                shown,
                value.line_of("status"),
                f"'{key}' has status {status!r}; it must be reviewed or draft",
                _RUN,
            )
        )
    for field in ("danish", "english"):
        text = value.get(field, "")
        if text and not (isinstance(text, str) and FINGERPRINT.fullmatch(text)):
            problems.append(
                Problem(shown, value.line_of(field), f"'{key}': {field} is not a fingerprint", _RUN)
            )
    if "reviewer" in value:
        expect(value["reviewer"], str, shown, value.line_of("reviewer"), f"'{key}': reviewer", problems)
    date = value.get("date", "")
    if date and not isinstance(date, datetime.date):
        problems.append(Problem(shown, value.line_of("date"), f"'{key}': date must be YYYY-MM-DD", _RUN))
    if len(problems) > before:
        return None
    return Record(
        status,
        value.get("danish") or "",
        value.get("english") or "",
        value.get("reviewer") or "",
        date.isoformat() if date else "",
        line,
    )


_RUN = "record reviews with: python -m edition.review reviewed <id> (do not edit the file by hand)"


def save_records(path: Path, records: dict[str, Record], order: list[str]) -> None:
    """Write the records, one line each, in document order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ranked = sorted(records, key=lambda k: (order.index(k) if k in order else len(order), k))
    lines = [HEADER]
    for key in ranked:
        r = records[key]
        fields = [f"status: {r.status}", f"danish: '{r.danish}'"]
        if r.english:
            fields.append(f"english: '{r.english}'")
        if r.reviewer:
            fields.append("reviewer: " + _quoted(r.reviewer))
        if r.date:
            fields.append(f"date: {r.date}")
        lines.append(f"{key}: {{{', '.join(fields)}}}\n")
    path.write_text("".join(lines), encoding="utf-8")


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def state_of(unit: Unit, records: dict[str, Record]) -> str:
    """``reviewed``, ``revised``, ``stale`` or ``draft`` for one unit."""
    record = records.get(unit.id)
    if record is None or record.status != "reviewed":
        return "draft"
    if record.danish != fingerprint(unit.danish):
        return "stale"
    if record.english and record.english != fingerprint(unit.english):
        return "revised"
    return "reviewed"


def review_problems(
    units: list[Unit],
    records: dict[str, Record],
    shown: str = "data/review.yaml",
    skip: frozenset | set = frozenset(),
) -> list[Problem]:
    """Errors for stale units, units without a record and records without a unit; a warning for
    each revised unit (its new translation awaits a second reading: it must not block a pull request).
    Units in ``skip`` have an error of their own already and get no review advice."""
    problems = []
    for unit in units:
        if unit.id in skip:  # its one error is reported elsewhere (one error per cause)
            continue
        state = state_of(unit, records)
        if unit.id not in records:
            problems.append(
                Problem(
                    unit.path,
                    unit.line,
                    f"{unit.kind} '{unit.id}' has no review record",
                    f"run: python -m edition.review draft {unit.id}",
                    ERROR,
                )
            )
        elif state == "stale":
            problems.append(
                Problem(
                    unit.path,
                    unit.line,
                    f"{unit.kind} '{unit.id}': the source text has changed since the translation was reviewed "
                    "(stale translation)",
                    f"check the translation against the new text, then run: python -m edition.review reviewed {unit.id}",
                    ERROR,
                )
            )
        elif state == "revised":
            problems.append(
                Problem(
                    unit.path,
                    unit.english_line,
                    f"{unit.kind} '{unit.id}': the translation has changed since it was reviewed "
                    "(revised, awaiting review)",
                    f"a second reader checks it against the source text, then runs: "
                    f"python -m edition.review reviewed {unit.id}",
                    WARNING,
                )
            )
    known = {u.id for u in units}
    for key, record in records.items():
        if key not in known:
            problems.append(
                Problem(
                    shown,
                    record.line or 1,
                    f"review record '{key}' matches no unit in the pages",
                    "if the unit's id changed, rename the record's key; if the unit was removed, remove the line",
                    ERROR,
                )
            )
    return problems


def git_user(root: Path) -> str:
    """The reviewer's name from ``git config user.name`` (empty when git or the setting is missing)."""
    try:
        done = subprocess.run(
            ["git", "config", "user.name"], cwd=root, capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip()


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.review", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["reviewed", "draft", "status"])
    parser.add_argument("ids", nargs="*", help="unit ids (as shown by the ¶ link on the site)")
    parser.add_argument("--all", action="store_true", help="every unit of the edition (use deliberately)")
    parser.add_argument("--reviewer", help="who reviewed (default: git config user.name)")
    args = parser.parse_args(argv)
    from edition.engine import NotAnEdition, edition_at

    try:
        edition = edition_at(root or Path.cwd())
        units, problems = edition.units, edition.unit_problems
        path, shown = edition.path("review"), edition.shown("review")
        records, record_problems = read_records(path, shown)
    except NotAnEdition as error:
        print(f"edition.review: {error}", file=sys.stderr)
        return 2
    if problems or record_problems:
        print("\n".join(map(str, problems + record_problems)), file=sys.stderr)
        return 1
    if not units:
        print(f"edition.review: no bilingual units under {edition.docs}: nothing to review", file=sys.stderr)
        return 2
    by_id = {u.id: u for u in units}
    if args.action == "status":
        for unit in units:
            record = records.get(unit.id)
            who = f"  {record.reviewer}, {record.date}" if record and record.reviewer else ""
            print(f"{state_of(unit, records):9} {unit.id}  ({unit.where}){who}")
        return 0
    if args.all and args.ids:
        print("give unit ids or --all, not both", file=sys.stderr)
        return 2
    ids = list(by_id) if args.all else args.ids
    unknown = [i for i in ids if i not in by_id]
    if unknown or not ids:
        print(
            f"unknown or missing unit id(s): {', '.join(unknown) or '(none given)'}; "
            "see `python -m edition.review status` for the ids (or --all for every unit)",
            file=sys.stderr,
        )
        return 2
    reviewer = args.reviewer or git_user(edition.root)
    if args.action == "reviewed" and not reviewer:
        print("who reviewed? give --reviewer 'Your Name' or set git config user.name", file=sys.stderr)
        return 2
    today = datetime.date.today().isoformat()
    for unit_id in ids:
        unit = by_id[unit_id]
        records[unit_id] = Record(
            args.action,
            fingerprint(unit.danish),
            fingerprint(unit.english),
            reviewer if args.action == "reviewed" else "",
            today if args.action == "reviewed" else "",
        )
        print(f"{unit_id}: {args.action}" + (f" by {reviewer}, {today}" if args.action == "reviewed" else ""))
    save_records(path, records, [u.id for u in units])
    return 0


if __name__ == "__main__":
    sys.exit(main())
