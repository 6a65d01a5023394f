"""Shared fixtures: the real site is built once per test run (strict), and served."""

from __future__ import annotations


import pytest

from edition.fidelity import CORRECTIONS, apply_corrections, load_corrections
from edition.localsite import serve

from support import FIXTURES, ROOT, SOURCE, Build, mkdocs_build  # noqa: F401


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """The real edition, built once with ``--strict``."""
    return mkdocs_build(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def source_text() -> str:
    """The extraction of the print in source/, with the recorded corrections applied."""
    corrections, problems = load_corrections(SOURCE.parent / CORRECTIONS, "source/" + CORRECTIONS)
    text, applied = apply_corrections(
        SOURCE.read_text(encoding="utf-8"), corrections, "source", "corrections"
    )
    assert not problems + applied, "\n".join(map(str, problems + applied))
    return text


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site served on 127.0.0.1 (an ephemeral port)."""
    assert built_site.returncode == 0, built_site.log
    server, base = serve(built_site.site)
    yield base
    server.shutdown()
