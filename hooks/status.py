"""MkDocs hook: the translation status page and the aligned-data exports (JSON, TMX).

Computed once per build from the same units and review states the pages use
(:class:`edition.engine.Edition`).
"""

from __future__ import annotations

import json

from mkdocs.structure.files import File

from edition.engine import edition_for
from edition.exports import pairs_json, pairs_tmx
from edition.site import unit_labels
from edition.status import status_markdown


def on_files(files, config):
    edition = edition_for(config)
    data = pairs_json(edition.units, edition.states, edition.export)
    files.append(File.generated(config, "pairs.json", content=json.dumps(data, ensure_ascii=False, indent=1)))
    files.append(
        File.generated(config, "pairs.tmx", content=pairs_tmx(edition.units, edition.states, edition.export))
    )
    return files


def on_page_markdown(markdown, page, config, files):
    edition = edition_for(config)
    if page.file.src_uri != edition.config.pages.status:
        return markdown
    labels = unit_labels(edition.units, edition.titles)
    return (
        markdown
        + "\n"
        + status_markdown(edition.units, edition.states, edition.titles, edition.records, labels)
    )
