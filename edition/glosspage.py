"""The glossary page (Markdown) and its machine-readable copy (JSON)."""

from __future__ import annotations


from edition.bibpage import unit_anchor
from edition.document import Unit, plain
from edition.glossary import Entry, Matcher, sorted_entries
from edition.markdown import literal


def occurrences(entries: list[Entry], units: list[Unit], matcher: Matcher) -> dict[str, list[Unit]]:
    """Entry id -> the units whose Danish contains one of its forms, in reading order."""
    found: dict[str, list[Unit]] = {e.id: [] for e in entries}
    for unit in units:
        text = plain(unit.danish)
        for match in matcher.pattern.finditer(text):
            hits = found[matcher.entry_for(match.group(0)).id]
            if unit not in hits:
                hits.append(unit)
    return found


def entry_markdown(
    entry: Entry, where: list[Unit], labels: dict[str, str], ids: dict[str, str], lang: str = "da"
) -> str:
    """One entry; every value from the data file is written as literal text (never markup)."""
    forms = "*" + ", ".join(literal(f) for f in entry.forms) + f"*{{ lang={lang} }}"
    lines = [
        f"## {literal(entry.headword)} {{ #{entry.id} lang={lang} }}",
        "",
        f"**{literal(entry.english)}**  ",
        literal(entry.explanation),
        "",
        f"Forms: {forms}.",
    ]
    # the forms, cross-references and occurrences are for reading, not for search (the index keeps
    # the headword, the English and the explanation)
    if entry.related:
        related = ", ".join(
            f"[*{literal(r)}*{{ lang={lang} }}](#{ids[r.casefold()]})"
            for r in entry.related
            if r.casefold() in ids
        )
        lines[-1] += f"  \nRelated: {related}."
    if where:
        links = ", ".join(f"[{literal(labels.get(u.id, u.id))}]({unit_anchor(u)})" for u in where)
        lines[-1] += f"  \nOccurs in: {links}."
    elif entry.crossref:
        lines[-1] += "  \nCross-reference entry: the term is not itself in the text."
    lines.append("{: .glossary-entry__details data-search-exclude }")
    return "\n".join(lines) + "\n"


def glossary_markdown(
    entries: list[Entry], where: dict[str, list[Unit]], labels: dict[str, str], lang: str = "da"
) -> str:
    ids = {e.headword.casefold(): e.id for e in entries}
    return "\n".join(
        entry_markdown(e, where.get(e.id, []), labels, ids, lang) for e in sorted_entries(entries)
    )


def glossary_json(entries: list[Entry], where: dict[str, list[Unit]]) -> dict:
    """The glossary as data, for CAT tools and reuse."""
    return {
        "entries": [
            {
                "id": e.id,
                "headword": e.headword,
                "forms": e.forms,
                "english": e.english,
                "english_forms": e.renderings,
                "explanation": e.explanation,
                "related": e.related,
                "occurs_in": [u.id for u in where.get(e.id, [])],
            }
            for e in sorted_entries(entries)
        ]
    }
