"""A built site served on 127.0.0.1, and Debian's Chromium to read it with.

Shared by the PDF step, the browser tests and the benchmark, so that all three
start the browser the same way (no network of its own, no downloaded browser).
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import sys
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


_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".bib", ".ris", ".cff")


class _Compressing(_Quiet):
    """Serves text files gzip-compressed, as GitHub Pages does, when the client accepts it
    (the benchmark measures what a reader's browser is sent, not the files on disk)."""

    protocol_version = "HTTP/1.1"

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in _COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


class _Server(http.server.ThreadingHTTPServer):
    """A browser that leaves a page cancels the requests still running: that is no error, and its
    traceback would only bury the test output a contributor reads. Anything else is still printed."""

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], ConnectionError):  # BrokenPipe-, ConnectionReset-, …
            return
        super().handle_error(request, client_address)


def serve(site: Path, compress: bool = False) -> tuple[_Server, str]:
    """Serve ``site`` on an ephemeral port of 127.0.0.1; returns the server and its base URL.

    ``compress`` gzips text files for clients that accept it, as GitHub Pages does."""
    handler = functools.partial(_Compressing if compress else _Quiet, directory=str(site))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
