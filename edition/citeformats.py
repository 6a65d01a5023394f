"""Citation formats made from one CSL-JSON record: Chicago author-date, BibTeX, RIS, CSL-JSON.

The CSL-JSON records come from :func:`edition.metadata.csl_record`.  Chicago is
formatted by pandoc's citeproc with the project's style
(``bibliography/chicago-author-date.csl``, the one the bibliography page uses),
all records of a build in one pandoc run; BibTeX and RIS are plain mappings of
the same fields.  The Cite panel only shows and copies these strings.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import xml.etree.ElementTree as etree
from pathlib import Path

from mkdocs.exceptions import PluginError

# BibTeX counts every brace, escaped or not: braces in a value become balanced commands.
BIBTEX_SPECIAL = str.maketrans(
    {c: "\\" + c for c in "&%$#_"}
    | {"{": "\\textbraceleft{}", "}": "\\textbraceright{}", "\\": "\\textbackslash{}"}
)
LANGIDS = {"da": "danish", "en": "british"}


def _names(record: dict, role: str) -> list[dict]:
    return record.get(role, [])


def _inverted(name: dict) -> str:
    if "literal" in name:
        return name["literal"]
    return f"{name['family']}, {name['given']}" if name.get("given") else name["family"]


def _bibtex_name(name: dict) -> str:
    """Literal names in an extra pair of braces, so BibTeX never splits them."""
    if "literal" in name:
        return "{" + name["literal"].translate(BIBTEX_SPECIAL) + "}"
    return _inverted(name).translate(BIBTEX_SPECIAL)


def _date(part: dict) -> str:
    return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(part["date-parts"][0]))


def bibtex(record: dict) -> str:
    """A biblatex ``@incollection`` entry (BibTeX-compatible fields first)."""
    fields = [
        ("author", " and ".join(map(_bibtex_name, _names(record, "author")))),
        ("title", "{" + record["title"].translate(BIBTEX_SPECIAL) + "}"),
        ("booktitle", record["container-title"].translate(BIBTEX_SPECIAL)),
        ("editor", " and ".join(map(_bibtex_name, _names(record, "editor")))),
        ("translator", " and ".join(map(_bibtex_name, _names(record, "translator")))),
        ("year", str(record["issued"]["date-parts"][0][0])),
        ("publisher", record.get("publisher", "").translate(BIBTEX_SPECIAL)),
        ("address", record.get("publisher-place", "").translate(BIBTEX_SPECIAL)),
        ("isbn", record.get("ISBN", "")),
        ("version", record["version"].translate(BIBTEX_SPECIAL)),
        ("langid", LANGIDS.get(record.get("language", ""), record.get("language", ""))),
        ("howpublished", record.get("medium", "").translate(BIBTEX_SPECIAL)),
        ("url", record["URL"]),
        ("note", record.get("note", "").translate(BIBTEX_SPECIAL)),
    ]
    body = ",\n".join(f"  {name:<12} = {{{value}}}" for name, value in fields if value)
    return f"@incollection{{{record['id']},\n{body}\n}}\n"


def ris(record: dict) -> str:
    """An RIS record (``CHAP``): A2 the editors, A4 the translators, T2 the book, ET the version."""
    lines = [("TY", "CHAP"), ("TI", record["title"])]
    lines += [("AU", _inverted(n)) for n in _names(record, "author")]
    lines += [("A2", _inverted(n)) for n in _names(record, "editor")]
    lines += [("A4", _inverted(n)) for n in _names(record, "translator")]
    lines += [
        ("T2", record["container-title"]),
        ("PY", str(record["issued"]["date-parts"][0][0])),
        ("DA", _date(record["available-date"])),
        ("ET", record["version"]),
        ("PB", record.get("publisher", "")),
        ("CY", record.get("publisher-place", "")),
        ("SN", record.get("ISBN", "")),
        ("LA", record.get("language", "")),
        ("M3", record.get("medium", "")),
        ("UR", record["URL"]),
        ("N1", record.get("note", "")),
        ("ER", ""),
    ]
    return "".join(f"{tag}  - {' '.join(value.split())}\n" for tag, value in lines if value or tag == "ER")


def csl_json(record: dict) -> str:
    """The record itself, as a CSL-JSON array (what Zotero and pandoc import)."""
    return json.dumps([record], ensure_ascii=False, indent=2) + "\n"


def chicago(records: list[dict], style: Path, pandoc: str | None = None) -> dict[str, str]:
    """Record id -> the Chicago author-date reference as plain text, in one pandoc run."""
    if not records:
        return {}
    if pandoc is None:
        import pypandoc

        pandoc = pypandoc.get_pandoc_path()
    with tempfile.TemporaryDirectory() as folder:
        bib = Path(folder) / "records.json"
        bib.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run(
            [
                pandoc,
                "--citeproc",
                "--csl",
                str(style),
                "--bibliography",
                str(bib),
                "-f",
                "markdown",
                "-t",
                "html",
                "--wrap=none",
            ],
            input="---\nnocite: '[@*]'\n---\n",
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
    if done.returncode != 0:
        raise PluginError(f"pandoc could not format the citation records ({done.stderr.strip()})")
    root = etree.fromstring(f"<root>{done.stdout}</root>")
    texts = {}
    for div in root.iter("div"):
        ident = div.get("id", "")
        if ident.startswith("ref-"):
            texts[ident[4:]] = " ".join("".join(div.itertext()).split())
    return texts


def formats(record: dict, chicago_text: str) -> dict[str, str]:
    """Every format of one record, keyed as the Cite panel shows them."""
    return {"chicago": chicago_text, "bibtex": bibtex(record), "ris": ris(record), "csl": csl_json(record)}
