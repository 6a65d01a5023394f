"""MkDocs hook: the bilingual text (pairs, headings, text box, printed notes, citations).

Thin by design. The extensions are listed under ``markdown_extensions:``; this
hook hands them the build's data (:class:`edition.engine.Edition`, loaded once
per build) and the current page, stops the build on structural errors
(``file:line``), and reports review and citation problems as warnings (which
fail ``mkdocs build --strict``).
"""

from __future__ import annotations

import os

from mkdocs.plugins import get_plugin_logger

from edition.citations import unknown_citation_problems, units_citing_unknown
from edition.config import template_data
from edition.engine import PREVIEW, edition_for
from edition.problems import ERROR, report, stop
from edition.review import review_problems

log = get_plugin_logger("edition")


def on_startup(command, dirty):
    """Under ``mkdocs serve`` the preview answers with the errors on the page, never hangs."""
    if command == "serve":
        os.environ[PREVIEW] = "1"


def on_config(config):
    edition_for(config).configure(config)
    return config


def on_files(files, config):
    edition = edition_for(config)
    problems = edition.unit_problems + edition.content_problems
    if problems:
        if not edition.preview:
            raise stop(problems, "The edition's pages have errors")
        for problem in problems:
            log.info(str(problem))
            edition.errors.append((problem.path.split("/", 1)[1], str(problem)))
    # one error per cause: a unit citing an unknown key is reported for that, not also as stale or revised
    unknown = units_citing_unknown(edition.units, set(edition.references))
    for problem in review_problems(edition.units, edition.records, edition.shown("review"), unknown):
        # a revised translation awaits its second reading: shown, but it does not fail --strict
        report(log, problem, "warning" if problem.severity == ERROR else "info")
    bib = edition.shown("bibliography")
    for problem in unknown_citation_problems(edition.docs, set(edition.references), bib):
        report(log, problem)
    return files


def on_page_context(context, page, config, nav):
    """Templates get the edition's languages (layout control, the Cite panel's metadata) and the
    text face's files with a version that changes with them (the head script's cache flag)."""
    edition = edition_for(config)
    context["edition_meta"] = {
        **(config.extra.get("edition") or {}),
        **template_data(edition.config),
    }
    files, version = edition.fonts(config)
    context["edition_fonts"] = {"files": files, "version": version} if files else None
    return context


def on_page_markdown(markdown, page, config, files):
    edition = edition_for(config)
    edition.begin_page(config, page.file.src_uri)
    if page.file.src_uri in edition.text_pages:
        page.meta.setdefault("bilingual", True)
        page.meta.setdefault("hide", ["navigation", "toc"])  # the two columns take the width
    banner = edition.banner(page.file.src_uri)
    if banner and any(where == page.file.src_uri for where, _ in edition.errors):
        # the page itself is broken: show the errors and its source, not a half-rendered page
        import html

        return banner + f"<pre><code>{html.escape(markdown)}</code></pre>\n"
    return banner + markdown
