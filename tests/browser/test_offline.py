"""The offline copy works from file://: layout control, tooltips and search, with no request elsewhere."""

import zipfile

import pytest
from playwright.sync_api import expect

from edition.offline import build_offline, zip_folder
from support import ROOT


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    folder = build_offline(ROOT, tmp_path_factory.mktemp("offline") / "site-offline")
    return folder


def test_zip_holds_the_whole_copy(offline_site, tmp_path):
    archive = zip_folder(offline_site, tmp_path / "site-offline.zip")
    names = zipfile.ZipFile(archive).namelist()
    assert "site-offline/i-3.html" in names and "site-offline/search/search_index.js" in names
    assert "site-offline/assets/vendor/iframe-worker/shim.js" in names
    assert "site-offline/edition.xml" in names and "site-offline/cite/edition.bib" in names


def test_reading_from_file_url(browser, offline_site):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((offline_site / "i-3.html").as_uri())
    page.get_by_label("English only").check()
    assert page.evaluate("document.documentElement.dataset.view") == "target"
    page.get_by_label("Both").check()
    term = page.locator(".pair__source a.term").first
    assert term.get_attribute("href").startswith("glossary.html#term-")
    term.hover()
    assert page.locator("#term-tooltip").is_visible()
    box = page.locator("input.md-search__input")
    box.click()
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Initializing search", timeout=15000)
    box.press_sequentially("ledelsesrum", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    page.keyboard.press("Escape")
    page.get_by_label("(Danish only)").check()
    page.locator("a.md-tabs__link", has_text="I.4").click()
    page.wait_for_url("**/i-4.html")
    page.wait_for_load_state("domcontentloaded")
    assert page.evaluate("document.documentElement.dataset.view") == "source"  # remembered on file:// too
    assert [url for url in requests if not url.startswith("file://")] == []
    context.close()
