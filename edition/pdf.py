"""Print the bilingual chapter to PDF with headless Chromium (Debian's ``chromium --print-to-pdf``).

    python -m edition.pdf site           # writes site/edition.pdf from site/print/index.html

The built site is served on 127.0.0.1 for the print, so that its scripts and
styles load as they do for readers.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from edition.localsite import CHROMIUM, CHROMIUM_ARGS, serve

PRINT_FLAGS = [
    "--headless",
    *CHROMIUM_ARGS,
    "--no-pdf-header-footer",
    "--run-all-compositor-stages-before-draw",
    "--virtual-time-budget=5000",
]


def chromium() -> str:
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"edition.pdf needs Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    return CHROMIUM


def build_pdf(site: Path, out: Path | None = None, page: str = "print/") -> Path:
    """Serve ``site``, print ``page`` to ``out`` (default ``site/edition.pdf``)."""
    out = out or site / "edition.pdf"
    server, base = serve(site)
    try:
        with tempfile.TemporaryDirectory() as profile:
            url = f"{base}/{page}"
            subprocess.run(
                [chromium(), *PRINT_FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={out}", url],
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
    page = args.site / "print" / "index.html"
    if not page.is_file():
        print(
            f"edition.pdf: {page} does not exist: build the site first "
            f"(.venv/bin/mkdocs build --strict -d {args.site}), then run this again",
            file=sys.stderr,
        )
        return 2
    try:
        out = build_pdf(args.site)
    except subprocess.CalledProcessError as error:
        print(
            f"edition.pdf: chromium failed ({error.returncode}): {error.stderr.decode(errors='replace')[-500:]}"
        )
        return 1
    except subprocess.TimeoutExpired:
        print("edition.pdf: chromium did not finish printing within 180 s", file=sys.stderr)
        return 1
    if not out.is_file() or out.stat().st_size == 0:
        print(f"edition.pdf: chromium reported success but wrote no PDF at {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
