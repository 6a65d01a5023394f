"""MkDocs hook: the translation status page and the aligned-data exports (JSON, TMX).

Computed once per build from the same units and review records the pages use.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.structure.files import File

from edition.exports import pairs_json, pairs_tmx
from edition.review import load_records, state_of
from edition.site import load_units, section_titles
from edition.status import status_markdown

PAGE = "translation-status.md"
_STATE: dict = {}


def on_files(files, config):
    root = Path(config.config_file_path).parent
    units, _ = load_units(Path(config.docs_dir))
    records = load_records(root / "data" / "review.yaml")
    states = {u.id: state_of(u, records) for u in units}
    titles = section_titles(config.nav)
    _STATE.update(units=units, states=states, titles=titles)
    base = config.site_url or "/"
    files.append(
        File.generated(
            config,
            "pairs.json",
            content=json.dumps(pairs_json(units, states, titles, base), ensure_ascii=False, indent=1),
        )
    )
    files.append(File.generated(config, "pairs.tmx", content=pairs_tmx(units, states, titles)))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri != PAGE:
        return markdown
    return markdown + "\n" + status_markdown(_STATE["units"], _STATE["states"], _STATE["titles"])
