"""Human-readable, stable ids: ASCII slugs of Danish words and text box ids."""

from __future__ import annotations

import re

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue", "ö": "oe", "ä": "ae"})


def slug(text: str) -> str:
    """``"Ledelsesrummet under ændring"`` -> ``"ledelsesrummet-under-aendring"``."""
    folded = text.lower().translate(_FOLD)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def textbox_id(number: str) -> str:
    """``"I.1"`` -> ``"tekstboks-i1"`` (the id of the whole box)."""
    return "tekstboks-" + slug(number).replace("-", "")


def textbox_item_id(number: str, item: int) -> str:
    """``("I.1", 2)`` -> ``"tekstboks-i1-punkt-2"`` (the id of one numbered item)."""
    return f"{textbox_id(number)}-punkt-{item}"
