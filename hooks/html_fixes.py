"""MkDocs hook: small fixes to the theme's HTML, for valid and accessible pages.

The work is done by :class:`edition.themefixes.ThemeFixes`, a parser over the
finished page (never a regular expression over HTML); see its docstring. Every page
then gets its Content-Security-Policy (:mod:`edition.csp`).
"""

from __future__ import annotations

from edition.csp import with_policy
from edition.engine import edition_for
from edition.themefixes import fix_theme_html


def on_post_page(output, page, config):
    return _secure(fix_theme_html(output), config)


def _secure(html: str, config) -> str:
    edition = edition_for(config)
    if edition.config.security.csp == "on" and not edition.preview:  # mkdocs serve injects its own script
        return with_policy(html)
    return html


def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    return _secure(fix_theme_html(output_content), config)
