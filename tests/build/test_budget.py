"""Byte budget: a text page's first visit (HTML, CSS, JS, icon, sitemap; the search index and
worker wait for the reader to open the search) is at most 100 KiB gzip-compressed, fonts apart.
On failure the message lists every file with its size, largest first."""

from __future__ import annotations

import pytest

from edition.budget import BUDGET_KIB, breakdown, first_visit
from support import TEXT_PAGES


@pytest.mark.parametrize("name", TEXT_PAGES)
def test_first_visit_of_a_text_page_fits_the_budget(built_site, name):
    items = [item for item in first_visit(built_site.site, f"{name}/") if item.kind != "font"]
    total = sum(item.gzip_bytes for item in items) / 1024
    assert {"html", "css", "js"} <= {item.kind for item in items}  # the reading is not empty
    assert total <= BUDGET_KIB, (
        f"/{name}/ first visit {total:.1f} KiB > {BUDGET_KIB} KiB:\n{breakdown(items)}"
    )


def test_a_first_visit_preloads_no_font(built_site):
    # a first visit reads in the system's serif; the text face is preloaded by the head script only
    # once the reader's browser has it (see the layout-shift test for the second visit)
    for name in TEXT_PAGES:
        assert [item for item in first_visit(built_site.site, f"{name}/") if item.kind == "font"] == []
