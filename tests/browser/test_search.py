"""Bilingual search: Danish and English both indexed with stemming."""

from playwright.sync_api import expect


def search(page, site_url, query):
    page.goto(f"{site_url}/")
    box = page.locator("input.md-search__input")
    box.click()
    expect(page.locator(".md-search-result__meta")).not_to_have_text("Initializing search", timeout=15000)
    box.press_sequentially(query, delay=20)
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=15000)
    return results


def test_danish_stem_finds_inflected_forms(page, site_url):
    results = search(page, site_url, "ledelsesrum")
    texts = " ".join(results.all_inner_texts()).lower()
    hrefs = [a.get_attribute("href") for a in page.locator(".md-search-result__link").all()]
    assert any("i-3/" in h for h in hrefs), hrefs
    assert "ledelsesrummet" in texts or "ledelsesrummets" in texts


def test_english_rendering_finds_the_english_side(page, site_url):
    results = search(page, site_url, "managerial latitude")
    hrefs = [a.get_attribute("href") for a in page.locator(".md-search-result__link").all()]
    assert any("i-3/" in h for h in hrefs), hrefs
    assert "managerial latitude" in " ".join(results.all_inner_texts()).lower()
