"""MkDocs hook: what makes the edition citable and interoperable.

Thin by design (the logic is in ``edition.metadata``, ``edition.citeformats`` and
``edition.tei``): reads the edition's record once per build, computes the
CSL-JSON records and their formats (one pandoc run), adds the downloadable files
(``cite/edition.*``, the TEI ``edition.xml``) and hands each page its embedded
metadata and Cite data through the template context (``overrides/main.html``).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from edition.citeformats import chicago, formats
from edition.metadata import (
    EditionDataError,
    PageInfo,
    csl_record,
    dublin_core,
    highwire,
    json_ld,
    load_edition,
    script_json,
)
from edition.engine import edition_for
from edition.tei import tei_document

STYLE = Path("bibliography") / "chicago-author-date.csl"
PAIR = "zqpairzq"
"""Stands for a paragraph's id in a page's template formats (the Cite panel puts the id in)."""


def _state(config) -> dict:
    """This build's citation data, kept on the build's engine (nothing survives between builds)."""
    return edition_for(config)._once("citable", dict)


def on_config(config):
    root = Path(config.config_file_path).parent
    try:
        _state(config)["edition"] = load_edition(root, config.site_url or "", config.site_name)
    except EditionDataError as error:
        raise PluginError(f"The edition's record has errors:\n  {error}") from None
    return config


def _page_url(config, file: File) -> str:
    return (config.site_url or "/") + file.url


def on_files(files, config):
    root = Path(config.config_file_path).parent
    state = _state(config)
    engine = edition_for(config)
    edition = state["edition"]
    units, titles = engine.units, engine.titles
    headings: dict[str, tuple[str, str]] = {}
    records = [csl_record(edition, "edition", config.site_url or "/")]
    pairs: dict[str, list[str]] = {}
    for unit in units:
        file = files.get_file_from_path(unit.page)
        if file is None:
            continue
        src = file.src_uri
        if unit.kind == "heading" and src not in headings:
            headings[src] = (unit.danish, unit.english)
            records.append(
                csl_record(edition, f"page:{src}", _page_url(config, file), titles.get(unit.path, ""))
            )
        if unit.kind == "pair" and src not in pairs:
            # one template per page: the paragraph's formats are the template with its id put in
            records.append(
                csl_record(
                    edition,
                    f"{PAIR}:{src}",
                    f"{_page_url(config, file)}#{PAIR}",
                    titles.get(unit.path, ""),
                    PAIR,
                )
            )
        if unit.kind == "pair":
            records.append(
                csl_record(
                    edition,
                    unit.id,
                    f"{_page_url(config, file)}#{unit.id}",
                    titles.get(unit.path, ""),
                    unit.id,
                )
            )
            pairs.setdefault(src, []).append(unit.id)
    texts = chicago(records, root / STYLE)
    by_id = {r["id"]: formats(r, texts.get(r["id"], "")) for r in records}
    for src in pairs:  # a template's own id (unique per page for the formatter) is the paragraph's
        ident = f"{PAIR}:{src}"
        by_id[ident] = {name: text.replace(ident, PAIR) for name, text in by_id[ident].items()}
    state.update(headings=headings, pairs=pairs, formats=by_id, titles=titles)

    edition_formats = by_id["edition"]
    for name, key in (
        ("edition.bib", "bibtex"),
        ("edition.ris", "ris"),
        ("edition.json", "csl"),
        ("edition.txt", "chicago"),
    ):
        files.append(File.generated(config, f"cite/{name}", content=edition_formats[key]))

    glossary = engine.glossary or []
    xml = tei_document(edition, units, titles, engine.references, glossary, engine.states, root)
    files.append(File.generated(config, "edition.xml", content=xml))
    return files


def _pair_formats(by_id: dict, src: str, pairs: list[str]) -> dict:
    """The paragraphs' formats, sent once: a template and the paragraphs it does not fit.

    A paragraph whose formats are the template's with its id put in (checked here, format by
    format) needs nothing of its own; any other is sent whole, so the panel is never wrong."""
    template = by_id.get(f"{PAIR}:{src}") or {}

    def fits(pair: str) -> bool:
        return (
            bool(template)
            and all(text.replace(PAIR, pair) == by_id[pair].get(name) for name, text in template.items())
            and set(template) == set(by_id[pair])
        )

    return {
        "pair_template": {"token": PAIR, "formats": template},
        "pairs": {pair: True if fits(pair) else by_id[pair] for pair in pairs},
    }


def on_page_context(context, page, config, nav):
    state = _state(config)
    edition = state["edition"]
    src = page.file.src_uri
    section = state["headings"].get(src, ("", ""))
    title = (page.meta or {}).get("title") or page.title or ""
    info = PageInfo(page.canonical_url or _page_url(config, page.file), title, *section)
    context["edition_metadata"] = {
        "highwire": highwire(edition, info),
        "dc": dublin_core(edition, info),
        "jsonld": script_json(json_ld(edition, info)),
    }
    context["edition_release"] = {"version": edition.version, "date": edition.date}
    if src in state["pairs"]:
        by_id = state["formats"]
        label = state["titles"].get(f"{edition_for(config).docs.name}/{src}", page.title)
        cite = {
            "version": edition.version,
            "date": edition.date,
            "scopes": [
                {"id": "page", "label": f"This section ({label})", "formats": by_id.get(f"page:{src}")},
                {"id": "edition", "label": "The whole edition", "formats": by_id["edition"]},
            ],
            **_pair_formats(by_id, src, state["pairs"][src]),
        }
        context["edition_metadata"]["cite"] = script_json(cite)
    return context
