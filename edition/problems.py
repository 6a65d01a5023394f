"""The edition's one problem type: what every check reports to a contributor.

Every reader, loader and check of the edition (page structure, data files, QA,
the build's own checks) reports a :class:`Problem`: a severity, the file and
the line a contributor should open, what is wrong, and the fix.  One type means
one way to print it in a terminal, one way to turn it into a GitHub workflow
annotation, and one way to decide whether a build must stop.
"""

from __future__ import annotations

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
