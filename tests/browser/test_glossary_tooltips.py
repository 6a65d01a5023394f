"""Glossary tooltips as readers use them: hover, keyboard focus, Escape, tap, both columns."""

import re
from playwright.sync_api import expect

TEXT_PAGES = ["del-i", "i-1", "i-2", "i-3", "i-4"]


def test_hover_shows_english_and_explanation(page, site_url):
    page.goto(f"{site_url}/i-3/")
    term = page.locator('.pair__source a.term[data-term="term-ledelsesrum"]').first
    term.hover()
    tooltip = page.locator("#term-tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_have_attribute("lang", "en")
    expect(tooltip).to_contain_text("managerial latitude")
    assert term.get_attribute("aria-describedby") == "tip-term-ledelsesrum"


def test_keyboard_focus_then_escape_dismisses(page, site_url):
    page.goto(f"{site_url}/i-3/")
    term = page.locator(".pair__source a.term").first
    term.focus()
    tooltip = page.locator("#term-tooltip")
    expect(tooltip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    assert page.evaluate("document.activeElement.classList.contains('term')")  # focus stays put


def test_tooltip_stays_while_pointer_moves_onto_it(page, site_url):
    page.goto(f"{site_url}/i-3/")
    page.locator(".pair__source a.term").first.hover()
    tooltip = page.locator("#term-tooltip")
    tooltip.hover()
    page.wait_for_timeout(500)
    expect(tooltip).to_be_visible()


def test_tap_shows_tooltip_before_following_the_link(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    tab = context.new_page()
    tab.goto(f"{site_url}/i-3/")
    term = tab.locator(".pair__source a.term").first
    term.scroll_into_view_if_needed()
    term.tap()
    expect(tab.locator("#term-tooltip")).to_be_visible()
    assert tab.url.endswith("/i-3/")
    context.close()


def test_two_column_highlight_both_ways(page, site_url):
    page.goto(f"{site_url}/i-3/")
    pair = page.locator("#i3-nye-prioriteringer-og")
    pair.locator('.pair__source a.term[data-term="term-ledelsesrum"]').first.hover()
    expect(pair.locator('.pair__target .term-en[data-term="term-ledelsesrum"]').first).to_have_class(
        re.compile(r"\bterm--active\b")
    )
    page.mouse.move(0, 0)
    page.wait_for_timeout(400)
    pair.locator('.pair__target .term-en[data-term="term-ledelsesrum"]').first.hover()
    expect(pair.locator('.pair__source a.term[data-term="term-ledelsesrum"]').first).to_have_class(
        re.compile(r"\bterm--active\b")
    )


def test_first_occurrence_per_pair_and_language_is_the_only_tab_stop(page, site_url):
    page.goto(f"{site_url}/i-3/")
    pairs = page.evaluate("""() => [...document.querySelectorAll('.pair')].map(p => {
        const seen = {}; let bad = 0;
        p.querySelectorAll('a.term').forEach(a => {
          const key = a.closest('[lang]').lang + ' ' + a.dataset.term;
          const first = !seen[key]; seen[key] = true;
          if (first === a.hasAttribute('tabindex')) bad++;
        });
        return bad; })""")
    assert sum(pairs) == 0


def test_every_term_occurrence_shows_its_tooltip(page, site_url):
    checked = 0
    for name in TEXT_PAGES:
        page.goto(f"{site_url}/{name}/")
        failures = page.evaluate("""() => {
            const bad = [];
            const tip = () => document.getElementById('term-tooltip');
            document.querySelectorAll('a.term').forEach(a => {
              a.focus();
              const t = tip();
              const expected = document.getElementById('tip-' + a.dataset.term).querySelector('strong').textContent;
              if (!t || t.hidden || !t.textContent.includes(expected) || t.offsetHeight === 0) bad.push(a.textContent);
              a.blur();
              document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));
            });
            return [bad, document.querySelectorAll('a.term').length];
        }""")
        bad, count = failures
        assert bad == [], f"{name}: no tooltip for {bad}"
        checked += count
    assert checked > 200


def test_english_reader_gets_the_same_entry_by_hover_focus_and_escape(page, site_url):
    page.goto(f"{site_url}/i-3/")
    page.evaluate("() => document.documentElement.setAttribute('data-view', 'target')")
    term = page.locator('.pair__target a.term[data-term="term-region"]').first
    term.focus()
    tooltip = page.locator("#term-tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip.locator("strong")).to_have_text("region")
    expect(tooltip.locator('i[lang="da"]')).to_have_text("region")
    described = page.evaluate(
        "() => { const a = document.querySelector('.pair__target a.term[data-term=\"term-region\"]');"
        " return document.getElementById(a.getAttribute('aria-describedby')).textContent; }"
    )
    assert described.startswith("region (region) — ")
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    term.hover()
    expect(tooltip).to_be_visible()
