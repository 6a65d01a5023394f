"""Translation QA checks on the bilingual units: what must match between Danish and English.

Each check is a pure function of one unit returning findings with the unit's
file, line, id, what differs and the fix.  Errors fail CI; warnings
are reported.  ``python -m edition.qa`` runs them all (see CONTRIBUTING.md).
"""

from __future__ import annotations

import re
from collections import Counter

from edition.citations import citation_links
from edition.problems import Problem
from edition.document import NOTE_REF, Unit, content_problems, plain

ANCHOR_TARGET = re.compile(r"\]\((?P<target>#[^()\[\]\s]+|[\w./-]+\.md#[^()\[\]\s]+)\)")
# Numbers: Danish 4.000 / 3,5 / 2 %; English 4,000 / 3.5 / 2 per cent. Ranges 39-40 or 39–40.
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")
DECADE_DA = re.compile(r"\b(\d{2,4})’erne\b")
DECADE_EN = re.compile(r"\b(\d{4})s\b")
MARKUP = re.compile(r"\]\([^()\[\]]*\)|\[\^[^\[\]]+\]|\{[^{}]*\}")


def Finding(severity: str, unit: Unit, message: str) -> Problem:  # noqa: N802 (reads like the type it makes)
    """A QA finding on a unit: the edition's one problem type, on the line where the translation starts."""
    return Problem(unit.path, unit.english_line, f"[{unit.id}] {message}", severity=severity)


def citation_keys(text: str) -> Counter:
    return Counter(key for _, key in citation_links(text))


def author_note_refs(text: str) -> Counter:
    return Counter(m.group("label") for m in NOTE_REF.finditer(text) if m.group("label").isdigit())


def anchor_targets(text: str) -> Counter:
    return Counter(
        m.group("target") for m in ANCHOR_TARGET.finditer(text) if "cite:" not in m.group("target")
    )


def numbers(text: str, lang: str) -> Counter:
    """Numeric values in prose (citations aside), normalised across Danish and English formats."""
    text = re.sub(r"\[[^\[\]]*\]\(cite:[^()\[\]]*\)", " ", text)
    text = MARKUP.sub(lambda m: " " if m.group(0).startswith("](") else m.group(0), text)
    text = re.sub(r"\[\^[^\[\]]+\]", " ", text)
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
        checks = [
            (
                "numbers",
                numbers(unit.danish, "da"),
                numbers(unit.english, "en"),
                "give every number of the Danish heading in the English",
            )
        ]
    else:
        checks = [
            (
                "citations",
                citation_keys(unit.danish),
                citation_keys(unit.english),
                "copy each [printed citation](cite:key) link of the Danish into the English",
            ),
            (
                "author's note references",
                author_note_refs(unit.danish),
                author_note_refs(unit.english),
                "put each [^N] of the Danish at the matching place in the English",
            ),
            (
                "links",
                anchor_targets(unit.danish),
                anchor_targets(unit.english),
                "link the same text box items and paragraphs as the Danish",
            ),
            (
                "numbers",
                numbers(unit.danish, "da"),
                numbers(unit.english, "en"),
                "keep every number, date and page of the Danish (4.000 -> 4,000; 3,5 -> 3.5)",
            ),
        ]
    findings = []
    for name, da, en, fix in checks:
        message = _differs(name, da, en, fix)
        if message:
            findings.append(Finding("error", unit, message))
    return findings


# -- errors on content ------------------------------------------------------------


def identical_findings(unit: Unit) -> list[Finding]:
    if unit.english and " ".join(unit.english.split()) == " ".join(unit.danish.split()):
        return [Finding("error", unit, "the English is identical to the Danish (untranslated); translate it")]
    return []


def raw_html_problems(text: str, path: str) -> list[Problem]:
    """Raw HTML, scripts, event handlers, invisible characters or decomposed letters in a content file."""
    return content_problems(text, path)


# -- warnings ---------------------------------------------------------------------

DANISH_ABBREVIATIONS = re.compile(
    r"(?<!\w)(f\.eks\.|jf\.|m\.v\.|m\.m\.|bl\.a\.|pct\.|dvs\.|vedr\.|mht\.|evt\.|ca\.|s\.\s?\d)"
)
WORDISH = re.compile(r"[\w’'-]+")  # a token, then tested for æøå: linear, unlike one backtracking pattern
REPEATED = re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE)
# House style: Danish "jf." before a cross-reference inside the edition is "see", never "cf."
# (English "cf." means "compare"); "cf. [text box I.1](#tekstboks-i1)" is a finding.
CF_INTERNAL = re.compile(r"\bcf\.\s*\[[^\]]*\]\(#[^)]*\)", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.?!](?=[\s»”’)]|$)")


def _prose(text: str) -> str:
    """English prose without link targets, note labels, italics (Danish titles) and brackets."""
    text = re.sub(r"\]\([^()\[\]]*\)", "]", text)
    text = re.sub(r"\[\^[^\[\]]+\]", "", text)
    text = re.sub(r"\*[^*]+\*(\{[^{}]*\})?", " ", text)
    return text


def warning_findings(unit: Unit, allowed_danish: set[str]) -> list[Finding]:
    english = _prose(unit.english)
    found = []
    for match in DANISH_ABBREVIATIONS.finditer(english):
        found.append(
            f"Danish abbreviation '{match.group(1)}' left in the English; write e.g., cf., etc., "
            "among others, per cent, i.e. as the style guide says"
        )
    words = {
        w
        for w in (t.strip("’'-") for t in WORDISH.findall(english))
        if w and any(c in "æøåÆØÅ" for c in w) and not w[0].isupper() and w.casefold() not in allowed_danish
    }
    if words:
        found.append(
            f"Danish letters in English words ({', '.join(sorted(words))}); translate them, or italicise a "
            "Danish title or term (*...*) where it is quoted on purpose"
        )
    for match in CF_INTERNAL.finditer(unit.english):
        found.append(
            f"'cf.' before the internal cross-reference '{match.group(0)}'; write 'see' (house style: "
            "Danish jf. pointing within the edition is 'see'; English cf. means 'compare')"
        )
    if "»" in english or "«" in english:
        found.append("Danish quotation marks »…« in the English; use ‘…’ (British style)")
    for opening, closing in ("()", "[]", "“”"):
        if english.count(opening) != english.count(closing):
            found.append(f"unbalanced {opening}{closing} in the English; check the brackets and quotes")
    if english.count('"') % 2:
        found.append('unbalanced " in the English; use ‘…’ quotation marks')
    for match in REPEATED.finditer(english):
        found.append(f"repeated word '{match.group(0)}'; delete one")
    found += _ratio_findings(unit)
    return [Finding("warning", unit, message) for message in found]


def _ratio_findings(unit: Unit) -> list[str]:
    if unit.kind != "pair":
        return []
    da, en = _prose(unit.danish), _prose(unit.english)
    ratio = len(en) / max(1, len(da))
    found = []
    if not 0.75 <= ratio <= 1.6:
        found.append(
            f"the English is {ratio:.2f} times as long as the Danish (usual: 0.75-1.6); check for an "
            "omission or an addition"
        )
    da_sentences, en_sentences = len(SENTENCE_END.findall(da)), len(SENTENCE_END.findall(en))
    if abs(da_sentences - en_sentences) > max(2, da_sentences // 3):
        found.append(
            f"{da_sentences} sentences in the Danish but {en_sentences} in the English; check that "
            "nothing is dropped or merged"
        )
    return found


def glossary_findings(unit: Unit, entries, matcher) -> list[Finding]:
    """Where the Danish uses a glossary term, the English should use its rendering."""
    findings = []
    danish = plain(unit.danish)
    english = unit.english.casefold()
    seen = set()
    for match in matcher.pattern.finditer(danish):
        entry = matcher.entry_for(match.group(0))
        if entry.id in seen or unit.id in entry.exceptions:
            continue
        seen.add(entry.id)
        if not any(r.casefold() in english for r in entry.renderings):
            findings.append(
                Finding(
                    "warning",
                    unit,
                    f"the Danish has '{match.group(0)}' (glossary: "
                    f"'{entry.english}') but the English uses none of: "
                    f"{', '.join(entry.renderings)}; use the rendering or add a justified "
                    f"exception for this pair in data/glossary.yaml",
                )
            )
    return findings


def inconsistency_findings(units: list[Unit]) -> list[Finding]:
    """The same Danish sentence rendered two different ways."""
    seen: dict[str, tuple[Unit, str]] = {}
    findings = []
    for unit in units:
        da = [s.strip() for s in re.split(r"(?<=[.?!])\s+", _prose(unit.danish)) if len(s.split()) >= 5]
        en = [s.strip() for s in re.split(r"(?<=[.?!])\s+", _prose(unit.english)) if len(s.split()) >= 4]
        if len(da) != len(en):
            continue
        for sentence, rendering in zip(da, en):
            if sentence in seen and seen[sentence][1] != rendering:
                other = seen[sentence][0]
                findings.append(
                    Finding(
                        "warning",
                        unit,
                        f"the Danish sentence '{sentence[:40]}…' is also in "
                        f"{other.id} ({other.where}) but translated differently; align them",
                    )
                )
            seen.setdefault(sentence, (unit, rendering))
    return findings
