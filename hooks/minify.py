"""The edition's own stylesheets and scripts are served minified (the sources in docs/ stay readable).

Every local file named in ``extra_css`` and ``extra_javascript`` is rewritten in the built site
with rcssmin / rjsmin, which only drop comments and whitespace. Stateless; runs after the build.
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin

MINIFIERS = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


def _local(entry) -> str:
    path = entry if isinstance(entry, str) else getattr(entry, "path", "")
    return "" if "://" in path or path.startswith("//") else path


def on_post_build(config):
    site = Path(config["site_dir"])
    for entry in [*config["extra_css"], *config["extra_javascript"]]:
        path = site / _local(entry)
        minify = MINIFIERS.get(path.suffix)
        if minify and path.is_file():
            path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")
