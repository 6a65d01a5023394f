"""The Cite panel: opened with the keyboard, four formats for the paragraph, the section and the
edition, each with copy and download; its text is the data the build embedded."""

from __future__ import annotations

import json

from playwright.sync_api import expect
from support import pair_formats

FORMATS = ["Chicago author-date", "BibTeX", "RIS", "CSL-JSON"]


def test_cite_panel_by_keyboard(page, site_url):
    page.goto(f"{site_url}/i-3/")
    data = json.loads(page.locator("#edition-cite").text_content())
    pair = page.locator(".pair").nth(1)
    pair_id = pair.get_attribute("id")
    button = pair.locator("button.pair__cite")
    button.focus()
    page.keyboard.press("Enter")
    panel = page.locator(f"#{pair_id}-cite")
    expect(panel).to_be_visible()
    assert button.get_attribute("aria-expanded") == "true"
    assert button.get_attribute("aria-controls") == f"{pair_id}-cite"
    assert panel.get_attribute("lang") == "en"
    select = panel.get_by_label("Cite")
    expect(select).to_be_focused()  # focus moves into the panel
    for name in FORMATS:
        expect(panel.get_by_role("button", name=f"Copy {name} (This paragraph ({pair_id}))")).to_be_visible()
        expect(
            panel.get_by_role("button", name=f"Download {name} (This paragraph ({pair_id}))")
        ).to_be_visible()
    texts = panel.locator("pre.cite-panel__text")
    expected = pair_formats(data, pair_id)
    assert texts.nth(0).text_content() == expected["chicago"] and f"#{pair_id}" in expected["chicago"]
    assert texts.nth(1).text_content() == expected["bibtex"] and pair_id in expected["bibtex"]

    # the whole edition, chosen with the keyboard
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(texts.nth(3)).to_have_text(data["scopes"][1]["formats"]["csl"].strip())
    with page.expect_download() as download:
        panel.get_by_role("button", name="Download RIS (The whole edition)").press("Enter")
    assert download.value.suggested_filename == "fremtidens-velfaerdssamfund-edition.ris"
    assert open(download.value.path(), encoding="utf-8").read() == data["scopes"][1]["formats"]["ris"]
    expect(panel.locator("[role=status]")).to_have_text("RIS file downloaded.")

    page.keyboard.press("Shift+Tab")
    button.focus()
    page.keyboard.press("Enter")
    expect(panel).to_be_hidden()
    assert button.get_attribute("aria-expanded") == "false"
