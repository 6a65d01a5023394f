"""The release workflow: on a version tag, least privilege, and every promised asset attached."""

from __future__ import annotations

import yaml

from support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def test_release_runs_on_version_tags_with_write_access_only_where_it_releases():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    on = workflow.get("on", workflow.get(True))
    assert on == {"push": {"tags": ["v*"]}}
    assert workflow["permissions"] == {"contents": "read"}
    (job,) = workflow["jobs"].values()
    assert job["permissions"] == {"contents": "write"}
    checkout = job["steps"][0]
    assert (
        checkout["uses"].startswith("actions/checkout@") and checkout["with"]["persist-credentials"] is False
    )


def test_release_builds_and_attaches_the_pdf_offline_copy_tei_and_exports():
    job = next(iter(yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"].values()))
    run = "\n".join(str(step.get("run", "")) for step in job["steps"])
    for command in (
        "mkdocs build --strict",
        "-m edition.pdf site",
        "-m edition.offline",
        "-m edition.cff --check",
    ):
        assert command in run
    for asset in (
        "site/edition.pdf",
        "site-offline.zip",
        "site/edition.xml",
        "site/pairs.json",
        "site/pairs.tmx",
        "site/cite/edition.bib",
        "CITATION.cff",
    ):
        assert asset in run, asset
    assert 'gh release create "$TAG" dist/*' in run
