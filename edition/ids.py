"""Human-readable, stable ids: ASCII slugs of the source text's words, and the text box's ids.

The words the generated ids use (``tekstboks``, ``punkt``) are configuration
(``extra.edition.ids``, :class:`edition.config.Ids`); the defaults are this
edition's.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "ue", "ö": "oe", "ä": "ae"})
TEXTBOX_WORD = "tekstboks"
ITEM_WORD = "punkt"


def slug(text: str) -> str:
    """``"Ledelsesrummet under ændring"`` -> ``"ledelsesrummet-under-aendring"``."""
    folded = text.lower().translate(_FOLD)
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def textbox_id(number: str, word: str = TEXTBOX_WORD) -> str:
    """``"I.1"`` -> ``"tekstboks-i1"`` (the id of the whole box)."""
    return f"{word}-" + slug(number).replace("-", "")


def textbox_item_id(number: str, item: int, word: str = TEXTBOX_WORD, item_word: str = ITEM_WORD) -> str:
    """``("I.1", 2)`` -> ``"tekstboks-i1-punkt-2"`` (the id of one numbered item)."""
    return f"{textbox_id(number, word)}-{item_word}-{item}"
