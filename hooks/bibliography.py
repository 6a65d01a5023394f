"""MkDocs hook: the bibliography page, the downloadable .bib, and citation coverage.

The references are formatted by ``edition.bibliography`` (mkdocs-bibtex's
pandoc registry, Chicago author-date) once per build (:class:`edition.engine.Edition`);
this hook writes them into the bibliography page at build time, with back-links to
every citing paragraph, and warns (failing ``--strict``) about entries cited nowhere.
"""

from __future__ import annotations

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File

from edition.bibpage import bibliography_markdown
from edition.citations import citation_links
from edition.engine import edition_for

log = get_plugin_logger("bibliography")


def on_files(files, config):
    edition = edition_for(config)
    if not edition.path("bibliography").exists():
        return files
    cited = {
        key
        for page in edition.docs.rglob("*.md")
        for _, key in citation_links(page.read_text(encoding="utf-8"))
    }
    bib = edition.shown("bibliography")
    for key, ref in edition.references.items():
        if key not in cited:
            log.warning(
                f"{bib}:{ref.line}: entry '{key}' is cited nowhere in {edition.docs.name}/; "
                f"cite it with [printed text](cite:{key}) or remove the entry"
            )
    name = edition.path("bibliography").name
    files.append(File.generated(config, name, abs_src_path=str(edition.path("bibliography"))))
    return files


def on_page_markdown(markdown, page, config, files):
    edition = edition_for(config)
    if page.file.src_uri != edition.config.pages.bibliography or not edition.references:
        return markdown
    return markdown + "\n" + bibliography_markdown(edition.references, edition.units, edition.titles)
