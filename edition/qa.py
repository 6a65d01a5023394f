"""Translation QA: every check on every unit, as one command for contributors and CI.

    python -m edition.qa            # all checks; exit 1 if there is an error
    python -m edition.qa --strict   # warnings count as errors too

Each line reads ``file:line: error|warning: [pair id] what differs; the fix``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edition import checks
from edition.document import Problem
from edition.glossary import Matcher, read_glossary
from edition.review import load_records, review_problems
from edition.site import load_units


def run(root: Path) -> tuple[list[str], list[str]]:
    """(errors, warnings) for the edition in ``root``."""
    docs = root / "docs"
    units, problems = load_units(docs)
    errors = [f"{p.path}:{p.line}: error: {p.message}" for p in problems]
    warnings: list[str] = []
    for page in sorted(docs.rglob("*.md")):
        errors += checks.raw_html_problems(page.read_text(encoding="utf-8"), f"docs/{page.relative_to(docs)}")
    entries, matcher = _glossary(root, errors)
    allowed = {f.casefold() for e in entries for f in e.forms}
    for unit in units:
        errors += map(str, checks.parity_findings(unit) + checks.identical_findings(unit))
        warnings += map(str, checks.warning_findings(unit, allowed))
        if matcher:
            warnings += map(str, checks.glossary_findings(unit, entries, matcher))
    warnings += map(str, checks.inconsistency_findings(units))
    errors += [_stale(p) for p in review_problems(units, load_records(root / "data" / "review.yaml"))]
    return errors, warnings


def _glossary(root: Path, errors: list[str]):
    path = root / "data" / "glossary.yaml"
    if not path.exists():
        return [], None
    entries, problems = read_glossary(path)
    errors += [p.replace(": ", ": error: ", 1) for p in problems]
    return entries, Matcher(entries) if not problems else None


def _stale(problem: Problem) -> str:
    return f"{problem.path}:{problem.line}: error: {problem.message}"


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.qa", description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = parser.parse_args(argv)
    errors, warnings = run(root or Path.cwd())
    for line in errors + warnings:
        print(line)
    failed = bool(errors) or (args.strict and bool(warnings))
    print(f"{len(errors)} error(s), {len(warnings)} warning(s): {'FAILED' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
