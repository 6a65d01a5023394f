"""Translation QA: every check on every unit, as one command for contributors and CI.

    python -m edition.qa            # all checks; exit 1 if there is an error
    python -m edition.qa --strict   # warnings count as errors too

Each line reads ``file:line: error|warning: [unit id] what is wrong; the fix``.
On GitHub Actions (``GITHUB_ACTIONS=true``) each finding is also printed as a
workflow annotation, so it appears on the changed line of the pull request, and
a table of the checks (errors, warnings) is added to the job summary.

One error per cause: a unit whose structure is broken is reported once, by the
page-structure check, and the checks that read its parts skip it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from edition import checks
from edition.engine import Edition, NotAnEdition, edition_at
from edition.problems import ERROR, WARNING, Problem
from edition.review import review_problems

GROUPS = (
    "Page structure",
    "Fidelity to the print",
    "Raw HTML and invisible characters",
    "Citations",
    "Parity with the source",
    "Review state",
    "Glossary data",
    "Glossary use",
    "Style",
    "Consistency",
)


def run(edition: Edition) -> dict[str, list[Problem]]:
    """Every finding for the edition, by check."""
    found: dict[str, list[Problem]] = {group: [] for group in GROUPS}
    found["Page structure"] = list(edition.unit_problems)
    broken = {(p.path, p.line) for p in edition.unit_problems}
    units = [u for u in edition.units if (u.path, u.line) not in broken]
    found["Fidelity to the print"] = _fidelity(edition) if not edition.unit_problems else []
    found["Raw HTML and invisible characters"] = list(edition.content_problems)
    from edition.citations import units_citing_unknown, unknown_citation_problems

    known = set(edition.references)
    found["Citations"] = unknown_citation_problems(edition.docs, known, edition.shown("bibliography"))
    parity_failed = units_citing_unknown(units, known)
    for unit in units:
        findings = checks.parity_findings(unit) + checks.identical_findings(unit)
        if findings:
            parity_failed.add(unit.id)
        found["Parity with the source"] += findings
    # a unit whose translation fails parity or cites an unknown key is not also "revised":
    # the fix is that error, not a review
    skip = parity_failed | {u.id for u in edition.units if (u.path, u.line) in broken}
    found["Review state"] = review_problems(edition.units, edition.records, edition.shown("review"), skip)
    entries, matcher, problems = _glossary(edition)
    found["Glossary data"] = problems
    allowed = {f.casefold() for e in entries for f in e.forms}
    for unit in units:
        found["Style"] += checks.warning_findings(unit, allowed)
        if matcher:
            found["Glossary use"] += checks.glossary_findings(unit, entries, matcher)
    found["Consistency"] = checks.inconsistency_findings(units)
    return found


def _fidelity(edition: Edition) -> list[Problem]:
    from edition.fidelity import check

    sources = sorted(edition.path("source").glob("*.txt")) if edition.path("source").is_dir() else []
    if len(sources) != 1:
        return []  # an edition without a print to check against
    from edition.source import PrintRules

    rules = PrintRules(**vars(edition.config.source))
    return check(sources[0], edition.root, edition.units, rules)


def _glossary(edition: Edition):
    from edition.glossary import Matcher, read_glossary

    path = edition.path("glossary")
    if not path.exists():
        return [], None, []
    entries, problems = read_glossary(path)
    found = [_as_problem(p) for p in problems]
    return entries, (Matcher(entries) if not problems else None), found


def _as_problem(text) -> Problem:
    if isinstance(text, Problem):
        return text
    path, line, message = (str(text).split(":", 2) + ["", ""])[:3]
    return Problem(path, int(line) if line.strip().isdigit() else 1, message.strip())


def summary_table(found: dict[str, list[Problem]]) -> str:
    """The job summary: one row per check."""
    rows = ["### Translation QA", "", "| Check | Errors | Warnings |", "|---|---:|---:|"]
    for group, problems in found.items():
        errors = sum(p.severity == ERROR for p in problems)
        warnings = sum(p.severity == WARNING for p in problems)
        mark = "❌ " if errors else ("⚠️ " if warnings else "")
        rows.append(f"| {mark}{group} | {errors} | {warnings} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.qa", description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = parser.parse_args(argv)
    try:
        edition = edition_at(root or Path.cwd())
        if not edition.units and not edition.unit_problems:
            print(f"edition.qa: no bilingual units under {edition.docs}: nothing to check", file=sys.stderr)
            return 2
        found = run(edition)
    except NotAnEdition as error:
        print(f"edition.qa: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a data file that cannot be read: a message, never a traceback
        message = getattr(error, "message", None) or str(error)
        print(f"edition.qa: {message}", file=sys.stderr)
        return 1
    problems = [p for group in found.values() for p in group]
    errors = [p for p in problems if p.severity == ERROR]
    warnings = [p for p in problems if p.severity == WARNING]
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in errors + warnings:
        print(problem)
        if annotate:
            print(problem.annotation())
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as out:
            out.write(summary_table(found))
    failed = bool(errors) or (args.strict and bool(warnings))
    print(f"{len(errors)} error(s), {len(warnings)} warning(s): {'FAILED' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
