"""The edition's pages as a whole: every unit of every page, checked together."""

from __future__ import annotations

from pathlib import Path

from edition.config import Ids
from edition.document import Problem, Unit, check_unique_ids, parse_page


def load_units(
    docs: Path, pages: list[str] | None = None, ids: Ids | None = None
) -> tuple[list[Unit], list[Problem]]:
    """All units of the given pages (default: every ``.md`` under ``docs``), in order.

    Paths in units and problems are relative to the project root (``docs/...``).
    """
    names = pages if pages is not None else sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    units: list[Unit] = []
    problems: list[Problem] = []
    for name in names:
        text = (docs / name).read_text(encoding="utf-8")
        page_units, page_problems = parse_page(text, f"{docs.name}/{name}", ids)
        units.extend(page_units)
        problems.extend(page_problems)
    return units, problems + check_unique_ids(units)


def section_titles(nav: list | dict | None, docs_name: str = "docs") -> dict[str, str]:
    """``{"docs/i-3.md": "I.3", ...}``: each page's label in the ``nav`` (nested sections included),
    keyed the way units name their page (the docs folder's name, then the path under it)."""
    titles: dict[str, str] = {}
    items = nav.items() if isinstance(nav, dict) else ((None, item) for item in nav or [])
    for title, target in items:
        if isinstance(target, str) and title:
            titles[f"{docs_name}/{target}"] = title
        elif isinstance(target, (list, dict)):
            titles.update(section_titles(target, docs_name))
    return titles


def nav_pages(nav: list | dict | str | None) -> list[str]:
    """Every page of a ``nav`` (nested sections included), in reading order."""
    if isinstance(nav, str):
        return [nav] if nav.endswith(".md") else []
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in nav_pages(value)]
    return [page for item in nav or [] for page in nav_pages(item)]


def text_pages(docs: Path, nav: list | None = None) -> list[str]:
    """The pages that hold bilingual units, in navigation order (then by name)."""
    order = {page: index for index, page in enumerate(nav_pages(nav))}
    names = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    with_units = [name for name in names if parse_page((docs / name).read_text(encoding="utf-8"), name)[0]]
    return sorted(with_units, key=lambda name: (order.get(name, len(order)), name))


def site_nav(root: Path) -> list | None:
    """The ``nav`` of the project's ``mkdocs.yml`` (read the way MkDocs reads it)."""
    from mkdocs.config import load_config

    return load_config(str(root / "mkdocs.yml")).nav


def unit_labels(units: list[Unit], titles: dict[str, str]) -> dict[str, str]:
    """How readers name each unit: its section and place (``I.3, paragraph 4``; ``I.3, note 4``)."""
    labels: dict[str, str] = {}
    counts: dict[str, int] = {}
    for unit in units:
        section = titles.get(unit.path, unit.page)
        if unit.kind == "pair":
            counts[unit.path] = counts.get(unit.path, 0) + 1
            labels[unit.id] = f"{section}, paragraph {counts[unit.path]}"
        elif unit.kind == "note":
            labels[unit.id] = f"{section}, note {unit.label}"
        elif unit.kind == "textbox":
            labels[unit.id] = f"{section}, text box"
        else:
            labels[unit.id] = f"{section}, heading"
    return labels
