"""Every built page carries its Content-Security-Policy and no inline event handler or javascript: URL."""

from __future__ import annotations

from html.parser import HTMLParser

from edition.csp import policy, script_hash, with_policy


class Scan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.csp: list[str] = []
        self.handlers: list[str] = []
        self.javascript_urls: list[str] = []
        self.script_files: list[tuple[str, bool]] = []  # (file name, runs after parsing)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp.append(attrs.get("content") or "")
        if tag == "script" and "src" in attrs:
            self.script_files.append((attrs["src"].rsplit("/", 1)[-1], "defer" in attrs or "async" in attrs))
        self.handlers += [f"<{tag} {name}>" for name in attrs if name.lower().startswith("on")]
        for name in ("href", "src", "action", "formaction"):
            if (attrs.get(name) or "").strip().lower().startswith("javascript:"):
                self.javascript_urls.append(f"<{tag} {name}={attrs[name]}>")


def test_every_page_has_a_policy_and_nothing_executable_inline(built_site):
    pages = sorted(built_site.site.rglob("*.html"))
    assert len(pages) >= 10
    for path in pages:
        scan = Scan()
        scan.feed(path.read_text(encoding="utf-8"))
        name = path.relative_to(built_site.site)
        assert len(scan.csp) == 1, name
        assert (
            "script-src 'self' 'sha256-" in scan.csp[0]
            and "unsafe-inline" not in scan.csp[0].split("style-src")[0]
        )
        assert "object-src 'none'" in scan.csp[0]
        assert scan.handlers == [] and scan.javascript_urls == [], name


def test_no_script_holds_the_first_paint(built_site):
    """Every script file a page loads runs after the page is parsed (defer, in the order written:
    the theme's bundle before the edition's script), so the first paint never waits for the
    theme's JavaScript (edition/themefixes.py)."""
    pages = sorted(built_site.site.rglob("*.html"))
    assert len(pages) >= 10
    for path in pages:
        scan = Scan()
        scan.feed(path.read_text(encoding="utf-8"))
        names = [name for name, _ in scan.script_files]
        assert names and all(deferred for _, deferred in scan.script_files), (path, scan.script_files)
        assert names[0].startswith("bundle.") and "edition.js" in names, (path, names)


def test_the_policy_hashes_exactly_the_inline_executable_scripts():
    html = (
        "<html><head><title>t</title></head><body><script>run()</script>"
        '<script src="a.js"></script><script type="application/json">{"a": "</b>"}</script>'
        '<script type="application/ld+json">{}</script></body></html>'
    )
    assert f"script-src 'self' {script_hash('run()')};" in policy(html)
    out = with_policy(html)
    assert out.startswith(
        '<html><head><meta http-equiv="Content-Security-Policy" content="default-src &#x27;self&#x27;'
    )
    assert out.endswith(
        '<title>t</title></head><body><script>run()</script><script src="a.js"></script>'
        '<script type="application/json">{"a": "</b>"}</script>'
        '<script type="application/ld+json">{}</script></body></html>'
    )
