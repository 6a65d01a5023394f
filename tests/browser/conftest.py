"""Browser layer: Playwright driving Debian's Chromium (/usr/bin/chromium), never a downloaded browser.

In CI (CI=true) a missing browser is a failure; on a contributor's machine
these tests skip with a one-line reason.
"""

from __future__ import annotations

import os
import shutil

import pytest

from edition.localsite import CHROMIUM, CHROMIUM_ARGS


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    missing = not (os.path.exists(CHROMIUM) and shutil.which(CHROMIUM))
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - depends on the machine
        sync_playwright = None
        missing = True
    if missing:
        reason = f"browser tests need Debian's chromium at {CHROMIUM} and the playwright package"
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must install them: see .ci/run)")
        pytest.skip(reason + " (sudo apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, site_url):
    """A fresh page; every request is recorded on ``page.requests``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()
