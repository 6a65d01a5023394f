"""The edition's pages as a whole: every unit of every page, checked together."""

from __future__ import annotations

from pathlib import Path

from edition.document import Problem, Unit, check_unique_ids, parse_page


def load_units(docs: Path, pages: list[str] | None = None) -> tuple[list[Unit], list[Problem]]:
    """All units of the given pages (default: every ``.md`` under ``docs``), in order.

    Paths in units and problems are relative to the project root (``docs/...``).
    """
    names = pages if pages is not None else sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    units: list[Unit] = []
    problems: list[Problem] = []
    for name in names:
        text = (docs / name).read_text(encoding="utf-8")
        page_units, page_problems = parse_page(text, f"{docs.name}/{name}")
        units.extend(page_units)
        problems.extend(page_problems)
    return units, problems + check_unique_ids(units)


def section_titles(nav: list | None) -> dict[str, str]:
    """``{"docs/i-3.md": "I.3", ...}`` from the ``nav`` of mkdocs.yml (the labels readers see)."""
    titles: dict[str, str] = {}
    for item in nav or []:
        if isinstance(item, dict):
            for title, target in item.items():
                if isinstance(target, str):
                    titles[f"docs/{target}"] = title
    return titles
