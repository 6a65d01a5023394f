"""The self-hosted text face covers every letter, digit and punctuation mark the edition shows, and stays small."""

import re
import unicodedata
from html import unescape

from fontTools.ttLib import TTFont

from support import ROOT

FONTS = ROOT / "docs" / "assets" / "fonts"


def test_fonts_are_small_woff2_files():
    files = sorted(FONTS.glob("*.woff2"))
    assert len(files) == 3
    assert sum(f.stat().st_size for f in files) <= 80 * 1024
    assert all(f.read_bytes()[:4] == b"wOF2" for f in files)


def test_regular_face_covers_the_text_of_every_page(built_site):
    covered = set(TTFont(FONTS / "source-serif-4-400.woff2").getBestCmap())
    missing = {}
    for page in built_site.site.rglob("*.html"):
        article = page.read_text(encoding="utf-8").split("<article", 1)[-1].split("</article>", 1)[0]
        text = unescape(re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", " ", article, flags=re.S))
        for char in set(text):
            # letters, digits and punctuation must come from the text face; symbols (arrows) may fall back
            if unicodedata.category(char)[0] in "LNP" and ord(char) not in covered:
                missing.setdefault(char, page.relative_to(built_site.site).as_posix())
    assert missing == {}, f"characters without a glyph (re-run scripts/subset_fonts.py): {missing}"
