"""MkDocs hook: the bibliography page, the downloadable .bib, and citation coverage.

The references are formatted by ``edition.bibliography`` (mkdocs-bibtex's
pandoc registry, Chicago author-date); this hook writes them into
``docs/bibliography.md`` at build time, with back-links to every citing
paragraph, and warns (failing ``--strict``) about .bib entries cited nowhere.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from edition.bibliography import load_bibliography
from edition.bibpage import bibliography_markdown
from edition.citations import citation_links
from edition.site import load_units, section_titles

log = get_plugin_logger("bibliography")
PAGE = "bibliography.md"
_STATE: dict = {}


def on_files(files, config):
    root = Path(config.config_file_path).parent
    bib = root / "bibliography" / "edition.bib"
    refs = load_bibliography(bib, root / ".cache" / "edition")
    docs = Path(config.docs_dir)
    units, _ = load_units(docs)
    cited = {
        key for page in docs.rglob("*.md") for _, key in citation_links(page.read_text(encoding="utf-8"))
    }
    for key, ref in refs.items():
        if key not in cited:
            log.warning(
                f"bibliography/edition.bib:{ref.line}: entry '{key}' is cited nowhere in docs/; "
                "cite it with [printed text](cite:" + key + ") or remove the entry"
            )
    _STATE.update(refs=refs, units=units)
    files.append(File.generated(config, "edition.bib", abs_src_path=str(bib)))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri != PAGE:
        return markdown
    titles = section_titles(config.nav)
    return markdown + "\n" + bibliography_markdown(_STATE["refs"], _STATE["units"], titles)
