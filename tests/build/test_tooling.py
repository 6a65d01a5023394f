"""The tools CI and pre-commit run are the same versions, installed from PyPI alone."""

from __future__ import annotations

import re

import yaml

from support import ROOT


def test_pre_commit_hooks_are_local_and_pin_the_ruff_the_test_extra_installs():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"], "hooks must not need a GitHub download"
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    ruff = re.search(r'"ruff==([^"]+)"', pyproject).group(1)
    for hook in config["repos"][0]["hooks"]:
        for dependency in hook.get("additional_dependencies", []):
            assert "==" in dependency, f"{hook['id']}: {dependency} is not pinned"
            if dependency.startswith("ruff=="):
                assert dependency == f"ruff=={ruff}", (
                    f"{hook['id']} pins {dependency}, pyproject ruff=={ruff}"
                )
