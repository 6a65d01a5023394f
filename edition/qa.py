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
from edition.glossary import Matcher, read_glossary
from edition.engine import Edition, NotAnEdition, edition_at
from edition.problems import ERROR
from edition.review import review_problems


def run(edition: Edition) -> tuple[list[str], list[str]]:
    """(errors, warnings) for the edition."""
    docs = edition.docs
    units, problems = edition.units, edition.unit_problems
    errors = [f"{p.path}:{p.line}: error: {p.message}" for p in problems]
    warnings: list[str] = []
    for page in sorted(docs.rglob("*.md")):
        errors += checks.raw_html_problems(
            page.read_text(encoding="utf-8"), f"{docs.name}/{page.relative_to(docs).as_posix()}"
        )
    entries, matcher = _glossary(edition, errors)
    allowed = {f.casefold() for e in entries for f in e.forms}
    for unit in units:
        errors += map(str, checks.parity_findings(unit) + checks.identical_findings(unit))
        warnings += map(str, checks.warning_findings(unit, allowed))
        if matcher:
            warnings += map(str, checks.glossary_findings(unit, entries, matcher))
    warnings += map(str, checks.inconsistency_findings(units))
    for problem in review_problems(units, edition.records, edition.shown("review")):
        (errors if problem.severity == ERROR else warnings).append(str(problem))
    return errors, warnings


def _glossary(edition: Edition, errors: list[str]):
    path = edition.path("glossary")
    if not path.exists():
        return [], None
    entries, problems = read_glossary(path)
    errors += [p.replace(": ", ": error: ", 1) for p in problems]
    return entries, Matcher(entries) if not problems else None


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.qa", description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = parser.parse_args(argv)
    try:
        edition = edition_at(root or Path.cwd())
    except NotAnEdition as error:
        print(f"edition.qa: {error}", file=sys.stderr)
        return 2
    if not edition.units:
        print(f"edition.qa: no bilingual units under {edition.docs}: nothing to check", file=sys.stderr)
        return 2
    errors, warnings = run(edition)
    for line in errors + warnings:
        print(line)
    failed = bool(errors) or (args.strict and bool(warnings))
    print(f"{len(errors)} error(s), {len(warnings)} warning(s): {'FAILED' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
