"""The translation status page: per section, units total / reviewed / draft / stale."""

from __future__ import annotations

from edition.bibpage import unit_anchor
from edition.document import Unit

STATES = ("reviewed", "draft", "stale")


def status_markdown(units: list[Unit], states: dict[str, str], titles: dict[str, str]) -> str:
    sections: dict[str, list[Unit]] = {}
    for unit in units:
        sections.setdefault(unit.path, []).append(unit)
    rows = ["| Section | Units | Reviewed | Draft | Stale |", "|---|---:|---:|---:|---:|"]
    totals = dict.fromkeys(STATES, 0)
    for path, members in sections.items():
        counts = {s: sum(1 for u in members if states.get(u.id, "draft") == s) for s in STATES}
        for s in STATES:
            totals[s] += counts[s]
        page = path.split("/", 1)[1]
        rows.append(
            f"| [{titles.get(path, page)}]({page}) | {len(members)} | {counts['reviewed']} | "
            f"{counts['draft']} | {counts['stale']} |"
        )
    rows.append(
        f"| **All** | **{len(units)}** | **{totals['reviewed']}** | **{totals['draft']}** | "
        f"**{totals['stale']}** |"
    )
    todo = [u for u in units if states.get(u.id, "draft") != "reviewed"]
    work = ["", "## What needs work", ""]
    if todo:
        work += [
            f"- [{titles.get(u.path, u.path)} · {u.id}]({unit_anchor(u)}): {states.get(u.id, 'draft')}"
            for u in todo
        ]
    else:
        work.append("Nothing: every unit has been reviewed against the Danish.")
    return "\n".join(rows + work) + "\n"
