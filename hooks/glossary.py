"""MkDocs hook: glossary tooltips on the source-language terms, the glossary page and glossary.json.

The data is the glossary file (``extra.edition.paths.glossary``), read once per
build (:class:`edition.engine.Edition`); the matching and marking live in
``edition.glossary`` and ``edition.tooltips``.  Broken data aborts the build
with ``file:line``; an entry that occurs nowhere (or a form hiding inside a
longer word) is a warning, which fails ``--strict``.
"""

from __future__ import annotations

import json

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from edition.engine import edition_for
from edition.glossary import usage_problems
from edition.glosspage import glossary_json, glossary_markdown, occurrences
from edition.tooltips import TermMarker

log = get_plugin_logger("glossary")


def _marker(edition) -> TermMarker:
    return edition._once("term_marker", lambda: TermMarker(edition.glossary))


def _occurrences(edition) -> dict:
    return edition._once(
        "term_occurrences", lambda: occurrences(edition.glossary, edition.units, _marker(edition).matcher)
    )


def on_files(files, config):
    edition = edition_for(config)
    if edition.glossary is None:
        return files
    danish = "\n".join(u.danish for u in edition.units)
    for problem in usage_problems(edition.glossary, danish, edition.shown("glossary")):
        log.warning(problem)
    data = glossary_json(edition.glossary, _occurrences(edition))
    files.append(
        File.generated(config, "glossary.json", content=json.dumps(data, ensure_ascii=False, indent=1))
    )
    return files


def on_page_markdown(markdown, page, config, files):
    edition = edition_for(config)
    if edition.glossary is None or page.file.src_uri != edition.config.pages.glossary:
        return markdown
    return markdown + "\n" + glossary_markdown(edition.glossary, _occurrences(edition), edition.titles)


def on_page_content(html, page, config, files):
    edition = edition_for(config)
    if edition.glossary is None or not page.meta.get("bilingual"):
        return html
    glossary = files.get_file_from_path(edition.config.pages.glossary)
    return _marker(edition).mark(html, get_relative_url(glossary.url, page.url)).html
