"""Nothing executable from content: every page runs under its Content-Security-Policy without a
single violation, with the reader's controls, tooltips, Cite and navigation between pages in use."""

from __future__ import annotations

from playwright.sync_api import expect

RECORD = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sample || '')));
"""


def pages(built_site) -> list[str]:
    return sorted(
        p.relative_to(built_site.site).as_posix().removesuffix("index.html")
        for p in built_site.site.rglob("*.html")
        if p.name == "index.html"
    )


def test_every_page_loads_and_works_without_a_csp_violation(browser, built_site, site_url):
    context = browser.new_context()
    context.add_init_script(RECORD)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    visited = pages(built_site) + ["404.html"]
    assert len(visited) >= 10
    for name in visited:
        page.goto(f"{site_url}/{name}")
        page.wait_for_load_state("load")
        assert page.evaluate("window.__violations") == [], name
    page.goto(f"{site_url}/i-3/")
    page.locator(".pair__source a.term").first.hover()
    expect(page.locator("#term-tooltip")).to_be_visible()
    page.locator("#i3-nye-prioriteringer-og").get_by_role("button", name="Cite").click()
    page.get_by_label("English only").check()
    page.locator("a.md-tabs__link", has_text="I.4").click()  # a new page, with its own policy
    page.wait_for_url(f"{site_url}/i-4/")
    page.locator(".pair__target a.term").first.focus()
    expect(page.locator("#term-tooltip")).to_be_visible()
    assert page.evaluate("window.__violations") == []
    assert errors == []
    context.close()


def test_an_injected_inline_script_would_be_blocked(browser, site_url):
    """The policy is real: a script that is not the page's own does not run."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site_url}/i-3/")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
        " document.body.append(s); const i = document.createElement('img');"
        " i.setAttribute('onerror', 'window.__ran2 = 1'); i.src = 'x:'; document.body.append(i); }"
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.__ran === undefined && window.__ran2 === undefined")
    context.close()
