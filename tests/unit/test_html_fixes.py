"""The post-processing of the theme's HTML changes only what it must."""

import importlib.util

from support import ROOT

spec = importlib.util.spec_from_file_location("html_fixes", ROOT / "hooks" / "html_fixes.py")
html_fixes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(html_fixes)


def test_autocomplete_removed_only_from_toggles_and_dialog_named():
    html = (
        '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off">'
        '<input autocomplete="off" type="radio" name="p">'
        '<input type="text" class="md-search__input" autocomplete="off">'
        '<div class="md-search" data-md-component="search" role="dialog">'
    )
    assert html_fixes.fix_theme_html(html) == (
        '<input class="md-toggle" type="checkbox" id="__drawer">'
        '<input type="radio" name="p">'
        '<input type="text" class="md-search__input" autocomplete="off">'
        '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">'
    )
