"""No layout shift: cumulative layout shift <= 0.01 on every page at 1280 and 390 px, with the fonts
arriving late and with the reader's layout choice restored from storage (a PerformanceObserver
for 'layout-shift' entries, as Lighthouse counts them)."""

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


@pytest.mark.parametrize("width, view", [(1280, "both"), (390, "both"), (1280, "target"), (390, "source")])
def test_cumulative_layout_shift_stays_below_0_01(browser, built_site, site_url, width, view):
    pages = sorted(
        p.relative_to(built_site.site).as_posix().removesuffix("index.html")
        for p in built_site.site.rglob("index.html")
    )
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_init_script(OBSERVE)
    context.add_init_script(f"localStorage.setItem('edition.view', '{view}')")
    context.route("**/*.woff2", late)
    page = context.new_page()
    shifts = {}
    for name in pages:
        page.goto(f"{site_url}/{name}", wait_until="load")
        page.wait_for_timeout(350)
        shifts[name] = page.evaluate("window.__cls")
    context.close()
    assert len(shifts) >= 10
    assert {name: round(cls, 4) for name, cls in shifts.items() if cls > 0.01} == {}
