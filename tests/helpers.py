"""Render small Markdown strings exactly as the site does."""

import markdown

from edition.markdown import extensions


def render(text: str, review=None, references=None) -> str:
    exts = ["footnotes", "attr_list", "toc"] + extensions(review or {}, references or {}, "")
    return markdown.markdown(text, extensions=exts)
