"""Regenerate the self-hosted text face: Source Serif 4, subset to the characters the edition uses.

Source: the npm package @fontsource/source-serif-4 (SIL Open Font License 1.1), files
``source-serif-4-latin-{400-normal,400-italic,600-normal}.woff2``.  Run after adding
text with characters outside the current subset (tests/build/test_fonts.py tells):

    npm pack @fontsource/source-serif-4@5.3.1 && tar xzf fontsource-source-serif-4-5.3.1.tgz
    pip install fonttools==4.68.0 brotli
    python scripts/subset_fonts.py package/files site

``site`` is a built site (mkdocs build -d site): every character of its pages is kept,
plus printable ASCII and the Latin-1 letters, so small edits need no new subset.
"""

from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

from fontTools import subset

FACES = {
    "400-normal": "source-serif-4-400.woff2",
    "400-italic": "source-serif-4-400-italic.woff2",
    "600-normal": "source-serif-4-600.woff2",
}
OUT = Path(__file__).resolve().parents[1] / "docs" / "assets" / "fonts"


def characters(site: Path) -> set[str]:
    used = {chr(c) for c in range(0x20, 0x7F)} | {chr(c) for c in range(0xA0, 0x100)}
    for page in site.rglob("*.html"):
        text = unescape(re.sub(r"<[^>]+>", " ", page.read_text(encoding="utf-8")))
        used |= set(text)
    return {c for c in used if c.isprintable()}


def main(source: Path, site: Path) -> None:
    text = "".join(sorted(characters(site)))
    for face, target in FACES.items():
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["kern", "liga", "onum", "pnum", "lnum", "smcp", "c2sc"]
        font = subset.load_font(str(source / f"source-serif-4-latin-{face}.woff2"), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        subset.save_font(font, str(OUT / target), options)
        print(target, (OUT / target).stat().st_size)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
