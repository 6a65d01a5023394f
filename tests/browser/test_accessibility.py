"""Accessibility in a real browser: axe-core on every page, both schemes, desktop and phone; keyboard."""

import pytest
from axe_playwright_python.sync_playwright import Axe

PAGES = [
    "",
    "about/",
    "del-i/",
    "i-1/",
    "i-2/",
    "i-3/",
    "i-4/",
    "glossary/",
    "bibliography/",
    "translation-status/",
    "404.html",
]
BASE_PATH = "/fremtidens-velfaerdssamfund/"  # the path of site_url in mkdocs.yml


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_axe_finds_no_violations(browser, built_site, site_url, scheme, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    # the 404 page loads its assets from the site's path (/fremtidens-velfaerdssamfund/...), as it is
    # served at any address: answer those requests from the local copy
    prefix = f"{site_url}{BASE_PATH}"

    def local(route):
        path = built_site.site / route.request.url.removeprefix(prefix).split("?")[0].split("#")[0]
        route.fulfill(path=path / "index.html" if path.is_dir() else path)

    context.route(f"{prefix}**", local)
    page = context.new_page()
    axe = Axe()
    found = []
    for name in PAGES:
        page.goto(f"{site_url}/{name}")
        # off-screen paragraphs skip rendering until the reader nears them (content-visibility:
        # auto), which axe's colour-contrast check cannot read: check the page fully rendered
        page.add_style_tag(content="* { content-visibility: visible !important; }")
        for violation in axe.run(page).response["violations"]:
            targets = [n["target"] for n in violation["nodes"][:3]]
            found.append(f"{name or 'index'}: {violation['id']} ({violation['impact']}) {targets}")
    context.close()
    assert found == []


def focused(page):
    return page.evaluate("""() => {
        let el = document.activeElement;
        const box = el.getBoundingClientRect();
        const hidden = box.width < 2 || box.height < 2 || getComputedStyle(el).opacity === '0';
        if (hidden && el.nextElementSibling && el.nextElementSibling.tagName === 'LABEL') {
          el = el.nextElementSibling;  // Material draws the focus ring of its hidden toggles on the label
        }
        const style = getComputedStyle(el);
        return {tag: document.activeElement.tagName, cls: el.className, text: (el.textContent || el.value || '').trim().slice(0, 30),
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
                shadow: style.boxShadow !== 'none'};
    }""")


def test_keyboard_walk_reaches_every_control_with_visible_focus(page, site_url):
    page.goto(f"{site_url}/i-3/")
    seen = {"radio": 0, "permalink": 0, "cite": 0, "term": 0, "citation": 0, "footnote": 0, "textbox": 0}
    invisible = []
    for _ in range(400):
        page.keyboard.press("Tab")
        el = focused(page)
        cls = el["cls"] if isinstance(el["cls"], str) else ""
        if el["tag"] == "INPUT" and "radio" in page.evaluate("document.activeElement.type"):
            seen["radio"] += 1
        for key, marker in (
            ("permalink", "pair__permalink"),
            ("cite", "pair__cite"),
            ("term", "term"),
            ("citation", "citation"),
            ("footnote", "footnote-ref"),
        ):
            if marker in cls.split():
                seen[key] += 1
        if el["tag"] == "A" and page.evaluate("!!document.activeElement.closest('.textbox')"):
            seen["textbox"] += 1
        if el["tag"] in ("A", "BUTTON", "INPUT") and not (el["outline"] or el["shadow"]):
            invisible.append(f"{el['tag']}.{cls}: {el['text']}")
        if seen["footnote"] and seen["cite"] > 5:
            break
    assert all(count > 0 for count in seen.values()), seen
    assert invisible == []
    # the layout radios work from the keyboard
    page.locator("input[name=edition-view][value=both]").focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.documentElement.dataset.view") == "source"


def test_cite_button_works_from_the_keyboard(page, site_url):
    page.goto(f"{site_url}/i-1/")
    button = page.locator(".pair__cite").first
    button.focus()
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
