"""A built site served on 127.0.0.1, and Debian's Chromium to read it with.

Shared by the PDF step, the browser tests and the benchmark, so that all three
start the browser the same way (no network of its own, no downloaded browser).
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

CHROMIUM = os.environ.get("EDITION_CHROMIUM", "/usr/bin/chromium")
"""Debian's chromium; EDITION_CHROMIUM points elsewhere (e.g. Chrome on GitHub's runners)."""

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
"""Without the background-networking flags Chromium tries to reach Google's hosts."""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve ``site`` on an ephemeral port of 127.0.0.1; returns the server and its base URL."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
