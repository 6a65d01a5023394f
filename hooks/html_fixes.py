"""MkDocs hook: small fixes to the theme's HTML, for valid and accessible pages.

- Material writes ``autocomplete="off"`` on its checkbox and radio toggles
  (drawer, search, colour palette); the HTML standard allows ``autocomplete``
  only on text-like inputs, so the Nu Html Checker reports an error on every
  page.  The attribute is removed from those inputs.
- Material's search dialog (``role="dialog"``) has no accessible name (axe:
  aria-dialog-name); it gets ``aria-label="Search"``.
- Links to other sites written in the content get ``class="link-external"``,
  so that print can show their targets (Material's scripts make every
  ``href`` absolute, so CSS alone cannot tell them apart).
"""

from __future__ import annotations

import re

INPUT = re.compile(r"<input\b[^>]*>")
TOGGLE_TYPE = re.compile(r'\btype="(?:checkbox|radio)"')


EXTERNAL = re.compile(r'<a href="(https?://[^"]*")(?![^>]*\sclass=)')
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def fix_theme_html(html: str) -> str:
    """Remove ``autocomplete`` from checkbox and radio inputs; name the search dialog."""
    html = INPUT.sub(_strip_toggle_autocomplete, html)
    html = EXTERNAL.sub(r'<a class="link-external" href="\1', html)
    return html.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">')


def _strip_toggle_autocomplete(match: re.Match) -> str:
    tag = match.group(0)
    return tag.replace(' autocomplete="off"', "") if TOGGLE_TYPE.search(tag) else tag


def on_post_page(output, page, config):
    return fix_theme_html(output)


def on_post_template(output_content, template_name, config):
    return fix_theme_html(output_content) if template_name.endswith(".html") else output_content
