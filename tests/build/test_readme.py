"""README gives exactly two commands, and CI runs the second one verbatim."""

import re

from support import ROOT


def readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_a_serve_and_a_test_command():
    serve, test = readme_commands()
    assert "mkdocs serve" in serve and "127.0.0.1:8000" in serve
    assert "pytest" in test


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_serve_watches_data_and_code():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    watched = config.split("\nwatch:", 1)[1]
    for folder in ("data", "bibliography", "edition", "hooks", "overrides"):
        assert f"  - {folder}\n" in watched + "\n"
