"""The README's commands are the ones CI runs, and its local address answers as it says."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from support import ROOT


def readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_a_serve_and_a_test_command_that_install_from_the_lock():
    serve, test = readme_commands()
    assert "mkdocs serve" in serve and "pytest" in test
    for command in (serve, test):
        assert "-c requirements.lock" in command
    assert (ROOT / "requirements.lock").is_file()


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_the_lock_pins_every_direct_dependency_at_its_pyproject_version():
    lock = dict(
        line.split("==", 1)
        for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    lock = {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in lock.items()}
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pins = re.findall(r'^\s*"([A-Za-z0-9_.-]+)==([^"]+)",', pyproject, flags=re.M)
    assert len(pins) > 10
    for name, version in pins:
        assert lock.get(re.sub(r"[-_.]+", "-", name).lower()) == version, f"{name}=={version} not in the lock"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_the_readme_address_answers_200_without_a_redirect_or_warning():
    serve = readme_commands()[0]
    address = re.search(r"mkdocs serve -a (127\.0\.0\.1):(\d+)", serve)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    url = re.search(r"<(http://127\.0\.0\.1:8000/[^>]+/)>", readme).group(1)
    port = free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"{address.group(1)}:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        opener = urllib.request.build_opener(NoRedirect)
        target = url.replace(":8000/", f":{port}/")
        status = None
        for _ in range(120):
            try:
                status = opener.open(target, timeout=2).status
                break
            except urllib.error.HTTPError as error:  # a redirect or an error page: no retry
                status = error.code
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        assert status == 200, f"{target} answered {status}"
    finally:
        server.terminate()
        log = server.communicate(timeout=30)[0]
    assert "WARNING" not in log, log
