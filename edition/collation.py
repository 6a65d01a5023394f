"""Danish alphabetical order: a-z, then æ, ø, å (aa counts as å)."""

from __future__ import annotations

_ORDER = {"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "é": "e", "ü": "y"}


def danish_key(text: str) -> str:
    """A sort key that puts æ, ø, å after z, ignoring case and punctuation."""
    lowered = text.casefold().replace("aa", "å")
    return "".join(_ORDER.get(ch, ch) for ch in lowered if ch.isalnum() or ch in _ORDER or ch == " ")
