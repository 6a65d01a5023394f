"""MkDocs hook: small fixes to the theme's HTML, for valid and accessible pages.

The work is done by :class:`edition.themefixes.ThemeFixes`, a parser over the
finished page (never a regular expression over HTML); see its docstring.
"""

from __future__ import annotations

from edition.themefixes import fix_theme_html


def on_post_page(output, page, config):
    return fix_theme_html(output)


def on_post_template(output_content, template_name, config):
    return fix_theme_html(output_content) if template_name.endswith(".html") else output_content
