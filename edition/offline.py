"""Build the offline copy (readable from file://, search included) and zip it.

python -m edition.offline                 # site-offline/ and site-offline.zip beside mkdocs.yml
python -m edition.offline --into site     # also copies the zip into site/ for download
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_offline(root: Path = ROOT, out: Path | None = None) -> Path:
    """Run ``mkdocs build --strict -f mkdocs.offline.yml`` into ``out`` and return the folder."""
    out = out or root / "site-offline"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-q",
            "-f",
            str(root / "mkdocs.offline.yml"),
            "-d",
            str(out),
        ],
        check=True,
        cwd=root,
        env=env,
    )
    return out


def zip_folder(folder: Path, archive: Path) -> Path:
    """Zip ``folder`` so that it unpacks to a single folder of the same name."""
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                bundle.write(path, Path(folder.name) / path.relative_to(folder))
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m edition.offline", description=__doc__.split("\n\n")[0])
    parser.add_argument("--into", type=Path, help="a built site folder to copy the zip into")
    args = parser.parse_args(argv)
    folder = build_offline()
    archive = zip_folder(folder, ROOT / "site-offline.zip")
    if args.into:
        shutil.copy(archive, args.into / "fremtidens-velfaerdssamfund-offline.zip")
    print(archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
