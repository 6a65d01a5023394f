"""Paths and the build helper shared by the test layers."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "source" / "del-i-fremtidens-velfaerdssamfund.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TEXT_PAGES = ["del-i", "i-1", "i-2", "i-3", "i-4"]


@dataclass
class Build:
    """A finished ``mkdocs build``: its exit code, its log and its output folder."""

    returncode: int
    log: str
    site: Path

    def page(self, name: str) -> str:
        path = self.site / (f"{name}/index.html" if name else "index.html")
        return path.read_text(encoding="utf-8")


def mkdocs_build(config: Path, site: Path, strict: bool = True) -> Build:
    """Run ``mkdocs build`` on a config file into ``site``."""
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
    if strict:
        command.append("--strict")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=config.parent, timeout=300)
    return Build(done.returncode, done.stdout + done.stderr, site)


def fixture_copy(tmp_path: Path, name: str = "site", reviewed: bool = True) -> Path:
    """A copy of a fixture edition wired to this repository's hooks (and, by default, reviewed)."""
    import shutil

    from edition.review import main as review

    site = tmp_path / "edition"
    shutil.copytree(FIXTURES / name, site)
    config = site / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("HOOKS", str(ROOT / "hooks")), encoding="utf-8"
    )
    if reviewed:
        assert review(["reviewed", "--all", "--reviewer", "Fixture Reviewer"], root=site) == 0
    return site


def pair_formats(data: dict, pair: str) -> dict:
    """A paragraph's citation formats as the Cite panel builds them from the page's embedded data:
    its own, or the page's template with the paragraph's id put in (``true``)."""
    own = data["pairs"][pair]
    if own is not True:
        return own
    template = data["pair_template"]
    return {name: text.replace(template["token"], pair) for name, text in template["formats"].items()}
