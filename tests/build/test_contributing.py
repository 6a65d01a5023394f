"""CONTRIBUTING's quick start keeps working: its commands run on this repository as written."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

from support import ROOT


def quick_start() -> list[str]:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)\n```", section, re.S).group(1)
    return [
        line.split("  #")[0].strip()
        for line in block.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def test_the_quick_start_installs_from_the_lock_and_serves_at_the_readme_address():
    commands = quick_start()
    assert any("pip install -c requirements.lock" in c for c in commands)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    serve = next(c for c in commands if "mkdocs serve" in c)
    assert serve.split("mkdocs serve", 1)[1].strip() in readme


def test_the_quick_start_commands_run_and_pass_on_this_repository():
    ran = 0
    for command in quick_start():
        if not command.startswith((".venv/bin/python -m edition.", "grep ")):
            continue  # the install and the server are checked elsewhere (test_readme.py)
        shell = command.replace(".venv/bin/python", shlex.quote(sys.executable), 1)
        done = subprocess.run(["bash", "-c", shell], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{command}\n{done.stdout}{done.stderr}"
        assert done.stdout.strip(), command
        ran += 1
    assert ran >= 3


def test_worked_examples_quote_the_pages_as_they_are():
    # a contributor copies these: an example that quotes a real unit or an author's note must be
    # that unit word for word (Danish and English), or it teaches an old translation
    from edition.document import parse_page
    from edition.site import load_units

    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    examples = re.findall(r"^```markdown\n(.*?)^```", text, flags=re.M | re.S)
    everything = load_units(ROOT / "docs")[0]
    # units by id; an author's note by its printed number (its id is namespaced by its page)
    units = {(u.kind, u.label if u.kind == "note" else u.id): u for u in everything}
    quoted = 0
    for example in examples:
        for unit in parse_page(example, "CONTRIBUTING.md/example.md")[0]:
            page = units.get((unit.kind, unit.label if unit.kind == "note" else unit.id))
            if page is None:
                continue
            quoted += 1
            assert [p.strip() for p in unit.parts] == [p.strip() for p in page.parts], unit.id
    assert quoted >= 4  # a pair, a heading, the text box and note 4
