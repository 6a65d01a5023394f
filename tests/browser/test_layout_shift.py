"""No layout shift: cumulative layout shift <= 0.01 on every page at 1280 and 390 px, with the reader's
layout choice restored from storage, on a first visit (system serif; the text face is fetched after
load), on a later visit (the face cached and preloaded) and on a later visit whose fonts arrive late
(a PerformanceObserver for 'layout-shift' entries, as Lighthouse counts them)."""

from __future__ import annotations

import time

import pytest

OBSERVE = """
window.__cls = 0;
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
}).observe({type: 'layout-shift', buffered: true});
"""


def late(route):
    time.sleep(0.3)  # the fonts arrive after the first paint
    route.continue_()


@pytest.mark.parametrize(
    "width, view, fonts",
    [(1280, "both", "first"), (390, "both", "cached"), (1280, "target", "late"), (390, "source", "first")],
)
def test_cumulative_layout_shift_stays_below_0_01(browser, built_site, site_url, width, view, fonts):
    pages = sorted(
        p.relative_to(built_site.site).as_posix().removesuffix("index.html")
        for p in built_site.site.rglob("index.html")
    )
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_init_script(OBSERVE)
    context.add_init_script(f"localStorage.setItem('edition.view', '{view}')")
    if fonts == "first":
        context.add_init_script("localStorage.removeItem('edition.fonts')")
    if fonts == "late":
        context.route("**/*.woff2", late)
    page = context.new_page()
    if fonts != "first":  # the reader has been here: the face is in the cache and remembered
        page.goto(f"{site_url}/", wait_until="load")
        for _ in range(100):  # (wait_for_function evaluates a string: the CSP forbids that)
            if page.evaluate("() => localStorage.getItem('edition.fonts')"):
                break
            page.wait_for_timeout(100)
    shifts = {}
    for name in pages:
        page.goto(f"{site_url}/{name}", wait_until="load")
        page.wait_for_timeout(350)
        shifts[name] = page.evaluate("window.__cls")
    used = page.evaluate("document.documentElement.classList.contains('edition-fonts')")
    context.close()
    assert used == (fonts != "first")  # the scenario really is the one named
    assert len(shifts) >= 10
    assert {name: round(cls, 4) for name, cls in shifts.items() if cls > 0.01} == {}


@pytest.mark.parametrize("width", [1280, 390])
def test_reading_through_a_long_page_does_not_shift_it(browser, site_url, width):
    # off-screen paragraphs are laid out as the reader nears them (content-visibility): scrolling
    # down, jumping to a note and scrolling back up must not move what the reader is looking at
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_init_script(OBSERVE)
    page = context.new_page()
    shifts = {}
    for name, anchor in (("i-3/", "fn:4"), ("glossary/", ""), ("print/", "")):
        page.goto(f"{site_url}/{name}", wait_until="load")
        height = page.evaluate("() => document.documentElement.scrollHeight")
        for y in range(0, height, 600):
            page.evaluate(f"() => window.scrollTo(0, {y})")
            page.wait_for_timeout(30)
        if anchor:
            page.evaluate(f"() => document.getElementById('{anchor}').scrollIntoView()")
        for _ in range(0, height, 600):
            page.evaluate("() => window.scrollBy(0, -600)")
            page.wait_for_timeout(30)
        shifts[name] = page.evaluate("window.__cls")
    context.close()
    assert {name: round(cls, 4) for name, cls in shifts.items() if cls > 0.01} == {}
