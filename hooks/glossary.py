"""MkDocs hook: glossary tooltips on the source-language terms, the glossary page and glossary.json.

The data is the glossary file (``extra.edition.paths.glossary``), read once per
build (:class:`edition.engine.Edition`); the terms are marked in the pages by the
``edition.tooltips`` Markdown extension (on the element tree), which the engine
configures.  Broken data aborts the build
with ``file:line``; an entry that occurs nowhere (or a form hiding inside a
longer word) is a warning, which fails ``--strict``.
"""

from __future__ import annotations

import json

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from edition.engine import edition_for
from edition.glossary import usage_problems
from edition.glosspage import glossary_json, glossary_markdown, occurrences
from edition.site import unit_labels

log = get_plugin_logger("glossary")


def _occurrences(edition) -> dict:
    return edition._once(
        "term_occurrences",
        lambda: occurrences(edition.glossary, edition.units, edition.compiled_glossary.matcher),
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
    labels = unit_labels(edition.units, edition.titles)
    lang = edition.config.languages.source.code
    return markdown + "\n" + glossary_markdown(edition.glossary, _occurrences(edition), labels, lang)
