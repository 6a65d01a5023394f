"""The GitHub side: workflows are pinned and least-privilege, and the issue forms match the site's links."""

from __future__ import annotations

import re

import pytest
import yaml

from support import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)\s*#\s*v\d+(?:\.\d+)*\s*$")


def load(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def triggers(workflow: dict):
    # PyYAML (YAML 1.1) reads the bare key `on` as the boolean True.
    return workflow.get("on", workflow.get(True))


def all_uses(node):
    """Every value of a `uses:` key anywhere in the workflow."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "uses":
                yield value
            else:
                yield from all_uses(value)
    elif isinstance(node, list):
        for item in node:
            yield from all_uses(item)


def steps(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) for step in job.get("steps", []))


def test_the_expected_workflows_exist():
    assert {path.name for path in WORKFLOWS} >= {"pr.yml", "pages.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_shape_and_top_level_permissions(path):
    workflow = load(path)
    assert isinstance(workflow, dict)
    assert triggers(workflow), f"{path.name}: no `on:`"
    assert workflow.get("jobs"), f"{path.name}: no jobs"
    assert workflow.get("permissions") == {"contents": "read"}, f"{path.name}: top-level permissions"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_pull_request_target(path):
    text = path.read_text(encoding="utf-8")
    assert "pull_request_target" not in text
    assert "pull_request_target" not in (triggers(load(path)) or {})


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_sha_with_its_version(path):
    uses = list(all_uses(load(path)))
    assert uses, f"{path.name} uses no action"
    for action in uses:
        assert PINNED.match(action), f"{path.name}: {action!r} is not pinned to a full commit SHA"
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"\s*(-\s+)?uses:", line)
    ]
    assert len(lines) == len(uses)
    for line in lines:
        assert USES_LINE.match(line), f"{path.name}: {line.strip()!r} lacks a '# vX.Y.Z' comment"


def test_pull_request_workflow_runs_the_tests_qa_and_strict_build():
    workflow = load(GITHUB / "workflows" / "pr.yml")
    on = triggers(workflow)
    assert "pull_request" in on and "workflow_dispatch" in on
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "ubuntu-latest"
    assert str(job.get("env", {}).get("CI")).lower() == "true"
    run = steps(job)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = re.findall(r"```sh\n(.+?)\n```", readme.split("## Two commands", 1)[1])[1]
    assert test_command in run.splitlines(), "pr.yml must run the README's test command verbatim"
    assert "-m pytest" in run
    assert "-m edition.qa" in run
    assert "mkdocs build --strict" in run
    setup = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/setup-python@")]
    assert setup and setup[0]["with"]["python-version"] == "3.11"
    assert setup[0]["with"]["cache"] == "pip"
    assert "EDITION_CHROMIUM" in run


def test_pages_workflow_deploys_with_pages_write_only_on_the_deploy_job():
    workflow = load(GITHUB / "workflows" / "pages.yml")
    on = triggers(workflow)
    assert on["push"]["branches"] == ["main"] and "workflow_dispatch" in on
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    actions = [a.split("@")[0] for a in all_uses(workflow)]
    for needed in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert needed in actions
    assert "mkdocs build --strict" in "\n".join(steps(job) for job in workflow["jobs"].values())
    for name, job in workflow["jobs"].items():
        deploys = any(
            str(s.get("uses", "")).startswith("actions/deploy-pages@") for s in job.get("steps", [])
        )
        permissions = job.get("permissions", {})
        if deploys:
            assert permissions.get("pages") == "write" and permissions.get("id-token") == "write"
            assert job["environment"]["name"] == "github-pages"
            assert "steps.deployment.outputs.page_url" in job["environment"]["url"]
        else:
            assert "pages" not in permissions and "id-token" not in permissions, name
    upload = [
        s
        for j in workflow["jobs"].values()
        for s in j.get("steps", [])
        if str(s.get("uses", "")).startswith("actions/upload-pages-artifact@")
    ]
    assert upload[0]["with"]["path"] == "site"


def form(name: str) -> dict:
    data = load(GITHUB / "ISSUE_TEMPLATE" / name)
    assert data["name"] and data["description"] and data["body"]
    return data


def field_ids(data: dict) -> set[str]:
    return {item["id"] for item in data["body"] if "id" in item}


def test_translation_problem_form_prefills_pair_and_page():
    data = form("translation-problem.yml")
    assert data["labels"] == ["translation"]
    assert {"pair", "page"} <= field_ids(data)


def test_source_text_error_form():
    data = form("source-text-error.yml")
    assert data["labels"] == ["source"]
    assert {"pair", "page"} <= field_ids(data)


def test_issue_template_config():
    assert load(GITHUB / "ISSUE_TEMPLATE" / "config.yml")["blank_issues_enabled"] is True


def test_site_report_link_names_the_form_and_its_field_ids():
    hook = (ROOT / "hooks" / "bilingual.py").read_text(encoding="utf-8")
    assert "template=translation-problem.yml" in hook
    assert "pair={pair}" in hook and "page={page}" in hook
