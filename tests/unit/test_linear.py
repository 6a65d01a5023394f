"""Linear time on adversarial input: the reader, the content scan, plain text, citations, the QA checks.

The input is ~100x the chapter (the chapter's pages are ~110 KB): 5 MB of unclosed brackets,
braces, note markers, links and tags. A quadratic pattern would need ~10^12 steps and never
finish; the assertions are on what is found, and the timeout only guards against a hang.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
N = 500_000

SCRIPT = f"""
from edition.document import Unit, content_problems, parse_page, plain, without_comments
from edition.citations import citation_links
from edition import checks
n = {N}
evil = "[" * n + "[^" * n + "{{" * n + "](" * n + "](cite:" * 50_000 + "<a" * n + "<!--" * n + "a-" * n + "\\u00e6"
page = "/// pair | a\\nDa.\\n***\\n" + evil + "\\n///\\n"
units, problems = parse_page(page, "docs/x.md")
print(len(units), len(units[0].parts), len(plain(evil)) > 0, len(citation_links(evil)), len(without_comments(evil)))
unit = Unit("pair", "a", "docs/x.md", 1, ["Da.", evil], [2, 4])
findings = checks.parity_findings(unit) + checks.warning_findings(unit, set()) + checks.identical_findings(unit)
print(sorted({{p.message.split(" (")[0] for p in content_problems(page, "docs/x.md")}}))
"""


def test_adversarial_input_runs_in_linear_time():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=600,  # hang guard only: linear code finishes in seconds, quadratic code in days
    )
    assert result.returncode == 0, result.stderr
    counts, messages = result.stdout.splitlines()
    assert counts.split()[:4] == ["1", "2", "True", "0"]  # one unit, two parts, no citation in the brackets
    assert "raw HTML or script" in messages  # the '<a' run is refused
