"""The edition's one problem type: what every check reports to a contributor.

Every reader, loader and check of the edition (page structure, data files, QA,
the build's own checks) reports a :class:`Problem`: a severity, the file and
the line a contributor should open, what is wrong, and the fix.  One type means
one way to print it in a terminal, one way to turn it into a GitHub workflow
annotation, and one way to decide whether a build must stop.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterable

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding, phrased for a contributor: ``file:line: severity: message; fix``."""

    path: str
    line: int
    message: str
    fix: str = ""
    severity: str = ERROR

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}: {self.severity}: {self.message}"
        return f"{text}; {self.fix}" if self.fix else text

    def annotation(self) -> str:
        """The problem as a GitHub Actions workflow command (shown on the pull request's diff)."""
        body = f"{self.message}; {self.fix}" if self.fix else self.message
        return (
            f"::{self.severity} file={_property(self.path)},line={max(self.line, 1)},"
            f"title={_property('edition ' + self.severity)}::{_data(body)}"
        )


def _data(text: str) -> str:
    """Escape a workflow command's message (GitHub's documented escapes)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    """Escape a workflow command's property value."""
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


def warnings(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == WARNING]


def report(log, problem: Problem, level: str = "warning") -> None:
    """Log a problem for the build (a warning fails ``--strict``); on GitHub Actions also print it as a
    workflow annotation, so it appears on the changed line of the pull request."""
    getattr(log, level)(str(problem))
    if os.environ.get("GITHUB_ACTIONS") == "true":
        print(problem.annotation(), flush=True)


def stop(problems: Iterable[Problem], title: str):
    """The build's refusal: every problem annotated (on GitHub Actions), then one readable error."""
    from mkdocs.exceptions import PluginError

    problems = list(problems)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for problem in problems:
            print(problem.annotation(), flush=True)
    return PluginError(f"{title}:\n  " + "\n  ".join(map(str, problems)))
