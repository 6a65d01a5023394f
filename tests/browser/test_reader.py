"""What a reader does in a real browser: layouts, persistence, no-JS reading, citing, privacy."""

import pytest
from playwright.sync_api import expect


def visible(page, selector):
    return page.locator(selector).first.is_visible()


def test_layout_control_switches_languages(page, site_url):
    page.goto(f"{site_url}/i-3/")
    control = page.locator(".view-controls")
    expect(control).to_be_visible()
    assert visible(page, ".pair__source") and visible(page, ".pair__target")
    box = page.locator(".pair").first.bounding_box()
    da = page.locator(".pair__source").first.bounding_box()
    en = page.locator(".pair__target").first.bounding_box()
    assert en["x"] > da["x"] + da["width"] - 1 and abs(en["y"] - da["y"]) < 2, "side by side at 1280 px"
    assert box["width"] > 900
    page.get_by_label("English only").check()
    assert page.evaluate("document.documentElement.dataset.view") == "target"
    assert not visible(page, ".pair__source") and visible(page, ".pair__target")
    assert not visible(page, ".heading-pair__source")
    page.get_by_label("(Danish only)").check()
    assert visible(page, ".pair__source") and not visible(page, ".pair__target")


def test_choice_persists_across_pages_and_visits(page, site_url):
    page.goto(f"{site_url}/i-1/")
    page.get_by_label("(Danish only)").check()
    page.locator("a.md-tabs__link", has_text="I.2").click()
    page.wait_for_url(f"{site_url}/i-2/")
    assert page.evaluate("document.documentElement.dataset.view") == "source"
    assert page.get_by_label("(Danish only)").is_checked()
    assert not visible(page, ".pair__target")
    page.goto(f"{site_url}/i-4/")  # a new visit: the inline head script applies it before paint
    page.wait_for_load_state("domcontentloaded")
    assert page.evaluate("document.documentElement.dataset.view") == "source"


SWITCHING = """
window.__switching = [];
new MutationObserver(function (records) {
  records.forEach(function (record) {
    window.__switching.push(record.target.hasAttribute("data-md-color-switching"));
  });
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-md-color-switching"] });
"""


def test_the_palette_is_applied_on_load_without_restyling_the_page_and_switches_as_the_theme_does(
    page, site_url
):
    """Marking the body "switching" restyles every element; a page load switches nothing, so it is
    not marked (overrides/main.html), while a reader's switch is marked and unmarked by the theme."""
    page.add_init_script(SWITCHING)
    page.goto(f"{site_url}/i-3/")
    page.wait_for_load_state("load")
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    assert page.evaluate("window.__switching") == []
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default"
    page.get_by_title("Switch to dark mode").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.wait_for_function("window.__switching.length === 2")
    assert page.evaluate("window.__switching") == [True, False]  # transitions off, then on again
    page.get_by_title("Switch to light mode").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    page.wait_for_function("window.__switching.length === 4")


def test_stacked_on_a_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    phone.goto(f"{site_url}/i-2/")
    da = phone.locator(".pair__source").first.bounding_box()
    en = phone.locator(".pair__target").first.bounding_box()
    assert en["y"] >= da["y"] + da["height"] - 1 and abs(en["x"] - da["x"]) < 2
    context.close()


def test_readable_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{site_url}/i-3/")
    assert tab.locator(".pair__source").first.is_visible() and tab.locator(".pair__target").first.is_visible()
    assert not tab.locator(".view-controls").is_visible()  # no control that cannot work
    assert tab.locator("#tekstboks-i1").is_visible()
    context.close()


def test_cite_gives_the_paragraph_citation(page, site_url):
    page.goto(f"{site_url}/i-3/#i3-nye-prioriteringer-og")
    pair = page.locator("#i3-nye-prioriteringer-og")
    pair.hover()
    button = pair.get_by_role("button", name="Cite")
    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    texts = pair.locator(".cite-panel__text").all_inner_texts()
    assert len(texts) == 4  # Chicago, BibTeX, RIS, CSL-JSON (tests/browser/test_cite_panel.py checks them)
    assert "Fremtidens velfærdssamfund" in texts[0] and "Christensen" in texts[0]
    assert texts[0].endswith("/i-3/#i3-nye-prioriteringer-og.")


def test_footnote_shows_printed_number_and_links_both_ways(page, site_url):
    page.goto(f"{site_url}/i-3/")
    refs = page.locator(".pair__source a.footnote-ref:not(.footnote-ref--editorial)")
    assert refs.all_text_contents() == ["4", "5"]
    refs.first.click()
    assert page.evaluate("location.hash") == "#fn:4"
    expect(page.locator("li#fn\\:4")).to_contain_text("Regeringen besluttede")


def test_no_third_party_requests(page, site_url):
    for name in ["", "about/", "del-i/", "i-1/", "i-2/", "i-3/", "i-4/", "bibliography/"]:
        page.goto(f"{site_url}/{name}")
        page.wait_for_load_state("networkidle")
    foreign = [url for url in page.requests if not url.startswith(site_url) and not url.startswith("data:")]
    assert foreign == []


def test_glossary_marking_choice_is_applied_before_paint_and_remembered(page, site_url):
    page.goto(f"{site_url}/i-3/")
    assert page.evaluate("document.documentElement.dataset.terms") == "first"  # the default
    underline = "a => getComputedStyle(a).textDecorationLine"
    assert page.locator("a.term.term--repeat").first.evaluate(underline) == "none"
    assert page.locator("a.term:not(.term--repeat)").first.evaluate(underline) == "underline"
    page.get_by_label("None").check()
    assert page.locator("a.term:not(.term--repeat)").first.evaluate(underline) == "none"
    page.goto(f"{site_url}/i-4/")  # a new visit: the head script applies the stored choice
    assert page.evaluate("document.documentElement.dataset.terms") == "none"
    page.get_by_label("All").check()
    assert page.locator("a.term.term--repeat").first.evaluate(underline) == "underline"
    page.locator("a.term").first.focus()  # unmarked or not, a term keeps its tooltip
    expect(page.locator("#term-tooltip")).to_be_visible()


@pytest.mark.parametrize("view", ["source", "target"])
def test_one_language_reads_as_a_centred_column_with_margins(browser, site_url, view):
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        context.add_init_script(f"localStorage.setItem('edition.view', '{view}')")
        page = context.new_page()
        page.goto(f"{site_url}/i-3/")
        side = page.locator(f".pair__{view}").first
        box = side.bounding_box()
        left, right = box["x"], width - (box["x"] + box["width"])
        if width == 1280:
            # centred, with a measure of about 60-75 characters of the text face
            chars = side.evaluate(
                """e => {  // characters on the first line of the paragraph (until the text wraps)
                  const text = [...e.querySelector('p').childNodes].find(n => n.nodeType === 3);
                  const range = document.createRange();
                  range.setStart(text, 0);
                  for (let i = 1; i <= text.length; i++) {
                    range.setEnd(text, i);
                    if (new Set([...range.getClientRects()].map(r => Math.round(r.top))).size > 1) return i - 1;
                  }
                  return text.length;
                }"""
            )
            assert abs(left - right) < 40 and 55 <= chars <= 80, (left, right, chars)
        else:
            assert left >= 8 and right >= 8, (view, left, right)  # never flush with the screen's edge
        context.close()


SCHEME_CHANGES = """
window.__schemes = [];
new MutationObserver(function (records) {
  records.forEach(function (record) {
    var value = record.target.getAttribute("data-md-color-scheme");
    if (record.oldValue !== value) window.__schemes.push({
      from: record.oldValue, to: value, state: document.readyState,
      marked: record.target.hasAttribute("data-md-color-switching"),
    });
  });
}).observe(document, { attributes: true, attributeOldValue: true, subtree: true,
                       attributeFilter: ["data-md-color-scheme"] });
"""


@pytest.mark.parametrize("stored", [False, True], ids=["first-visit", "stored-choice"])
def test_a_reader_whose_system_is_dark_gets_the_dark_palette_before_the_first_paint(
    browser, site_url, stored
):
    """The theme's script is deferred (it runs after the first paint): the palette the theme will
    choose is applied while the page is parsed, never by a fade from light to dark once it is shown,
    and the load still restyles nothing (no "switching" mark)."""
    context = browser.new_context(color_scheme="dark")
    tab = context.new_page()
    if stored:  # a first visit stores the theme's choice; the next load applies it from storage
        tab.goto(f"{site_url}/i-2/")
        expect(tab.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    tab.add_init_script(SWITCHING)
    tab.add_init_script(SCHEME_CHANGES)
    tab.goto(f"{site_url}/i-3/")
    tab.wait_for_load_state("load")
    tab.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    expect(tab.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(tab.get_by_title("Switch to light mode")).to_be_visible()
    # the one change of scheme happens while the document is parsed (the header's inline script)
    assert tab.evaluate("window.__schemes") == [
        {"from": "default", "to": "slate", "state": "loading", "marked": False}
    ]
    assert tab.evaluate("window.__switching") == []
    context.close()


def test_a_palette_that_changes_on_load_is_still_marked_switching(browser, site_url):
    """Should the theme's first application really change the colours (here: the stored choice is
    edited behind the header script's back), its "switching" mark is kept, so nothing fades."""
    context = browser.new_context(color_scheme="light")
    tab = context.new_page()
    tab.add_init_script(SWITCHING)
    tab.add_init_script(SCHEME_CHANGES)
    tab.add_init_script(
        """document.addEventListener("readystatechange", function () {
          if (document.readyState === "interactive") document.body.setAttribute("data-md-color-scheme", "slate");
        });"""
    )
    tab.goto(f"{site_url}/i-3/")
    expect(tab.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    tab.wait_for_function("window.__switching.length === 2")
    assert tab.evaluate("window.__switching") == [True, False]
    back = tab.evaluate("window.__schemes")[-1]
    assert (back["from"], back["to"], back["marked"]) == ("slate", "default", True)
    context.close()
