"""Review state of each unit, kept outside the prose in ``data/review.yaml``.

Each record says whether the English of a unit is ``reviewed`` or ``draft``
and holds the fingerprint of the Danish it was made from.  When the Danish
changes, the fingerprint no longer matches and the unit is *stale*: the
build warns (failing ``--strict``) and the page marks the pair.

Mark a unit reviewed after checking it against the Danish::

    python -m edition.review reviewed i3-nye-prioriteringer-og
    python -m edition.review draft i3-nye-prioriteringer-og
    python -m edition.review status
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from edition.document import Problem, Unit, fingerprint

STATES = ("reviewed", "draft")
HEADER = """\
# Review state of every bilingual unit (pair, heading, text box, author's note).
# status: reviewed | draft; danish: fingerprint of the Danish the English was checked against.
# Do not edit by hand: run `python -m edition.review reviewed <id>` after checking a unit
# (or `python -m edition.review draft <id>`). A changed Danish text makes a reviewed unit stale.
"""


@dataclass
class Record:
    status: str
    danish: str


def load_records(path: Path) -> dict[str, Record]:
    """Read ``data/review.yaml``; an absent file means no unit is reviewed."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {key: Record(str(v.get("status", "draft")), str(v.get("danish", ""))) for key, v in data.items()}


def save_records(path: Path, records: dict[str, Record], order: list[str]) -> None:
    """Write the records, one line each, in document order."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ranked = sorted(records, key=lambda k: (order.index(k) if k in order else len(order), k))
    lines = [HEADER]
    for key in ranked:
        r = records[key]
        lines.append(f"{key}: {{status: {r.status}, danish: '{r.danish}'}}\n")
    path.write_text("".join(lines), encoding="utf-8")


def state_of(unit: Unit, records: dict[str, Record]) -> str:
    """``reviewed``, ``draft`` or ``stale`` for one unit."""
    record = records.get(unit.id)
    if record is None or record.status != "reviewed":
        return "draft"
    return "reviewed" if record.danish == fingerprint(unit.danish) else "stale"


def review_problems(units: list[Unit], records: dict[str, Record]) -> list[Problem]:
    """Warnings for stale units, units without a record and records without a unit."""
    problems = []
    for unit in units:
        state = state_of(unit, records)
        if unit.id not in records:
            problems.append(
                Problem(
                    unit.path,
                    unit.line,
                    f"{unit.kind} '{unit.id}' has no review record; "
                    f"run: python -m edition.review draft {unit.id}",
                )
            )
        elif state == "stale":
            problems.append(
                Problem(
                    unit.path,
                    unit.line,
                    f"{unit.kind} '{unit.id}': the Danish has changed "
                    "since the English was reviewed (stale translation); check the English "
                    f"against the new Danish, then run: python -m edition.review reviewed {unit.id}",
                )
            )
    known = {u.id for u in units}
    for key in records:
        if key not in known:
            problems.append(
                Problem(
                    "data/review.yaml",
                    1,
                    f"review record '{key}' matches no unit in docs/; "
                    "remove the line (or restore the unit's id)",
                )
            )
    return problems


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.review", description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["reviewed", "draft", "status"])
    parser.add_argument("ids", nargs="*", help="unit ids (as shown on the site); 'all' for every unit")
    args = parser.parse_args(argv)
    from edition.engine import NotAnEdition, edition_at

    try:
        edition = edition_at(root or Path.cwd())
    except NotAnEdition as error:
        print(f"edition.review: {error}", file=sys.stderr)
        return 2
    units, problems = edition.units, edition.unit_problems
    if problems:
        print("\n".join(map(str, problems)), file=sys.stderr)
        return 1
    if not units:
        print(f"edition.review: no bilingual units under {edition.docs}: nothing to review", file=sys.stderr)
        return 2
    path = edition.path("review")
    records = load_records(path)
    by_id = {u.id: u for u in units}
    if args.action == "status":
        for unit in units:
            print(f"{state_of(unit, records):9} {unit.id}  ({unit.where})")
        return 0
    ids = list(by_id) if args.ids == ["all"] else args.ids
    unknown = [i for i in ids if i not in by_id]
    if unknown or not ids:
        print(
            f"unknown or missing unit id(s): {', '.join(unknown) or '(none given)'}; "
            "see `python -m edition.review status` for the ids",
            file=sys.stderr,
        )
        return 2
    for unit_id in ids:
        records[unit_id] = Record(args.action, fingerprint(by_id[unit_id].danish))
        print(f"{unit_id}: {args.action}")
    save_records(path, records, [u.id for u in units])
    return 0


if __name__ == "__main__":
    sys.exit(main())
