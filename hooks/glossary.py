"""MkDocs hook: glossary tooltips on Danish terms, the glossary page and glossary.json.

The data is ``data/glossary.yaml``; the matching and marking live in
``edition.glossary`` and ``edition.tooltips``.  Broken data aborts the build
with ``file:line``; an entry that occurs nowhere (or a form hiding inside a
longer word) is a warning, which fails ``--strict``.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from edition.glossary import read_glossary, usage_problems
from edition.glosspage import glossary_json, glossary_markdown, occurrences
from edition.site import load_units, section_titles
from edition.tooltips import TermMarker

log = get_plugin_logger("glossary")
PAGE = "glossary.md"
DATA = Path("data") / "glossary.yaml"
_STATE: dict = {}


def on_config(config):
    path = Path(config.config_file_path).parent / DATA
    if not path.exists():
        _STATE.clear()
        return config
    entries, problems = read_glossary(path)
    if problems:
        raise PluginError("The glossary has errors:\n  " + "\n  ".join(problems))
    _STATE.update(entries=entries, marker=TermMarker(entries))
    return config


def on_files(files, config):
    if not _STATE:
        return files
    units, _ = load_units(Path(config.docs_dir))
    _STATE["occurrences"] = occurrences(_STATE["entries"], units, _STATE["marker"].matcher)
    danish = "\n".join(u.danish for u in units)
    for problem in usage_problems(_STATE["entries"], danish, DATA.as_posix()):
        log.warning(problem)
    data = glossary_json(_STATE["entries"], _STATE["occurrences"])
    files.append(
        File.generated(config, "glossary.json", content=json.dumps(data, ensure_ascii=False, indent=1))
    )
    return files


def on_page_markdown(markdown, page, config, files):
    if _STATE and page.file.src_uri == PAGE:
        titles = section_titles(config.nav)
        return markdown + "\n" + glossary_markdown(_STATE["entries"], _STATE["occurrences"], titles)
    return markdown


def on_page_content(html, page, config, files):
    if not _STATE or not page.meta.get("bilingual"):
        return html
    glossary = files.get_file_from_path(PAGE)
    return _STATE["marker"].mark(html, get_relative_url(glossary.url, page.url)).html
