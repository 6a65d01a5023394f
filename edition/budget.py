"""What a reader's browser fetches on a first visit to a page, and its compressed size.

Read from the built page with an HTML parser (never a regex over HTML): the page itself, its
stylesheets, its scripts, its icon, and Material's sitemap when instant navigation is on. The
search index and the search worker are not in the list: the page holds both until the reader
first opens the search (overrides/main.html); the browser test ``test_first_visit.py`` checks
that the list is what the browser really fetches. Fonts are counted apart (their own budget).
"""

from __future__ import annotations

import gzip
import json
import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

BUDGET_KIB = 100
"""A text page's first visit without fonts, gzip-compressed (issue 15)."""


class _Resources(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str]] = []  # (kind, url)
        self._config = False
        self.config_text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rel = (a.get("rel") or "").split()
        if tag == "link" and "stylesheet" in rel and a.get("href"):
            self.urls.append(("css", a["href"]))
        elif tag == "link" and "icon" in rel and a.get("href"):
            self.urls.append(("icon", a["href"]))
        elif tag == "link" and "preload" in rel and a.get("href"):
            self.urls.append(("font" if a.get("as") == "font" else "preload", a["href"]))
        elif tag == "script" and a.get("src"):
            self.urls.append(("js", a["src"]))
        self._config = tag == "script" and a.get("id") == "__config"

    def handle_data(self, data):
        if self._config:
            self.config_text += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._config = False


@dataclass(frozen=True)
class Item:
    path: str  # site-relative, e.g. "assets/edition.css" or "i-3/index.html"
    kind: str
    gzip_bytes: int


def _gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


def first_visit(site: Path, page: str) -> list[Item]:
    """The files a first visit to ``page`` ("i-3/") fetches, with their gzip sizes; each once."""
    html_path = site / page / "index.html"
    parser = _Resources()
    parser.feed(html_path.read_text(encoding="utf-8"))
    items = [Item(f"{page}index.html", "html", _gzip_size(html_path))]
    seen = {items[0].path}
    for kind, url in parser.urls:
        if "://" in url or url.startswith(("//", "data:")):
            continue  # third-party requests are another test's concern (there are none)
        path = posixpath.normpath(posixpath.join(page, url.split("#")[0].split("?")[0]))
        if path not in seen and (site / path).is_file():
            seen.add(path)
            items.append(Item(path, kind, _gzip_size(site / path)))
    config = json.loads(parser.config_text or "{}")
    if "navigation.instant" in config.get("features", []) and (site / "sitemap.xml").is_file():
        items.append(Item("sitemap.xml", "sitemap", _gzip_size(site / "sitemap.xml")))
    return items


def breakdown(items: list[Item]) -> str:
    rows = sorted(items, key=lambda item: -item.gzip_bytes)
    return "\n".join(f"  {item.gzip_bytes / 1024:6.1f} KiB  {item.kind:8} {item.path}" for item in rows)
