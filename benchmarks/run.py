"""The edition's performance benchmark: one command, one table of ratios (never a timed test).

    python benchmarks/run.py            # all parts (Lighthouse needs: cd benchmarks && npm ci)
    python benchmarks/run.py --quick    # fewer repetitions

(a) strict build of the real site vs the same Markdown with the edition's hooks and
    extensions switched off, alternating runs, ratio of medians (target <= 1.5);
(b) a generated edition 20 times the chapter with 1,000 glossary terms and 1,000
    bibliography entries: per-page build time at 20x over per-page time at 1x (target <= 1.2);
(c) compressed transfer size of a text page with everything it loads on first visit
    (target <= 100 KiB without fonts; fonts <= 80 KiB; zero third-party requests);
(d) Lighthouse mobile performance (median of 3) of every page against plain Material for MkDocs
    with the same five Danish pages, both served gzip-compressed in the same run (target: every
    text page >= 98 and no page below the plain theme);
(e) glossary marking on a page 100 times the chapter with 1,000 terms vs Python-Markdown
    rendering the same page (target < 0.5).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from edition.localsite import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

TEXT_PAGES = ["del-i.md", "i-1.md", "i-2.md", "i-3.md", "i-4.md"]


def mkdocs_build(config: Path, out: Path, strict: bool) -> float:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)]
    if strict:
        command.append("--strict")
    start = time.perf_counter()
    subprocess.run(
        command,
        check=True,
        cwd=config.parent,
        capture_output=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
    )
    return time.perf_counter() - start


# -- (a) the edition's own cost --------------------------------------------------------------


def plain_config(tmp: Path) -> Path:
    """mkdocs.yml without the edition's hooks (so without its extensions, checks and pages)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"\nhooks:\n(?:  - .*\n)+", "\nhooks: []\n", text)
    config = ROOT / "mkdocs.bench-plain.yml"
    config.write_text(text, encoding="utf-8")
    return config


def part_a(repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        plain = plain_config(Path(tmp))
        try:
            edition, baseline = [], []
            for _ in range(repeat):
                edition.append(mkdocs_build(ROOT / "mkdocs.yml", Path(tmp) / "a", strict=True))
                baseline.append(mkdocs_build(plain, Path(tmp) / "b", strict=False))
        finally:
            plain.unlink()
    ratio = statistics.median(edition) / statistics.median(baseline)
    return {"edition_s": statistics.median(edition), "plain_s": statistics.median(baseline), "ratio": ratio}


# -- (b) growth to the whole book ------------------------------------------------------------


def generated_project(tmp: Path, factor: int, terms: int, references: int) -> tuple[Path, int]:
    """A copy of the project whose text is ``factor`` times the chapter, with big data files."""
    from glossary_speed import synthetic_entries

    from edition.glossary import read_glossary

    project = tmp / f"edition-{factor}x"
    shutil.copytree(
        ROOT,
        project,
        ignore=shutil.ignore_patterns(
            ".git", "site*", ".venv", "node_modules", "tests", "benchmarks", "*.zip", "__pycache__"
        ),
    )
    docs = project / "docs"
    nav = []
    for copy in range(1, factor):
        for name in TEXT_PAGES:
            text = (ROOT / "docs" / name).read_text(encoding="utf-8")
            text = re.sub(r"^(/// (?:pair|heading) \| )", rf"\1c{copy}-", text, flags=re.M)
            text = re.sub(r"\(#(?!tekstboks)", f"(#c{copy}-", text)
            text = text.replace("/// textbox | I.1", f"/// textbox | C{copy}.1").replace(
                "#tekstboks-i1", f"#tekstboks-c{copy}1"
            )
            text = re.sub(r'^title: "(.*)"$', rf'title: "\1 (copy {copy})"', text, flags=re.M)
            (docs / f"c{copy}-{name}").write_text(text, encoding="utf-8")
            nav.append(f"c{copy}-{name}")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "  - Glossary: glossary.md", "".join(f'  - "{n}": {n}\n' for n in nav) + "  - Glossary: glossary.md"
    )
    config.write_text(text, encoding="utf-8")
    real, _ = read_glossary(ROOT / "data" / "glossary.yaml")
    _write_glossary(project / "data" / "glossary.yaml", synthetic_entries(real, terms), len(real))
    _write_bib(project / "bibliography" / "edition.bib", references)
    from edition.review import main as review

    review(["reviewed", "all"], root=project)
    pages = len(list(docs.glob("*.md")))
    return config, pages


def _write_glossary(path: Path, entries, real: int) -> None:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in entries[real:]:
        data.append(
            {
                "headword": entry.headword,
                "forms": entry.forms,
                "english": entry.english,
                "explanation": entry.explanation,
                "crossref": True,
            }
        )
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _write_bib(path: Path, total: int) -> None:
    text = path.read_text(encoding="utf-8")
    existing = text.count("\n@")
    extra = "".join(
        f"\n@book{{synthetic-{i},\n  author = {{Forfatter{i}, Anne}},\n  title = {{Syntetisk værk {i}}},\n"
        f"  year = {{2000}},\n  publisher = {{Forlag}},\n  confidence = {{verified}}\n}}\n"
        for i in range(total - existing)
    )
    path.write_text(text + extra, encoding="utf-8")
    cite = path.parent.parent / "docs" / "bibliography.md"
    cite.write_text(
        cite.read_text(encoding="utf-8")
        + "\n"
        + "; ".join(f"[S{i}](cite:synthetic-{i})" for i in range(total - existing))
        + "\n",
        encoding="utf-8",
    )


def part_b(repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        small, small_pages = generated_project(Path(tmp), 1, 1000, 1000)
        big, big_pages = generated_project(Path(tmp), 20, 1000, 1000)
        small_t, big_t = [], []
        for _ in range(repeat):
            small_t.append(mkdocs_build(small, Path(tmp) / "s1", strict=False))
            big_t.append(mkdocs_build(big, Path(tmp) / "s20", strict=False))
    per_small = statistics.median(small_t) / small_pages
    per_big = statistics.median(big_t) / big_pages
    return {
        "pages_1x": small_pages,
        "pages_20x": big_pages,
        "build_1x_s": statistics.median(small_t),
        "build_20x_s": statistics.median(big_t),
        "ratio": per_big / per_small,
    }


# -- (c) transfer size, (d) Lighthouse ---------------------------------------------------------


def part_c(site: Path, page: str = "i-3/") -> dict:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    sizes: dict[str, int] = {}
    foreign = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=CHROMIUM_ARGS,
            )
            tab = browser.new_page()

            def record(response):
                if not response.url.startswith(base):
                    foreign.append(response.url)
                    return
                try:
                    body = response.body()
                except Exception:
                    return
                compressed = (
                    body if response.url.endswith((".woff2", ".png", ".gz")) else gzip.compress(body, 6)
                )
                sizes[response.url] = len(compressed)

            tab.on("response", record)
            tab.goto(f"{base}/{page}", wait_until="networkidle")
            tab.wait_for_timeout(1500)
            browser.close()
    finally:
        server.shutdown()
    fonts = sum(v for k, v in sizes.items() if k.endswith(".woff2"))
    rest = sum(v for k, v in sizes.items() if not k.endswith(".woff2"))
    return {
        "requests": len(sizes),
        "kib_without_fonts": rest / 1024,
        "font_kib": fonts / 1024,
        "third_party": len(foreign),
        "largest": sorted(sizes.items(), key=lambda kv: -kv[1])[:5],
    }


def plain_reference(tmp: Path) -> Path:
    """The reference for (d): plain Material for MkDocs with the same five pages, Danish only
    (headings and paragraphs as printed), no hooks, no extensions, system fonts (offline)."""
    from edition.document import parse_page, plain

    project = tmp / "plain-material"
    docs = project / "docs"
    docs.mkdir(parents=True)
    for name in TEXT_PAGES:
        units, _ = parse_page((ROOT / "docs" / name).read_text(encoding="utf-8"), f"docs/{name}")
        lines = []
        for unit in units:
            if unit.kind == "heading":
                lines.append(("# " if not lines else "## ") + plain(unit.danish))
            elif unit.kind in ("pair", "textbox"):
                lines.append(plain(unit.danish))
        (docs / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (docs / "index.md").write_text("# Fremtidens velfærdssamfund\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        "site_name: Fremtidens velfærdssamfund\n"
        "theme:\n  name: material\n  language: da\n  font: false\n"
        "  features: [navigation.instant, navigation.tabs]\n"
        "plugins:\n  - search:\n      lang: [da]\n",
        encoding="utf-8",
    )
    site = project / "site"
    mkdocs_build(project / "mkdocs.yml", site, strict=True)
    return site


def lighthouse(binary: Path, url: str, out: Path) -> dict:
    """One Lighthouse run, mobile preset (its default), performance only."""
    subprocess.run(
        [
            str(binary),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking",
            "--only-categories=performance",
        ],
        check=True,
        env=dict(os.environ, CHROME_PATH=CHROMIUM),
        capture_output=True,
        timeout=300,
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    return {
        "score": round(report["categories"]["performance"]["score"] * 100),
        "fcp": audits["first-contentful-paint"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
    }


def site_pages(site: Path) -> list[str]:
    """Every page of a built site, as the path a reader requests ('' for the title page)."""
    pages = [""] if (site / "index.html").exists() else []
    pages += sorted(
        f"{d.name}/"
        for d in site.iterdir()
        if d.is_dir() and (d / "index.html").exists() and d.name != "search"
    )
    return pages


def part_d(site: Path, repeat: int) -> dict:
    """Lighthouse mobile, median of ``repeat`` runs, for every page of the edition and of the plain
    reference, both served gzip-compressed (as GitHub Pages serves them) in the same run."""
    binary = ROOT / "benchmarks" / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        return {"skipped": "run: cd benchmarks && npm ci"}
    results: dict[str, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        reference = plain_reference(Path(tmp))
        for name, root in (("edition", site), ("plain", reference)):
            server, base = serve(root, compress=True)
            try:
                for page in site_pages(root):
                    runs = [
                        lighthouse(binary, f"{base}/{page}", Path(tmp) / "report.json") for _ in range(repeat)
                    ]
                    results.setdefault(name, {})[page] = {
                        key: statistics.median(run[key] for run in runs) for key in runs[0]
                    }
            finally:
                server.shutdown()
    return results


def part_e() -> dict:
    from glossary_speed import measure

    result = measure(factor=100, terms=1000, repeat=1)
    return {"render_s": result["render_s"], "mark_s": result["mark_s"], "ratio": result["ratio"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--parts", default="abcde", help="which parts to run, e.g. 'ac'")
    args = parser.parse_args()
    repeat = 2 if args.quick else 3
    rows = []
    site = Path(tempfile.mkdtemp()) / "site"
    mkdocs_build(ROOT / "mkdocs.yml", site, strict=True)
    if "a" in args.parts:
        a = part_a(repeat)
        rows.append(
            (
                "(a) build, edition / plain",
                f"{a['edition_s']:.2f} s / {a['plain_s']:.2f} s",
                f"{a['ratio']:.2f}",
                "<= 1.5",
                a["ratio"] <= 1.5,
            )
        )
    if "b" in args.parts:
        b = part_b(repeat)
        rows.append(
            (
                "(b) per page, 20x / 1x",
                f"{b['build_20x_s']:.1f} s for {b['pages_20x']} pages / "
                f"{b['build_1x_s']:.1f} s for {b['pages_1x']}",
                f"{b['ratio']:.2f}",
                "<= 1.2",
                b["ratio"] <= 1.2,
            )
        )
    if "c" in args.parts:
        c = part_c(site)
        rows.append(
            (
                "(c) text page, first visit",
                f"{c['requests']} requests",
                f"{c['kib_without_fonts']:.1f} KiB",
                "<= 100 KiB",
                c["kib_without_fonts"] <= 100,
            )
        )
        rows.append(
            ("(c) fonts (woff2, subset)", "", f"{c['font_kib']:.1f} KiB", "<= 80 KiB", c["font_kib"] <= 80)
        )
        rows.append(("(c) third-party requests", "", str(c["third_party"]), "0", c["third_party"] == 0))
    if "d" in args.parts:
        d = part_d(site, repeat)
        if "skipped" in d:
            rows.append(("(d) Lighthouse mobile", d["skipped"], "-", ">= 98", False))
        else:
            plain = d["plain"]
            floor = statistics.median(r["score"] for r in plain.values())
            text_pages = {name.removesuffix(".md") + "/" for name in TEXT_PAGES}
            for page, r in d["edition"].items():
                reference = plain.get(page, {}).get("score", floor)
                target = max(98, reference) if page in text_pages else reference
                rows.append(
                    (
                        f"(d) Lighthouse /{page}",
                        f"plain {reference:.0f}; FCP {r['fcp'] / 1000:.1f} s, LCP {r['lcp'] / 1000:.1f} s, "
                        f"TBT {r['tbt']:.0f} ms, CLS {r['cls']:.3f}",
                        f"{r['score']:.0f}",
                        f">= {target:.0f}",
                        r["score"] >= target,
                    )
                )
    if "e" in args.parts:
        e = part_e()
        rows.append(
            (
                "(e) glossary marking / render",
                f"{e['mark_s']:.2f} s / {e['render_s']:.2f} s",
                f"{e['ratio']:.3f}",
                "< 0.5",
                e["ratio"] < 0.5,
            )
        )
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>10}  {'target':>10}  met  detail")
    for name, detail, value, target, met in rows:
        print(f"{name:<{width}}  {value:>10}  {target:>10}  {'yes' if met else 'NO ':<3}  {detail}")
    missed = [name for name, _detail, _value, _target, met in rows if not met]
    if missed:
        print(f"{len(missed)} target(s) missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
