"""Print the bilingual chapter to PDF with headless Chromium (Debian's ``chromium --print-to-pdf``).

    python -m edition.pdf site           # writes site/edition.pdf from site/print/index.html

The built site is served on 127.0.0.1 for the print, so that its scripts and
styles load as they do for readers.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-pdf-header-footer",
    "--run-all-compositor-stages-before-draw",
    "--virtual-time-budget=5000",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def chromium() -> str:
    found = os.environ.get("EDITION_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).exists():
        raise SystemExit("edition.pdf needs Debian's chromium (apt-get install chromium)")
    return found


def build_pdf(site: Path, out: Path | None = None, page: str = "print/") -> Path:
    """Serve ``site``, print ``page`` to ``out`` (default ``site/edition.pdf``)."""
    out = out or site / "edition.pdf"
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory() as profile:
            url = f"http://127.0.0.1:{server.server_address[1]}/{page}"
            subprocess.run(
                [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={out}", url],
                check=True,
                capture_output=True,
                timeout=180,
            )
    finally:
        server.shutdown()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.pdf", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the built site folder (mkdocs build -d SITE)")
    args = parser.parse_args(argv)
    print(build_pdf(args.site))
    return 0


if __name__ == "__main__":
    sys.exit(main())
