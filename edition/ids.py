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


def propose_id(text: str, prefix: str, taken: set[str] | frozenset[str] = frozenset(), words: int = 3) -> str:
    """The id for a new paragraph: the section's prefix and the first words of its source text, as
    ASCII (æ -> ae, ø -> oe, å -> aa); more words are added until the id is not yet taken.

    ``("Nye prioriteringer og nye mål ...", "i3")`` -> ``"i3-nye-prioriteringer-og"``.
    """
    plain = re.sub(r"\[([^\[\]]*)\]\([^()]*\)", r"\1", text)  # a link's visible text only (linear)
    parts = slug(plain).split("-")
    parts = [p for p in parts if p] or ["afsnit"]
    for count in range(words, len(parts) + 1):
        candidate = "-".join([prefix, *parts[:count]])
        if candidate not in taken:
            return candidate
    number = 2
    while f"{prefix}-{'-'.join(parts)}-{number}" in taken:
        number += 1
    return f"{prefix}-{'-'.join(parts)}-{number}"


def main(argv: list[str] | None = None) -> int:
    """``python -m edition.ids docs/i-3.md "Den danske tekst ..."``: the id to give a new pair there."""
    import argparse
    import sys
    from pathlib import Path

    from edition.engine import NotAnEdition, edition_at

    parser = argparse.ArgumentParser(prog="python -m edition.ids", description=main.__doc__)
    parser.add_argument("page", help="the page the new pair goes on, e.g. docs/i-3.md")
    parser.add_argument("text", help="the pair's source text (its first words are enough)")
    args = parser.parse_args(argv)
    try:
        edition = edition_at(Path.cwd())
    except NotAnEdition as error:
        print(f"edition.ids: {error}", file=sys.stderr)
        return 2
    page = args.page.replace("\\", "/")
    on_page = [u for u in edition.units if u.path == page]
    if not on_page and not (edition.root / page).is_file():
        print(
            f"edition.ids: {page} is not a page of this edition (give it as docs/<name>.md)", file=sys.stderr
        )
        return 2
    headings = [u.id for u in on_page if u.kind == "heading"]
    prefix = headings[0] if headings else page.split("/", 1)[-1].removesuffix(".md").replace("/", "-")
    print(propose_id(args.text, prefix, {u.id for u in edition.units}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
