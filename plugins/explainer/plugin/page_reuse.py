"""Rebuilds that keep the generated pages nothing changed.

MkDocs builds every page on every build. With thousands of articles, their people and topic
pages, that took several times as long as the same texts as plain Markdown pages, though
most pages could not have changed. So:

1. before a build, the previous site is moved aside (MkDocs then cleans an empty folder);
2. each generated page gets a fingerprint: a digest of the models it shows
   (``CorpusPages.page_key``) and of everything around it (``mkdocs.yml``, the docs files,
   the package, MkDocs, Material and Markdown versions, the theme's templates and ours,
   ``SOURCE_DATE_EPOCH``);
3. a page whose fingerprint is the previous build's, and whose previous output is there as
   that build left it (same size and modification time), is marked excluded, so MkDocs
   neither renders nor writes it; after the build its previous output is moved back (with
   its folder, when nothing was built there), and its entries are put back into Material's
   search index.

``mkdocs serve`` keeps the fingerprints in memory between rebuilds; ``mkdocs build`` keeps
them next to the analyses (``cache_dir``), in a file named after the site folder they
describe, so that builds into different folders keep their own. A failed build forgets
them: the next one builds everything.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from ..render import TEMPLATES
from ..site.disk_store import engine_version

log = logging.getLogger(__name__)

STATE_VERSION = 2


@dataclass
class PageReuse:
    state_dir: Path | None = None  # None: in memory only (the preview)
    previous: dict[str, str] = field(default_factory=dict)  # uri -> fingerprint
    current: dict[str, str] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)  # uri -> its file's stamp
    dest: dict[str, str] = field(default_factory=dict)  # uri -> its file in the site
    search_entries: dict[str, list] = field(default_factory=dict)  # uri -> its index entries
    reused: dict[str, File] = field(default_factory=dict)
    stash: Path | None = None
    site: Path | None = None  # this build's site folder
    frame: str = ""
    # what other modules keep with the pages, from the previous build and for the next one
    # (the statement exports' spans: see exports.write_statements)
    extra: dict = field(default_factory=dict)
    extra_next: dict = field(default_factory=dict)

    def start(self, config: MkDocsConfig) -> None:
        """``on_pre_build``: move the previous site aside, before MkDocs cleans it."""
        self.reused, self.current, self.dest, self.extra_next = {}, {}, {}, {}
        site = self.site = Path(config.site_dir)
        if self.state_dir is not None:
            self._load(site)
        self.stash = site.with_name(site.name + ".explainer-previous")
        shutil.rmtree(self.stash, ignore_errors=True)
        if not self.previous or not site.is_dir() or site.is_symlink():
            return  # (a link would be replaced by a folder: build everything instead)
        try:
            os.rename(site, self.stash)  # fails on a mount point, for one
        except OSError as err:
            log.debug("cannot move %s aside: %s", site, err)
            self.stash = None
            return
        site.mkdir()

    def set_frame(self, config: MkDocsConfig, files: Files) -> None:
        """``on_files``: the fingerprint of what every page shares."""
        digest = hashlib.sha256(engine_version().encode())
        digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode() + b"\0")
        for package in ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions"):
            digest.update(f"{package}={_version(package)}\0".encode())
        if config.config_file_path:
            digest.update(Path(config.config_file_path).read_bytes())
        docs = os.path.abspath(config.docs_dir)
        sources = [f.abs_src_path for f in files if f.abs_src_path
                   and os.path.abspath(f.abs_src_path).startswith(docs + os.sep)]
        # the templates that frame every page: Material's (an upgrade changes them), a
        # theme override's, ours
        sources += [str(p) for folder in config.theme.dirs for p in Path(folder).rglob("*.html")]
        sources += [str(p) for p in TEMPLATES.rglob("*.html")]
        for path in sorted(sources):
            stat = os.stat(path)
            digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\0".encode())
        self.frame = digest.hexdigest()

    @property
    def keeps_nothing(self) -> bool:
        """Whether no page of this build can be the previous build's (there was none, or it
        failed): then the fingerprints only matter to the next build (``expect``)."""
        return not self.previous

    def offer(self, file: File, key: str) -> bool:
        """Record a generated page's (or data file's) fingerprint; True (and the file
        excluded from this build) when its previous output can be reused."""
        self.expect(file)
        uri = file.src_uri
        fingerprint = self.current[uri] = self._fingerprint(key)
        if fingerprint != self.previous.get(uri) or uri not in self.search_entries:
            return False
        stamp = _stamp(self.stash / file.dest_uri) if self.stash is not None else None
        if stamp is None or stamp != self.outputs.get(uri):
            return False  # missing, or changed since the last build wrote it
        file.inclusion = InclusionLevel.EXCLUDED
        self.reused[uri] = file
        return True

    def expect(self, file: File) -> None:
        """A generated page (or data file) that this build writes; its fingerprint is
        ``offer``'s, or one of those given to ``record`` before the build ends."""
        uri = file.src_uri
        if not file.is_documentation_page():
            self.search_entries.setdefault(uri, [])  # a data file: nothing to index
        self.current.setdefault(uri, "")  # (in the files' order, as offered)
        self.dest[uri] = file.dest_uri

    def record(self, keys: dict[str, str]) -> None:
        """The fingerprints of pages ``expect`` was told of, from their keys."""
        self.current.update((uri, self._fingerprint(key)) for uri, key in keys.items())

    def _fingerprint(self, key: str) -> str:
        return hashlib.sha256(f"{self.frame}\0{key}".encode()).hexdigest()

    def sitemap_pages(self, files: Files, config: MkDocsConfig) -> list[File]:
        """The documentation pages sitemap.xml lists: those this build renders and those it
        keeps, in the files' order, as a build that rendered them all lists them. (MkDocs
        lists the pages it builds: a later build's sitemap lost every kept page.)"""
        pages = []
        for file in files:
            if not file.is_documentation_page():
                continue
            if file.src_uri in self.reused:
                if file.page is None:
                    Page(None, file, config)  # gives the file its page: its URLs, its date
            elif not file.inclusion.is_included():
                continue
            pages.append(file)
        return pages

    def previous_output(self, file: File) -> Path | None:
        """The previous build's output of ``file``, while it is as that build left it (until
        this build ends)."""
        if self.stash is None or self.previous.get(file.src_uri) is None:
            return None
        path = self.stash / file.dest_uri
        stamp = _stamp(path)
        return path if stamp is not None and stamp == self.outputs.get(file.src_uri) else None

    def finish(self, config: MkDocsConfig, entries: list | None, files: Files | None) -> None:
        """``on_post_build``, before the search plugin writes its index: move the reused
        pages back, add their search entries where a build that rendered every page has
        them (in the order of ``files``: the same index file, byte for byte), and stamp the
        pages this build wrote."""
        site = Path(config.site_dir)
        if self.stash is not None:
            _move_back(self.stash, site, [self.dest[uri] for uri in self.reused])
            shutil.rmtree(self.stash, ignore_errors=True)
        if entries is not None and self.reused:
            for uri in self.reused:
                entries.extend(self.search_entries[uri])
            if files is not None:
                entries.sort(key=_page_order(files))
        self.outputs = {uri: self.outputs[uri] if uri in self.reused else _stamp(site / dest)
                        for uri, dest in self.dest.items()}
        self.search_entries = {uri: found for uri, found in self.search_entries.items()
                               if uri in self.current}
        self.previous, self.current, self.dest = self.current, {}, {}
        self.extra, self.extra_next = self.extra_next, {}
        if self.state_dir is not None:
            self._save(site)

    def forget(self) -> None:
        """A failed build: the next one builds everything."""
        self.previous, self.current, self.search_entries, self.reused = {}, {}, {}, {}
        self.outputs, self.dest, self.extra, self.extra_next = {}, {}, {}, {}
        if self.state_dir is not None and self.site is not None:
            self._state_file(self.site).unlink(missing_ok=True)

    def _state_file(self, site: Path) -> Path:
        assert self.state_dir is not None
        name = hashlib.sha256(str(site.resolve()).encode()).hexdigest()[:16]
        return self.state_dir / f"pages-{name}.json"

    def _load(self, site: Path) -> None:
        self.previous, self.outputs, self.search_entries, self.extra = {}, {}, {}, {}
        try:
            state = json.loads(self._state_file(site).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if (not isinstance(state, dict) or state.get("version") != STATE_VERSION
                or state.get("site_dir") != str(site.resolve())):
            return
        if isinstance(state.get("extra"), dict):
            self.extra = state["extra"]
        pages = state.get("pages")
        if isinstance(pages, dict):
            for uri, page in pages.items():
                try:
                    fingerprint, output, entries = page["fingerprint"], page["output"], page[
                        "search"]
                except (TypeError, KeyError):
                    continue
                if isinstance(fingerprint, str) and isinstance(output, str) and isinstance(
                        entries, list):
                    self.previous[uri], self.outputs[uri] = fingerprint, output
                    self.search_entries[uri] = entries

    def _save(self, site: Path) -> None:
        state_file = self._state_file(site)
        pages = {uri: {"fingerprint": fingerprint, "output": self.outputs[uri],
                       "search": self.search_entries[uri]}
                 for uri, fingerprint in self.previous.items()
                 if self.outputs.get(uri) and uri in self.search_entries}
        state = {"version": STATE_VERSION, "site_dir": str(site.resolve()), "pages": pages,
                 "extra": self.extra}
        try:
            state_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = state_file.with_suffix(".tmp")
            temporary.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, state_file)
        except OSError as err:  # a read-only checkout still builds, just without reuse
            log.debug("cannot write %s: %s", state_file, err)


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _stamp(path: Path) -> str | None:
    """Size and modification time: what changes when anything rewrites the file (a rename,
    as ``_move_back`` does, keeps both). Hashing every page's bytes instead read the whole
    site (670 MB at 5,000 bench articles) on every build."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return f"{found.st_size}:{found.st_mtime_ns}"


def _move_back(stash: Path, site: Path, reused: list[str]) -> None:
    """Move the reused pages (their ``dest_uri``) from the previous site into this one.

    A page's folder that this build did not create (``people/x/`` for
    ``people/x/index.html``) moves whole: one rename, where moving the file meant creating
    the folder first, thousands of times. What else moved with it and is not a reused page
    (a part that no longer exists, say) is deleted. Parents come before their children."""
    pages = set(reused)
    folders = {parent.as_posix() for dest in reused for parent in Path(dest).parents}
    made: set[Path] = set()
    for dest in sorted(reused, key=lambda d: (d.count("/"), d)):
        target, source = site / dest, stash / dest
        if target.exists():  # moved with its folder
            continue
        if "/" in dest and not target.parent.exists():
            if target.parent.parent not in made:
                target.parent.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent.parent)
            os.rename(source.parent, target.parent)
            _prune(target.parent, site, pages, folders)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)


def _prune(folder: Path, site: Path, pages: set[str], folders: set[str]) -> None:
    """Delete what is in ``folder`` (just moved into the site) but is no reused page."""
    for entry in os.scandir(folder):
        path = Path(entry.path)
        name = path.relative_to(site).as_posix()
        if entry.is_dir(follow_symlinks=False):
            if name in folders:
                _prune(path, site, pages, folders)
            else:
                shutil.rmtree(path, ignore_errors=True)
        elif name not in pages:
            path.unlink(missing_ok=True)


def _page_order(files: Files):
    """A search entry's place in a full build's index: its page's among the documentation
    pages (MkDocs builds them in that order); a page's own entries keep theirs (the sort is
    stable). Entries are located by the page's URL, which for the home page is "" where its
    file's is "./" (as ``Page.url``)."""
    pages = (f for f in files if f.is_documentation_page())
    position = {"" if f.url in (".", "./") else f.url: i for i, f in enumerate(pages)}
    return lambda entry: position.get(entry["location"].split("#", 1)[0], len(position))
