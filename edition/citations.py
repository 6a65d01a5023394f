"""Citations written as ordinary links: ``[Nielsen et al. 2005](cite:nielsen-etal-2005)``.

The visible text stays exactly as printed; this treeprocessor turns the
``cite:`` target into a link to the entry on the bibliography page (a
``.md`` link, so MkDocs resolves it and validates the anchor), with the
formatted reference as its hover and focus text.  Unknown keys are recorded
on ``md.edition_unknown_citations`` for the hook to report with file and line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

CITE_SCHEME = "cite:"
CITE_LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\(cite:(?P<key>[^()\[\]\s]+)\)")
"""A citation link in Markdown source (used to index and check sources)."""


def citation_links(markdown: str) -> list[tuple[str, str]]:
    """All ``(visible text, key)`` citation links in a Markdown string, in order."""
    return [(m.group("text"), m.group("key")) for m in CITE_LINK.finditer(markdown)]


class CitationTreeprocessor(Treeprocessor):
    """Rewrites ``cite:`` links to the bibliography page."""

    def __init__(self, md, references: dict[str, str], target: str):
        super().__init__(md)
        self.references = references
        self.target = target

    def run(self, root: etree.Element) -> None:
        unknown: list[str] = []
        for a in root.iter("a"):
            href = a.get("href", "")
            if not href.startswith(CITE_SCHEME):
                continue
            key = href[len(CITE_SCHEME) :]
            a.set("class", "citation")
            a.set("data-cite", key)
            if key in self.references:
                a.set("href", f"{self.target}#{key}")
                a.set("title", self.references[key])
            else:  # reported once, by the hook, with file:line; no link to a missing entry
                unknown.append(key)
                a.tag = "span"
                a.attrib.pop("href", None)
                a.set("class", "citation citation--unknown")
        self.md.edition_unknown_citations = unknown


class CitationExtension(Extension):
    """``references``: key -> formatted reference; ``target``: bibliography page."""

    def __init__(self, **kwargs):
        self.config = {
            "references": [{}, "citation key -> formatted reference (plain text)"],
            "target": ["bibliography.md", "the bibliography page, relative to the pages"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:
        md.edition_unknown_citations = []
        processor = CitationTreeprocessor(md, self.getConfig("references"), self.getConfig("target"))
        md.treeprocessors.register(processor, "edition_citations", 12)


def makeExtension(**kwargs):  # noqa: N802 (Python-Markdown's name)
    return CitationExtension(**kwargs)


def unknown_citation_problems(docs, known: set[str], bib_name: str, severity: str = "error") -> list:
    """A problem (``file:line``) for each citation link whose key is not in the bibliography."""
    from edition.problems import Problem

    problems = []
    for path in sorted(docs.rglob("*.md")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for text, key in citation_links(line):
                if key not in known:
                    problems.append(
                        Problem(
                            f"{docs.name}/{path.relative_to(docs).as_posix()}",
                            number,
                            f"citation '[{text}](cite:{key})' uses the key '{key}', which is not in {bib_name}",
                            f"correct the key or add the entry to {bib_name}",
                            severity,
                        )
                    )
    return problems


def units_citing_unknown(units, known: set[str]) -> set[str]:
    """Ids of the units that cite a key the bibliography lacks (their one error is that citation)."""
    return {
        u.id for u in units if any(key not in known for part in u.parts for _, key in citation_links(part))
    }
