"""``CITATION.cff`` from the edition's record (GitHub's "Cite this repository" reads it).

python -m edition.cff            # rewrites CITATION.cff beside mkdocs.yml
python -m edition.cff --check    # exits 1 if the committed file is out of date

The file describes the repository (the edition: translation, notes, data and code) and, as its
``preferred-citation``, the printed text with its translation, exactly as the Cite panel does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from edition.metadata import Edition, Name, load_edition

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = {"da": "da", "en": "en"}


def _person(name: Name) -> dict:
    if name.literal:
        return {"name": name.literal}
    return {"family-names": name.family, "given-names": name.given}


def citation_cff(edition: Edition, repository: str = "") -> str:
    """The CFF 1.2.0 document as YAML text."""
    c = edition.container
    preferred = {
        "type": "generic",
        "title": edition.title_da,
        "authors": [_person(a) for a in edition.authors],
        "year": int(edition.print_year),
        "collection-title": c.display_title,
        "collection-type": "book",
        "editors": [_person(e) for e in c.editors],
        "translators": [_person(t) for t in edition.translators],
        "languages": [edition.print_language, edition.translation_language],
        "medium": edition.medium,
        "version": edition.version,
        "date-released": edition.date,
        "url": edition.site_url,
        "license": edition.translation_licence.spdx,
    }
    if c.publisher:
        preferred["publisher"] = {"name": c.publisher}
    if c.incomplete_note:
        preferred["notes"] = c.incomplete_note
    document = {
        "cff-version": "1.2.0",
        "message": "If you use this edition, please cite it as below (the preferred citation).",
        "type": "dataset",
        "title": edition.site_name,
        "authors": [_person(t) for t in edition.translators],
        "version": edition.version,
        "date-released": edition.date,
        "license": [edition.translation_licence.spdx, edition.code_licence.spdx],
        "url": edition.site_url,
        "abstract": f"{edition.medium}: {edition.title_da} ({edition.title_en}), by "
        + " and ".join(a.display for a in edition.authors)
        + f", {edition.print_year}.",
        "preferred-citation": preferred,
    }
    if repository:
        document["repository-code"] = repository
    header = "# Generated from data/edition.yaml and bibliography/edition.bib by `python -m edition.cff`; do not edit.\n"
    return header + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)


def project_edition(root: Path = ROOT) -> tuple[Edition, str]:
    """The edition's record with the site's name, address and repository from mkdocs.yml."""
    from mkdocs.config import load_config

    config = load_config(str(root / "mkdocs.yml"))
    return load_edition(root, config.site_url or "", config.site_name), config.repo_url or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.cff", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if CITATION.cff is out of date")
    args = parser.parse_args(argv)
    edition, repository = project_edition()
    text = citation_cff(edition, repository)
    path = ROOT / "CITATION.cff"
    if args.check:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print("CITATION.cff is out of date; run: python -m edition.cff", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
