"""Glossary marking cost on a page 100 times the chapter with 1,000 terms.

Compares the one-pass trie-pattern marking (edition.tooltips) with the time
Python-Markdown (with the site's extensions) takes to render the same page.
Target: marking < 0.5 x rendering.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import markdown

from edition.glossary import Entry, read_glossary
from edition.markdown import extensions

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["del-i.md", "i-1.md", "i-2.md", "i-3.md", "i-4.md"]


def synthetic_entries(real: list[Entry], total: int) -> list[Entry]:
    """The real entries plus made-up Danish-looking compounds up to ``total``."""
    rng = random.Random(7)
    stems = ["styrings", "velfærds", "ledelses", "økonomi", "regions", "kommune", "takst", "effekt"]
    tails = ["model", "råd", "form", "plan", "rum", "krav", "aftale", "område", "system", "politik"]
    entries = list(real)
    seen = {f.casefold() for e in real for f in e.forms}
    while len(entries) < total:
        word = rng.choice(stems) + rng.choice(tails) + str(len(entries))
        if word in seen:
            continue
        seen.add(word)
        entries.append(Entry(word, [word, word + "en", word + "ens"], f"term {word}", "Synthetic entry."))
    return entries


def big_page(factor: int, extra_terms: list[str]) -> str:
    body = "\n\n".join((ROOT / "docs" / p).read_text(encoding="utf-8").split("---\n", 2)[2] for p in PAGES)
    body = body.replace("[^", "[^x")  # footnote labels stay unique-ish per copy below
    copies = []
    for i in range(factor):
        copy = body.replace("/// pair | ", f"/// pair | c{i}-").replace(
            "/// heading | ", f"/// heading | c{i}-"
        )
        copies.append(copy + "\n\n" + " ".join(extra_terms[i::factor][:20]) + "\n")
    return "\n\n".join(copies)


def measure(factor: int = 100, terms: int = 1000, repeat: int = 3) -> dict:
    real, problems = read_glossary(ROOT / "data" / "glossary.yaml")
    assert not problems, problems
    entries = synthetic_entries(real, terms)
    text = big_page(factor, [e.forms[0] for e in entries[len(real) :]])
    from edition.tooltips import TermMarker

    render, mark = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        html = markdown.markdown(text, extensions=["footnotes", "attr_list", "toc"] + extensions({}, {}, ""))
        render.append(time.perf_counter() - start)
        start = time.perf_counter()
        marker = TermMarker(entries)
        marked = marker.mark(html, "../glossary/")
        mark.append(time.perf_counter() - start)
    return {
        "page_mb": len(html) / 1e6,
        "terms": len(entries),
        "marked": marked.count,
        "render_s": min(render),
        "mark_s": min(mark),
        "ratio": min(mark) / min(render),
    }


if __name__ == "__main__":
    result = measure()
    print(result)
