"""One edition, loaded once per build.

:class:`Edition` holds everything a build knows about the text: the
configuration (:mod:`edition.config`), the units of every page, the review
records and states, the bibliography and the glossary, each read once, the
first time it is needed.  It is created the first time any hook asks for it
(:func:`edition_for`) and kept on that build's MkDocs config object, so nothing
survives from one build to the next (``mkdocs serve`` loads a fresh config for
every rebuild) and no hook depends on another hook's order.

The edition's Markdown extensions are listed under ``markdown_extensions:`` in
``mkdocs.yml`` like any other; MkDocs makes them anew for every page from
``mdx_configs``.  :meth:`Edition.configure` hands them their data there, by
name, once per build, and :meth:`Edition.begin_page` the current page's
settings (its path, its links to the bibliography and the glossary).
"""

from __future__ import annotations

import hashlib

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError

from edition.config import EditionConfig, read_config
from edition.problems import Problem
from edition.site import load_units, section_titles, text_pages

PREVIEW = "EDITION_PREVIEW"
"""Set to 1 by hooks/bilingual.py when MkDocs starts ``serve``: the preview shows errors on the page."""
ATTRIBUTE = "edition_build"
"""Where the build's :class:`Edition` is kept on the MkDocs config object."""

BLOCKS, NOTES, CITATIONS, GLOSSARY = (
    "edition.blocks",
    "edition.notes",
    "edition.citations",
    "edition.tooltips",
)
EXTENSIONS = (BLOCKS, NOTES, CITATIONS)
"""The edition's extensions that every edition lists (the glossary marker only with a glossary)."""


@dataclass
class Edition:
    root: Path
    docs: Path
    config: EditionConfig
    nav: list | None = None
    site_url: str = ""
    repo_url: str = ""
    site_name: str = ""
    use_directory_urls: bool = True
    current_page: str = ""
    """The source path (under docs/) of the page being rendered; set by :meth:`begin_page`."""
    preview: bool = field(default_factory=lambda: os.environ.get(PREVIEW) == "1")
    """Under ``mkdocs serve``: errors are shown on the page instead of stopping the build."""
    errors: list = field(default_factory=list)
    """Errors found in preview mode: (page or "" for the whole site, message)."""
    _cache: dict = field(default_factory=dict, repr=False)

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def from_mkdocs(cls, mkdocs_config) -> Edition:
        config, problems = read_config(mkdocs_config.extra)
        if problems:
            raise PluginError("The edition's configuration has errors:\n  " + "\n  ".join(map(str, problems)))
        return cls(
            root=Path(mkdocs_config.config_file_path).parent,
            docs=Path(mkdocs_config.docs_dir),
            config=config,
            nav=mkdocs_config.nav,
            site_url=mkdocs_config.site_url or "",
            repo_url=mkdocs_config.repo_url or "",
            site_name=mkdocs_config.site_name or "",
            use_directory_urls=mkdocs_config.use_directory_urls,
        )

    def path(self, name: str) -> Path:
        """A data path from the configuration, absolute."""
        return self.root / getattr(self.config.paths, name)

    def shown(self, name: str) -> str:
        """A data path as contributors see it (relative to the project)."""
        return getattr(self.config.paths, name)

    def _once(self, key: str, make):
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # -- what every hook shares ---------------------------------------------------------------
    @property
    def text_pages(self) -> list[str]:
        """The pages with bilingual units, in navigation order (paths under docs/)."""
        return self._once("text_pages", lambda: text_pages(self.docs, self.nav))

    @property
    def units(self):
        return self._once("units", lambda: load_units(self.docs, self.text_pages, self.config.ids))[0]

    @property
    def unit_problems(self) -> list[Problem]:
        return self._once("units", lambda: load_units(self.docs, self.text_pages, self.config.ids))[1]

    @property
    def content_problems(self) -> list[Problem]:
        """Raw HTML, invisible characters and non-NFC text in any page (the build refuses them)."""
        from edition.document import content_problems

        def scan():
            return [
                problem
                for page in sorted(self.docs.rglob("*.md"))
                for problem in content_problems(
                    page.read_text(encoding="utf-8"),
                    f"{self.docs.name}/{page.relative_to(self.docs).as_posix()}",
                )
            ]

        return self._once("content_problems", scan)

    @property
    def titles(self) -> dict[str, str]:
        return self._once("titles", lambda: section_titles(self.nav, self.docs.name))

    @property
    def records(self):
        """The review records; a malformed review file stops the build with every problem."""
        return self._once("records", self._read_records)

    def _read_records(self):
        from edition.review import read_records

        records, problems = read_records(self.path("review"), self.shown("review"))
        if problems:
            raise PluginError("The review file has errors:\n  " + "\n  ".join(map(str, problems)))
        return records

    @property
    def states(self) -> dict[str, str]:
        """Unit id -> ``reviewed`` | ``draft`` | ``stale``."""
        from edition.review import state_of

        return self._once("states", lambda: {u.id: state_of(u, self.records) for u in self.units})

    @property
    def references(self) -> dict:
        """Citation key -> formatted reference (empty when the edition has no bibliography)."""
        from edition.bibliography import load_bibliography

        path = self.path("bibliography")
        return self._once(
            "references", lambda: load_bibliography(path, self.path("cache")) if path.exists() else {}
        )

    @property
    def glossary(self) -> list | None:
        """The glossary's entries, or ``None`` when the edition has no glossary file."""
        return self._once("glossary", self._read_glossary)

    def _read_glossary(self):
        from edition.glossary import read_glossary

        path = self.path("glossary")
        if not path.exists():
            return None
        entries, problems = read_glossary(path)
        if problems:
            raise PluginError("The glossary has errors:\n  " + "\n  ".join(map(str, problems)))
        return entries

    @property
    def compiled_glossary(self):
        """The glossary's patterns, compiled once per build (``None`` without a glossary)."""
        from edition.tooltips import Glossary

        return self._once("compiled_glossary", lambda: Glossary(self.glossary) if self.glossary else None)

    def fonts(self, mkdocs_config) -> tuple[list[str], str]:
        """The text face's files as site paths (``assets/fonts/x.woff2``) and a short digest of
        their bytes: a reader's cached faces are used only while the digest is unchanged."""

        def read():
            folder = self.path("fonts").resolve()
            docs = Path(mkdocs_config["docs_dir"]).resolve()
            inside = folder.is_dir() and folder.is_relative_to(docs)  # served only from docs/
            files = sorted(folder.glob("*.woff2")) if inside else []
            digest = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
            return [f.resolve().relative_to(docs).as_posix() for f in files], digest

        return self._once("fonts", read)

    def has_page(self, role: str) -> bool:
        """Whether the page playing ``role`` (glossary, bibliography, status) exists."""
        return (self.docs / getattr(self.config.pages, role)).is_file()

    # -- links and ids --------------------------------------------------------------------------
    def page_url(self, page: str) -> str:
        """A page's URL below the site (``i-3.md`` -> ``i-3/``, ``kapittel-1/index.md`` -> ``kapittel-1/``),
        by MkDocs' own rule."""
        from mkdocs.structure.files import File

        return File(page, str(self.docs), "", self.use_directory_urls).url

    def unit_url(self, unit) -> str:
        """The one rule for a unit's public address: the site's URL, the page's, the unit's anchor."""
        return f"{self.site_url or '/'}{self.page_url(unit.page)}#{unit.anchor}"

    @property
    def export(self):
        from edition.exports import Export

        languages = self.config.languages
        return Export(
            work=self.config.labels.work or self.site_name,
            source_lang=languages.source.code,
            target_lang=languages.target.code,
            url=self.unit_url,
            titles=self.titles,
            records=self.records,
            version=self.version,
        )

    @property
    def version(self) -> str:
        """The edition's current release (``data/edition.yaml``), or '' for an edition without one."""
        from edition.metadata import DATA, release_version

        return self._once(
            "version", lambda: release_version(self.root) if (self.root / DATA).is_file() else ""
        )

    def relative(self, target: str, page: str | None = None) -> str:
        """A link from the current page (or ``page``) to another docs file, as MkDocs resolves it."""
        depth = len(PurePosixPath(page or self.current_page or "index.md").parent.parts)
        return "/".join([".."] * depth + [target])

    def report_url(self) -> str:
        if not self.repo_url:
            return ""
        return (
            self.repo_url.rstrip("/") + "/issues/new?template=translation-problem.yml"
            "&title=Paragraph+{pair}&pair={pair}&page={page}"  # labels: the form sets them
        )

    # -- the Markdown extensions ----------------------------------------------------------------
    def configure(self, mkdocs_config) -> None:
        """Hand the extensions listed in ``markdown_extensions:`` this build's data, by name."""
        listed = set(mkdocs_config.markdown_extensions)
        missing = [name for name in EXTENSIONS if name not in listed]
        if missing:
            raise PluginError(
                f"mkdocs.yml: markdown_extensions must list {', '.join(missing)} "
                "(the edition's pairs, notes and citations); add them after 'footnotes'"
            )
        languages = {
            "source_lang": self.config.languages.source.code,
            "target_lang": self.config.languages.target.code,
        }
        labels = {
            name: getattr(self.config.labels, name).format(
                source=self.config.languages.source.name, target=self.config.languages.target.name, id="{id}"
            )
            for name in ("stale", "draft", "revised", "permalink", "cite", "report", "report_title")
        }
        if self.preview:
            self.load_for_preview()
        settings = {
            BLOCKS: {
                "review": self.states,
                "report_url": self.report_url(),
                "labels": labels,
                "textbox_word": self.config.ids.textbox,
                "item_word": self.config.ids.item,
                **languages,
            },
            NOTES: {**languages, "source_name": self.config.languages.source.name},
            CITATIONS: {"references": {key: ref.plain for key, ref in self.references.items()}},
        }
        if self.glossary is not None:
            if GLOSSARY not in listed:
                raise PluginError(
                    f"mkdocs.yml: the edition has a glossary ({self.shown('glossary')}), so markdown_extensions "
                    f"must list {GLOSSARY} (it marks the terms); add it after edition.citations"
                )
            settings[GLOSSARY] = {"entries": self.compiled_glossary, **languages}
        for name, values in settings.items():
            mkdocs_config.mdx_configs.setdefault(name, {}).update(values)

    def tolerate(self, error: Exception, page: str = "") -> None:
        """In the preview, remember an error for the pages to show; in a build, stop."""
        if not self.preview:
            raise error
        self.errors.append((page, str(error)))

    def load_for_preview(self) -> None:
        """Load the shared data; in the preview a broken data file empties it instead of stopping."""
        for name, empty in (("records", {}), ("references", {}), ("glossary", None)):
            try:
                getattr(self, name)
            except PluginError as error:
                self.tolerate(error)
                self._cache[name] = empty

    def banner(self, src_uri: str) -> str:
        """The preview's error banner for a page (HTML, every message escaped), or ''."""
        import html

        messages = [m for page, m in self.errors if page in ("", src_uri)]
        if not messages:
            return ""
        items = "".join(f"<li><pre>{html.escape(m)}</pre></li>" for m in messages)
        return (
            '<div class="admonition failure edition-preview-error" role="alert">'
            '<p class="admonition-title">This preview has errors (mkdocs build --strict would stop here)</p>'
            f"<ul>{items}</ul></div>\n\n"
        )

    def begin_page(self, mkdocs_config, src_uri: str) -> None:
        """The settings that depend on the page being rendered (passed explicitly, by name)."""
        self.current_page = src_uri
        configs = mkdocs_config.mdx_configs
        configs.setdefault(BLOCKS, {})["page"] = src_uri
        configs.setdefault(CITATIONS, {})["target"] = self.relative(self.config.pages.bibliography)
        if self.glossary is not None:
            configs.setdefault(GLOSSARY, {}).update(
                glossary=self.relative(self.config.pages.glossary), enabled=src_uri in self.text_pages
            )


def edition_for(mkdocs_config) -> Edition:
    """The build's edition: made by whichever hook asks first, kept on this build's config."""
    edition = getattr(mkdocs_config, ATTRIBUTE, None)
    if edition is None:
        edition = Edition.from_mkdocs(mkdocs_config)
        setattr(mkdocs_config, ATTRIBUTE, edition)
    return edition


class NotAnEdition(Exception):
    """The folder holds no edition (no ``mkdocs.yml``): commands say so and exit non-zero."""


def edition_at(root: Path) -> Edition:
    """The edition whose ``mkdocs.yml`` is in ``root``, read the way MkDocs reads it (for commands)."""
    from mkdocs.config import load_config
    from mkdocs.exceptions import ConfigurationError

    config_file = root / "mkdocs.yml"
    if not config_file.is_file():
        raise NotAnEdition(f"{root} has no mkdocs.yml: run this command from the edition's folder")
    try:
        return Edition.from_mkdocs(load_config(str(config_file)))
    except (ConfigurationError, PluginError) as error:
        raise NotAnEdition(f"{config_file}: {error}") from error
