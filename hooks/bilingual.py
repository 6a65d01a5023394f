"""MkDocs hook: the bilingual text (pairs, headings, text box, printed notes, citations).

Thin by design: the logic lives in the ``edition`` package.  This hook
registers the Markdown extensions, checks every page's structure before
rendering (``file:line`` errors abort the build), and reports review and
citation problems as warnings (which fail ``mkdocs build --strict``).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from edition.bibliography import load_bibliography
from edition.citations import citation_links
from edition.markdown import extensions
from edition.review import load_records, review_problems, state_of
from edition.site import load_units

log = get_plugin_logger("edition")

# -- shared state, filled anew on every (re)build -------------------------------
REVIEW: dict[str, str] = {}
REFERENCES: dict[str, str] = {}
_EXTENSIONS: list = []


def on_config(config):
    root = Path(config.config_file_path).parent
    REVIEW.clear()
    REFERENCES.clear()
    bibliography = load_bibliography(root / "bibliography" / "edition.bib", root / ".cache" / "edition")
    REFERENCES.update({key: entry.plain for key, entry in bibliography.items()})
    report = ""
    if config.repo_url:
        report = (
            config.repo_url.rstrip("/") + "/issues/new?template=translation-problem.yml"
            "&title=Paragraph+{pair}&labels=translation&pair={pair}&page={page}"
        )
    _EXTENSIONS[:] = extensions(REVIEW, REFERENCES, report)
    config.markdown_extensions.extend(_EXTENSIONS)
    return config


def on_files(files, config):
    root = Path(config.config_file_path).parent
    docs = Path(config.docs_dir)
    units, problems = load_units(docs)
    if problems:
        raise PluginError("The edition's pages have errors:\n  " + "\n  ".join(map(str, problems)))
    records = load_records(root / "data" / "review.yaml")
    for unit in units:
        REVIEW[unit.id] = state_of(unit, records)
    for problem in review_problems(units, records):
        log.warning(str(problem))
    for problem in unknown_citations(docs):
        log.warning(problem)
    return files


def on_page_markdown(markdown, page, config, files):
    bilingual = "/// pair" in markdown
    page.meta.setdefault("bilingual", bilingual)
    if bilingual:  # give the two columns the whole width; pages are reached by the tabs
        page.meta.setdefault("hide", ["navigation", "toc"])
    blocks = _EXTENSIONS[0]
    blocks.setConfig("page", page.file.src_uri)
    return markdown


def unknown_citations(docs: Path) -> list[str]:
    """``file:line`` messages for citation links whose key is not in the .bib."""
    messages = []
    for path in sorted(docs.rglob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for text, key in citation_links(line):
                if key not in REFERENCES:
                    messages.append(
                        f"{docs.name}/{path.relative_to(docs).as_posix()}:{number}: citation "
                        f"'[{text}](cite:{key})' uses the key '{key}', which is not in "
                        "bibliography/edition.bib; correct the key or add the entry to the .bib"
                    )
    return messages
