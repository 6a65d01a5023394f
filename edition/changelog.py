"""``CHANGELOG.md`` from the releases (data/edition.yaml), the pages in git and the review records.

python -m edition.changelog     # rewrites CHANGELOG.md

For each release the changes are measured, not written by hand: the units of the pages at the
previous release's tag (``v<version>``) are compared with the units at this release's tag (or, for
a release not yet tagged, with the working tree). A unit whose Danish differs was *corrected
against the print*, one whose English differs was *revised*; notes are compared the same way.
The review state comes from data/review.yaml. The first release lists what it holds.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from edition.document import Unit, parse_page
from edition.metadata import Release, load_edition
from edition.review import load_records, state_of
from edition.tei import editorial_notes

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Changes:
    english: list[str] = field(default_factory=list)
    danish: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


Snapshot = tuple[dict[str, Unit], dict[str, str]]  # units by id, editorial notes by label


def snapshot(pages: dict[str, str]) -> Snapshot:
    """Units and editorial notes of a set of pages (path -> Markdown)."""
    units: dict[str, Unit] = {}
    notes: dict[str, str] = {}
    for path, text in sorted(pages.items()):
        for unit in parse_page(text, path)[0]:
            units[unit.id if unit.kind != "note" else f"{path}:{unit.id}"] = unit
        notes.update(editorial_notes(text))
    return units, notes


def compare(old: Snapshot, new: Snapshot) -> Changes:
    """What changed between two snapshots, by unit id (in the new reading order)."""
    (old_units, old_notes), (new_units, new_notes) = old, new
    changes = Changes()
    for key, unit in new_units.items():
        name = key.split(":", 1)[-1] if unit.kind == "note" else key
        before = old_units.get(key)
        if before is None:
            changes.added.append(name)
            continue
        danish = " ".join(before.danish.split()) != " ".join(unit.danish.split())
        english = " ".join(before.english.split()) != " ".join(unit.english.split())
        if unit.kind == "note":
            if danish or english:
                changes.notes.append(name)
            continue
        if danish:
            changes.danish.append(name)
        if english:
            changes.english.append(name)
    changes.removed = [k.split(":", 1)[-1] for k in old_units if k not in new_units]
    for label in sorted(set(old_notes) | set(new_notes)):
        if old_notes.get(label) != new_notes.get(label):
            changes.notes.append(label)
    return changes


def _git(*args: str, root: Path = ROOT) -> str | None:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else None


def pages_at(ref: str | None, root: Path = ROOT) -> dict[str, str]:
    """``docs/*.md`` at a git ref (None: the working tree)."""
    if ref is None:
        return {f"docs/{p.name}": p.read_text(encoding="utf-8") for p in sorted((root / "docs").glob("*.md"))}
    listing = _git("ls-tree", "--name-only", ref, "docs/", root=root) or ""
    return {
        name: _git("show", f"{ref}:{name}", root=root) or ""
        for name in listing.split()
        if name.endswith(".md")
    }


def _ids(items: list[str]) -> str:
    return ", ".join(f"`{i}`" for i in items) if items else "none"


def section(release: Release, previous: Release | None, root: Path = ROOT) -> str:
    tag = f"v{release.version}"
    current = tag if _git("rev-parse", "--verify", "-q", tag, root=root) else None
    new = snapshot(pages_at(current, root))
    lines = [f"## {release.version} ({release.date})", "", release.summary, ""]
    if previous is None:
        units = [u for u in new[0].values() if u.kind != "note"]
        records = load_records(root / "data" / "review.yaml")
        reviewed = sum(state_of(u, records) == "reviewed" for u in units)
        authors_notes = sum(u.kind == "note" for u in new[0].values())
        lines += [
            f"- First release: {len(units)} units ({reviewed} with a reviewed English, "
            f"{len(units) - reviewed} draft), {authors_notes} authors' notes, "
            f"{len(new[1])} editor's and translator's notes.",
        ]
    elif not _git("rev-parse", "--verify", "-q", f"v{previous.version}", root=root):
        lines += [
            f"- Changes not measured: the tag v{previous.version} of the previous release is not in this clone."
        ]
    else:
        changes = compare(snapshot(pages_at(f"v{previous.version}", root)), new)
        lines += [
            f"- English revised: {_ids(changes.english)}",
            f"- Danish corrected against the print: {_ids(changes.danish)}",
            f"- Notes changed: {_ids(changes.notes)}",
            f"- Units added: {_ids(changes.added)}; removed: {_ids(changes.removed)}",
        ]
    return "\n".join(lines) + "\n"


def changelog(root: Path = ROOT) -> str:
    releases = load_edition(root).releases
    parts = [
        "# Changelog\n\n"
        "Generated by `python -m edition.changelog` from data/edition.yaml, the pages at each release tag\n"
        "and data/review.yaml. Unit ids are the paragraph ids shown by the ¶ link.\n"
    ]
    for n, release in enumerate(releases):
        parts.append(section(release, releases[n + 1] if n + 1 < len(releases) else None, root))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    path = ROOT / "CHANGELOG.md"
    path.write_text(changelog(), encoding="utf-8")
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
