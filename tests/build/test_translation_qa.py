"""Translation QA on the real edition: no errors, no warnings (the same run as python -m edition.qa)."""

from edition import qa
from edition.engine import edition_at
from support import ROOT


def test_the_real_text_passes_qa_without_errors_or_warnings():
    found = qa.run(edition_at(ROOT))
    assert set(found) == set(qa.GROUPS)
    problems = [str(p) for group in found.values() for p in group]
    assert problems == [], "\n".join(problems)
