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
