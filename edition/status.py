"""The translation status page: per section, how many units are reviewed, revised, stale or draft;
then every unit with its state, reviewer and date (from the review records)."""

from __future__ import annotations

from edition.bibpage import unit_anchor
from edition.document import Unit
from edition.markdown import literal
from edition.review import STATES, Record

HEADINGS = {"reviewed": "Reviewed", "revised": "Revised, awaiting review", "stale": "Stale", "draft": "Draft"}


def status_markdown(
    units: list[Unit],
    states: dict[str, str],
    titles: dict[str, str],
    records: dict[str, Record] | None = None,
    labels: dict[str, str] | None = None,
) -> str:
    records, labels = records or {}, labels or {}
    sections: dict[str, list[Unit]] = {}
    for unit in units:
        sections.setdefault(unit.path, []).append(unit)
    rows = [
        "| Section | Units | " + " | ".join(HEADINGS[s] for s in STATES) + " |",
        "|---|---:|" + "---:|" * len(STATES),
    ]
    totals = dict.fromkeys(STATES, 0)
    for path, members in sections.items():
        counts = {s: sum(1 for u in members if states.get(u.id, "draft") == s) for s in STATES}
        for s in STATES:
            totals[s] += counts[s]
        page = path.split("/", 1)[1]
        cells = " | ".join(str(counts[s]) for s in STATES)
        rows.append(f"| [{literal(titles.get(path, page))}]({page}) | {len(members)} | {cells} |")
    rows.append(f"| **All** | **{len(units)}** | " + " | ".join(f"**{totals[s]}**" for s in STATES) + " |")
    todo = [u for u in units if states.get(u.id, "draft") != "reviewed"]
    work = ["", "## What awaits review", ""]
    if todo:
        work += [
            f"- [{literal(labels.get(u.id, u.id))}]({unit_anchor(u)}): {HEADINGS[states.get(u.id, 'draft')]}"
            for u in todo
        ]
    else:
        work.append("Nothing: every unit has been reviewed against the source text.")
    who = ["", "## Who reviewed what", "", "| Unit | State | Reviewer | Date |", "|---|---|---|---|"]
    for unit in units:
        record = records.get(unit.id)
        reviewer = literal(record.reviewer) if record and record.reviewer else "—"
        date = record.date if record and record.date else "—"
        state = HEADINGS[states.get(unit.id, "draft")]
        who.append(
            f"| [{literal(labels.get(unit.id, unit.id))}]({unit_anchor(unit)}) | {state} | {reviewer} | {date} |"
        )
    return "\n".join(rows + work + who) + "\n"
