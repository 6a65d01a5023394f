"""The preview never hangs: under mkdocs serve a page with an error answers at once and shows it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from support import fixture_copy, mkdocs_build


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, seconds: float = 60) -> tuple[int, str, float]:
    deadline = time.monotonic() + seconds
    while True:
        start = time.monotonic()
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status, response.read().decode("utf-8"), time.monotonic() - start
        except (urllib.error.URLError, ConnectionError):
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_a_broken_page_answers_with_its_error_and_the_rest_of_the_site_works(tmp_path):
    site = fixture_copy(tmp_path)
    config = site / "mkdocs.yml"
    page = site / "docs" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("[^1] og", "[^9] og", 1), encoding="utf-8")

    strict = mkdocs_build(config, tmp_path / "out")  # the build still refuses it
    assert strict.returncode != 0 and "footnote reference [^9] has no definition" in strict.log

    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "EDITION_PREVIEW"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=site,
        env=dict(env, NO_MKDOCS_2_WARNING="1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        status, html, _ = fetch(f"http://127.0.0.1:{port}/")
        assert status == 200
        assert "This preview has errors" in html
        assert "docs/index.md:13: error: footnote reference [^9] has no definition" in html
        status, html, seconds = fetch(f"http://127.0.0.1:{port}/bibliography/")  # the rest keeps working
        assert status == 200 and "This preview has errors" not in html and 'id="aarup-2010"' in html
        assert seconds < 1
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_in_the_preview_a_broken_data_file_is_shown_on_every_page(tmp_path, monkeypatch):
    site = fixture_copy(tmp_path, reviewed=False)
    config = site / "mkdocs.yml"
    (site / "data").mkdir()
    (site / "data" / "review.yaml").write_text(
        "f: {status: reviewed}\nf: {status: draft}\n", encoding="utf-8"
    )
    monkeypatch.setenv("EDITION_PREVIEW", "1")
    result = mkdocs_build(config, tmp_path / "out", strict=False)
    assert result.returncode == 0, result.log
    for page in ("index.html", "bibliography/index.html"):
        html = (tmp_path / "out" / page).read_text(encoding="utf-8")
        assert "data/review.yaml:2: error: &#x27;f&#x27; is given twice (first at line 1)" in html
    monkeypatch.delenv("EDITION_PREVIEW")
    built = mkdocs_build(config, tmp_path / "out2")
    assert built.returncode != 0 and "data/review.yaml:2: error: 'f' is given twice" in built.log
    assert "Traceback" not in built.log
