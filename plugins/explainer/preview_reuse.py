"""Preview rebuilds that keep the generated pages an edit did not change (``mkdocs serve``).

MkDocs rebuilds every page after every save. With thousands of articles, their people and
topic pages, that took several times as long as the same texts as plain Markdown pages, and
an editor waited for pages that could not have changed. So, in the preview only:

1. before a rebuild the previous site is moved aside (MkDocs then cleans an empty folder);
2. each generated page gets a fingerprint: the models it shows (``CorpusPages.page_key``),
   which compare equal while the page would be the same (the site reuses an unchanged
   article's models, so comparing them is mostly comparing identities), and everything
   around it (``mkdocs.yml``, the docs files, the package and its templates, a theme
   override);
3. a page whose fingerprint is unchanged, and whose previous output exists, is marked
   excluded, so MkDocs neither renders nor writes it; after the build its previous output
   is moved back, and its entries are put back into Material's search index.

A failed build forgets every fingerprint: the next one builds everything.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from .analysis_store import engine_version


@dataclass(frozen=True)
class Fingerprint:
    frame: str  # mkdocs.yml, docs and theme files, the package
    key: object  # the page's models (see CorpusPages.page_key)


@dataclass
class PreviewReuse:
    previous: dict[str, Fingerprint] = field(default_factory=dict)
    current: dict[str, Fingerprint] = field(default_factory=dict)
    search_entries: dict[str, list] = field(default_factory=dict)  # uri -> its index entries
    reused: dict[str, File] = field(default_factory=dict)
    stash: Path | None = None
    frame: str = ""

    def start(self, config: MkDocsConfig) -> None:
        """``on_pre_build``: move the previous site aside, before MkDocs cleans it."""
        self.reused, self.current = {}, {}
        site = Path(config.site_dir)
        self.stash = site.with_name(site.name + ".explainer-previous")
        shutil.rmtree(self.stash, ignore_errors=True)
        if self.previous and site.is_dir():
            os.rename(site, self.stash)
            site.mkdir()

    def set_frame(self, config: MkDocsConfig, files: Files) -> None:
        """``on_files``: the fingerprint of what every page shares."""
        digest = hashlib.sha256(engine_version().encode())
        if config.config_file_path:
            digest.update(Path(config.config_file_path).read_bytes())
        docs = os.path.abspath(config.docs_dir)
        sources = [f.abs_src_path for f in files if f.abs_src_path
                   and os.path.abspath(f.abs_src_path).startswith(docs + os.sep)]
        theirs = [Path(__file__).parent / "templates"]  # ours, and a theme override's
        if config.theme.custom_dir:
            theirs.append(Path(config.theme.custom_dir))
        sources += [str(p) for folder in theirs for p in folder.rglob("*") if p.is_file()]
        for path in sorted(sources):
            stat = os.stat(path)
            digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\0".encode())
        self.frame = digest.hexdigest()

    def offer(self, file: File, key: object) -> bool:
        """Record a generated page's fingerprint; True (and the page excluded from this
        build) when its previous output can be reused."""
        fingerprint = Fingerprint(self.frame, key)
        self.current[file.src_uri] = fingerprint
        if fingerprint != self.previous.get(file.src_uri):
            return False
        if self.stash is None or not (self.stash / file.dest_uri).is_file():
            return False
        if file.src_uri not in self.search_entries:  # its last build did not finish
            return False
        file.inclusion = InclusionLevel.EXCLUDED
        self.reused[file.src_uri] = file
        return True

    def finish(self, config: MkDocsConfig, entries: list | None) -> None:
        """``on_post_build``, before the search plugin writes its index: move the reused
        pages back and add their search entries."""
        site = Path(config.site_dir)
        for uri, file in self.reused.items():
            assert self.stash is not None
            target = site / file.dest_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.stash / file.dest_uri, target)
            if entries is not None:
                entries.extend(self.search_entries[uri])
        if self.stash is not None:
            shutil.rmtree(self.stash, ignore_errors=True)
        self.search_entries = {uri: found for uri, found in self.search_entries.items()
                               if uri in self.current}
        self.previous, self.current = self.current, {}

    def forget(self) -> None:
        """A failed build: the next one builds everything."""
        self.previous, self.current, self.search_entries, self.reused = {}, {}, {}, {}
