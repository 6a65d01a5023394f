"""MkDocs hook: the bilingual text (pairs, headings, text box, printed notes, citations).

Thin by design. The extensions are listed under ``markdown_extensions:``; this
hook hands them the build's data (:class:`edition.engine.Edition`, loaded once
per build) and the current page, stops the build on structural errors
(``file:line``), and reports review and citation problems as warnings (which
fail ``mkdocs build --strict``).
"""

from __future__ import annotations

from mkdocs.plugins import get_plugin_logger

from edition.citations import unknown_citation_problems
from edition.config import template_data
from edition.engine import edition_for
from edition.problems import ERROR, report, stop
from edition.review import review_problems

log = get_plugin_logger("edition")


def on_config(config):
    edition_for(config).configure(config)
    return config


def on_files(files, config):
    edition = edition_for(config)
    if edition.unit_problems:
        raise stop(edition.unit_problems, "The edition's pages have errors")
    for problem in review_problems(edition.units, edition.records, edition.shown("review")):
        # a revised translation awaits its second reading: shown, but it does not fail --strict
        report(log, problem, "warning" if problem.severity == ERROR else "info")
    bib = edition.shown("bibliography")
    for problem in unknown_citation_problems(edition.docs, set(edition.references), bib):
        report(log, problem)
    return files


def on_page_context(context, page, config, nav):
    """Templates get the edition's languages (layout control, the Cite panel's metadata)."""
    context["edition_meta"] = {
        **(config.extra.get("edition") or {}),
        **template_data(edition_for(config).config),
    }
    return context


def on_page_markdown(markdown, page, config, files):
    edition = edition_for(config)
    edition.begin_page(config, page.file.src_uri)
    if page.file.src_uri in edition.text_pages:
        page.meta.setdefault("bilingual", True)
        page.meta.setdefault("hide", ["navigation", "toc"])  # the two columns take the width
    return markdown
