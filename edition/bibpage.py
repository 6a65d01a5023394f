"""The bibliography page, written as Markdown from the formatted references."""

from __future__ import annotations

from edition.bibliography import Reference, describe_missing
from edition.citations import citation_links
from edition.collation import danish_key
from edition.document import Unit
from edition.markdown import literal
from edition.site import unit_labels


def citing_units(units: list[Unit]) -> dict[str, list[Unit]]:
    """Citation key -> the units whose Danish cites it, in reading order."""
    index: dict[str, list[Unit]] = {}
    for unit in units:
        for _text, key in citation_links(unit.danish):
            if unit not in index.setdefault(key, []):
                index[key].append(unit)
    return index


def unit_anchor(unit: Unit) -> str:
    """The link target of a unit from a page at the docs root (footnotes link to the note)."""
    return f"{unit.page}#{unit.anchor}"


def entry_markdown(ref: Reference, citing: list[Unit], labels: dict[str, str]) -> str:
    """One entry: reference, incomplete marker, back-links; ``{#key}`` anchor."""
    parts = [ref.markdown]
    if ref.incomplete:
        missing = describe_missing(ref.missing) if ref.missing else "details"
        parts.append(f"  \n**Incomplete record**: not yet confirmed: {missing}.")
    if citing:
        links = ", ".join(f"[{literal(labels.get(u.id, u.id))}]({unit_anchor(u)})" for u in citing)
        parts.append(f"  \nCited in: {links}.")
    css = ".bib-entry .bib-entry--incomplete" if ref.incomplete else ".bib-entry"
    return "".join(parts) + f"\n{{: #{ref.key} {css} }}\n"


def bibliography_markdown(
    refs: dict[str, Reference], units: list[Unit], titles: dict[str, str], skip: frozenset[str] = frozenset()
) -> str:
    """All entries sorted by author and year (Danish order)."""
    index = citing_units(units)
    ordered = sorted((r for k, r in refs.items() if k not in skip), key=lambda r: danish_key(r.plain))
    labels = unit_labels(units, titles)
    return "\n".join(entry_markdown(r, index.get(r.key, []), labels) for r in ordered)
