"""Translation QA checks on the bilingual units: what must match between Danish and English.

Each check is a pure function of one unit returning findings with the unit's
file, line, id, what differs and the fix.  Errors fail CI; warnings are
reported.  Run them all with ``python -m edition.qa`` (see CONTRIBUTING.md).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from edition.citations import citation_links
from edition.document import NOTE_REF, Unit

ANCHOR_TARGET = re.compile(r"\]\((?P<target>#[^)\s]+|[\w./-]+\.md#[^)\s]+)\)")
# Numbers: Danish 4.000 / 3,5 / 2 %; English 4,000 / 3.5 / 2 per cent. Ranges 39-40 or 39–40.
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
DECADE_DA = re.compile(r"\b(\d{2,4})’erne\b")
DECADE_EN = re.compile(r"\b(\d{4})s\b")
MARKUP = re.compile(r"\]\([^)]*\)|\[\^[^\]]+\]|\{[^}]*\}")


@dataclass
class Finding:
    severity: str  # "error" | "warning"
    unit: Unit
    message: str

    def __str__(self) -> str:
        return f"{self.unit.path}:{self.unit.english_line}: {self.severity}: [{self.unit.id}] {self.message}"


def citation_keys(text: str) -> Counter:
    return Counter(key for _, key in citation_links(text))


def author_note_refs(text: str) -> Counter:
    return Counter(m.group("label") for m in NOTE_REF.finditer(text) if m.group("label").isdigit())


def anchor_targets(text: str) -> Counter:
    return Counter(m.group("target") for m in ANCHOR_TARGET.finditer(text) if "cite:" not in m.group("target"))


def numbers(text: str, lang: str) -> Counter:
    """Numeric values in prose (citations aside), normalised across Danish and English formats."""
    text = re.sub(r"\[[^\]]*\]\(cite:[^)]*\)", " ", text)
    text = MARKUP.sub(lambda m: " " if m.group(0).startswith("](") else m.group(0), text)
    text = re.sub(r"\[\^[^\]]+\]", " ", text)
    found: list[str] = []
    if lang == "da":
        text = DECADE_DA.sub(lambda m: " " + _decade(m.group(1)) + " ", text)
    else:
        text = DECADE_EN.sub(lambda m: " " + m.group(1) + " ", text)
    for match in NUMBER.finditer(text):
        found.append(_normalise(match.group(1), lang))
    return Counter(found)


def _decade(digits: str) -> str:
    if len(digits) == 4:
        return digits
    return ("20" if digits.startswith(("0", "1")) else "19") + digits


def _normalise(raw: str, lang: str) -> str:
    thousands, decimal = (".", ",") if lang == "da" else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+", raw):
        return raw.replace(thousands, "")
    return raw.replace(decimal, ".")


def _differs(name: str, da: Counter, en: Counter, fix: str) -> str | None:
    if da == en:
        return None
    missing = sorted((da - en).elements())
    extra = sorted((en - da).elements())
    parts = []
    if missing:
        parts.append(f"missing in English: {', '.join(missing)}")
    if extra:
        parts.append(f"not in the Danish: {', '.join(extra)}")
    return f"{name} differ ({'; '.join(parts)}); {fix}"


def parity_findings(unit: Unit) -> list[Finding]:
    """Errors: citations, author's notes, links and numbers must match the Danish."""
    if unit.kind == "heading":
        checks = [("numbers", numbers(unit.danish, "da"), numbers(unit.english, "en"),
                   "give every number of the Danish heading in the English")]
    else:
        checks = [
            ("citations", citation_keys(unit.danish), citation_keys(unit.english),
             "copy each [printed citation](cite:key) link of the Danish into the English"),
            ("author's note references", author_note_refs(unit.danish), author_note_refs(unit.english),
             "put each [^N] of the Danish at the matching place in the English"),
            ("links", anchor_targets(unit.danish), anchor_targets(unit.english),
             "link the same text box items and paragraphs as the Danish"),
            ("numbers", numbers(unit.danish, "da"), numbers(unit.english, "en"),
             "keep every number, date and page of the Danish (4.000 -> 4,000; 3,5 -> 3.5)"),
        ]
    findings = []
    for name, da, en, fix in checks:
        message = _differs(name, da, en, fix)
        if message:
            findings.append(Finding("error", unit, message))
    return findings
