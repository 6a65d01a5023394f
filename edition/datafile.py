"""Strict reading of the edition's YAML data files, with the real line of every value.

Data arrives by pull request from strangers, so a data file is refused, never
guessed at: a duplicate key, a tab, a list where text belongs, ``'false'`` where
a boolean belongs are :class:`~edition.problems.Problem` s with the file and the
line, never a Python traceback and never a silent change of meaning.

:func:`read_yaml` returns plain Python values whose mappings and lists remember
their lines (:class:`LineDict`, :class:`LineList`); the ``expect_*`` helpers
check a value's type and report where it is wrong.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import yaml

from edition.problems import Problem

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping that knows its line and the line of each key."""

    line: int = 1
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A list that knows its line and the line of each item."""

    line: int = 1
    item_lines: list


def read_yaml(path: Path, shown: str) -> tuple[Any, list[Problem]]:
    """The file's value, or the problems that stop it being read (absent file: ``None``)."""
    if not path.exists():
        return None, []
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=_Loader)
    except UnicodeDecodeError as error:
        return None, [
            Problem(shown, 1, f"the file is not UTF-8 text ({error.reason})", "save the file as UTF-8")
        ]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        what = getattr(error, "problem", None) or str(error)
        hint = "indent with spaces, never tabs; check the quotes and the indentation around this line"
        return None, [Problem(shown, line, f"the file is not valid YAML: {what}", hint)]
    if node is None:
        return None, []
    problems: list[Problem] = []
    value = _value(node, shown, problems, set())
    return value, problems


STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("map", "seq", "str", "int", "float", "bool", "null", "timestamp")
}


def _value(node: yaml.Node, shown: str, problems: list[Problem], seen: set[int]) -> Any:
    line = node.start_mark.line + 1
    if id(node) in seen:  # an alias (*name) repeats a node: refused, so no file can expand itself
        problems.append(
            Problem(shown, line, "an alias ('*name') repeats another part of the file", "write the value out")
        )
        return None
    seen.add(id(node))
    if node.tag not in STANDARD_TAGS:
        problems.append(
            Problem(shown, line, f"the tag '{node.tag}' is not allowed in a data file", "remove the tag")
        )
        return None
    if isinstance(node, yaml.MappingNode):
        result = LineDict()
        result.line, result.key_lines = line, {}
        for key_node, value_node in node.value:
            key = _value(key_node, shown, problems, seen)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                problems.append(
                    Problem(shown, key_line, f"the key {key!r} is not text", "write keys as plain words")
                )
                continue
            if key in result:
                problems.append(
                    Problem(
                        shown,
                        key_line,
                        f"'{key}' is given twice (first at line {result.key_lines[key]})",
                        "keep one of them: YAML would silently use the last",
                    )
                )
                continue
            result[key] = _value(value_node, shown, problems, seen)
            result.key_lines[key] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        items = LineList()
        items.line, items.item_lines = line, []
        for item in node.value:
            items.append(_value(item, shown, problems, seen))
            items.item_lines.append(item.start_mark.line + 1)
        return items
    try:
        return yaml.SafeLoader("").construct_object(node, deep=True)
    except yaml.YAMLError as error:
        problems.append(Problem(shown, line, f"cannot read the value ({error})", "write it as plain text"))
        return None


# -- type checks ---------------------------------------------------------------------------------

KINDS = {str: "text", bool: "true or false", int: "a whole number", list: "a list", dict: "a mapping"}


def expect(value: Any, kind: type, shown: str, line: int, what: str, problems: list[Problem]) -> bool:
    """Whether ``value`` is of ``kind`` (``bool`` is not a number, text is not empty); else a problem."""
    ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
    if ok and kind is str and not value.strip():
        ok = False
    if not ok:
        problems.append(
            Problem(
                shown,
                line,
                f"{what} must be {KINDS.get(kind, kind.__name__)}, not {_describe(value)}",
                _fix(kind),
            )
        )
    return ok


def expect_texts(value: Any, shown: str, line: int, what: str, problems: list[Problem]) -> bool:
    """Whether ``value`` is a list of non-empty texts."""
    if not expect(value, list, shown, line, what, problems):
        return False
    lines = getattr(value, "item_lines", [line] * len(value))
    return all(expect(item, str, shown, at, f"each of {what}", problems) for item, at in zip(value, lines))


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return f"'{value}'" if value.strip() else "empty text"
    if isinstance(value, (datetime.date, int, float)):
        return str(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _fix(kind: type) -> str:
    return {
        bool: "write true or false without quotes",
        list: "write a list: [a, b] or one '- item' per line",
        str: "write the text (quote it if it starts with a special character)",
        dict: "write 'key: value' lines",
        int: "write a number without quotes",
    }.get(kind, "correct the value")
