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


def ci_steps(job: dict) -> list[int]:
    """Indexes of the steps that run the one CI script."""
    return [i for i, step in enumerate(job.get("steps", [])) if "bash .ci/run" in str(step.get("run", ""))]


def test_pull_request_workflow_runs_the_one_ci_script():
    workflow = load(GITHUB / "workflows" / "pr.yml")
    on = triggers(workflow)
    assert "pull_request" in on and "workflow_dispatch" in on
    (job,) = workflow["jobs"].values()
    assert job["runs-on"] == "ubuntu-latest"
    assert str(job.get("env", {}).get("CI")).lower() == "true"
    assert ci_steps(job), "pr.yml must run .ci/run (the script the local CI runs)"
    setup = [s for s in job["steps"] if str(s.get("uses", "")).startswith("actions/setup-python@")]
    assert setup and setup[0]["with"]["python-version"] == "3.11"


def test_the_ci_script_runs_the_tests_ruff_and_qa():
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    commands = [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
    for needed in (
        ".venv/bin/ruff check .",
        ".venv/bin/ruff format --check .",
        ".venv/bin/python -m edition.qa",
    ):
        assert needed in commands, needed
    assert lines[1].startswith("#") and "set -euo pipefail" in commands


def test_pages_deploys_only_after_the_ci_script():
    workflow = load(GITHUB / "workflows" / "pages.yml")
    build = workflow["jobs"]["build"]
    uploads = [
        i
        for i, s in enumerate(build["steps"])
        if str(s.get("uses", "")).startswith("actions/upload-pages-artifact@")
    ]
    assert ci_steps(build) and uploads and ci_steps(build)[0] < uploads[0]
    assert workflow["jobs"]["deploy"]["needs"] == "build"


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


def test_site_report_link_names_the_form_and_its_field_ids(built_site):
    """The built page's "Report a problem" links open the form and prefill fields it has."""
    from html.parser import HTMLParser
    from urllib.parse import parse_qs, urlparse

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.hrefs: list[str] = []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "a" and "pair__report" in (attrs.get("class") or ""):
                self.hrefs.append(attrs["href"])

    parser = Links()
    parser.feed(built_site.page("i-1"))
    assert parser.hrefs, "no report links on the page"
    fields = field_ids(form("translation-problem.yml"))
    for href in parser.hrefs:
        query = parse_qs(urlparse(href).query)
        assert query["template"] == ["translation-problem.yml"]
        prefilled = set(query) - {"template", "title", "labels"}
        assert prefilled and prefilled <= fields, prefilled - fields
