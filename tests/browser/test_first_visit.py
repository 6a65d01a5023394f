"""What a first visit really fetches: exactly the files the byte budget counts (edition.budget),
no font, and neither the search index nor the search worker until the reader opens the search;
then the search works."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import expect

from edition.budget import first_visit
from support import TEXT_PAGES


def fetched(context, site_url, page_path, settle=0):
    """The same-origin paths requested up to the load event (and ``settle`` ms after it)."""
    urls = []
    tab = context.new_page()
    tab.on("request", lambda request: urls.append(request.url))
    tab.on("load", lambda: urls.append(None))  # events arrive in order: the load event's place
    tab.goto(f"{site_url}/{page_path}", wait_until="load")
    tab.wait_for_timeout(settle)
    urls = urls[: urls.index(None)] if not settle else [u for u in urls if u]
    base = urlsplit(site_url).path.rstrip("/") + "/"
    return tab, {urlsplit(u).path.removeprefix(base) for u in urls if u.startswith(site_url)}, urls


def test_first_visit_fetches_what_the_budget_counts(browser, built_site, site_url):
    for name in TEXT_PAGES:
        context = browser.new_context()  # an empty cache and storage: a first visit
        tab, paths, urls = fetched(context, site_url, f"{name}/")
        counted = {item.path.removesuffix("index.html") for item in first_visit(built_site.site, f"{name}/")}
        assert not [u for u in urls if not u.startswith(site_url) and not u.startswith("data:")]
        assert [p for p in paths if p.endswith(".woff2")] == [], "no font before the page has loaded"
        before_load = {p for p in paths if not p.endswith(".woff2")}
        assert before_load <= counted, f"fetched but not in the budget: {sorted(before_load - counted)}"
        context.close()


def test_search_index_and_worker_wait_for_the_reader(browser, site_url):
    context = browser.new_context()
    tab, paths, urls = fetched(context, site_url, "i-3/", settle=1500)
    assert not [u for u in urls if "search_index" in u or "/workers/search" in u]
    later = []
    tab.on("request", lambda request: later.append(request.url))
    tab.keyboard.press("s")  # Material's shortcut focuses the search field
    box = tab.locator("input.md-search__input")
    expect(box).to_be_focused()
    box.press_sequentially("ledelsesrum", delay=20)
    expect(tab.locator(".md-search-result__item").first).to_be_visible(timeout=15000)
    assert any("search_index.json" in u for u in later) and any("/workers/search" in u for u in later)
    context.close()
