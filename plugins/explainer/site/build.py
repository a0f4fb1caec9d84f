"""The whole corpus as the site shows it: loaded, checked, analysed, and turned into views.

This is the core the MkDocs plugin (and the CLI) call. It never raises for a bad article:
the article's problems travel with its view, and every other article is built as usual.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from ..corpus.articles import ARTICLE_SUFFIXES, ArticleSource, load_article, slugify, too_long
from ..corpus.glossary import Glossary, load_glossary
from ..corpus.people import People, load_people
from ..corpus.problems import Problem
from ..engine.model import Extraction
from .background import Background
from .disk_store import DiskStore
from .pages import ArticleView, article_view, sort_key
from .people_pages import Appearance
from .workers import Analysed, Failed, Job, ParseJob, Shared, analyse_all, modelled, parse_all

log = logging.getLogger(__name__)
T = TypeVar("T")
# Fewer new views than this: the build cache is written in this process, not in the
# background (forking a process the size of this one costs more than writing a few shards).
BACKGROUND_FROM = 100


@dataclass
class Site:
    views: list[ArticleView]
    glossary: Glossary
    people: People
    problems: list[Problem] = field(default_factory=list)
    # id() of each view and of its article -> a digest of everything the view shows: what
    # page fingerprints are made of (see CorpusPages.page_key)
    view_keys: dict[int, str] = field(default_factory=dict)
    # id() of each view -> the view and its statements as the cross-article models take them
    # (``people_pages.appearances``): worked out once per article, and kept with its view
    appearances: dict[int, tuple[ArticleView, tuple[Appearance, ...]]] = field(
        default_factory=dict)

    def add(self, view: ArticleView, key: str, appearances: tuple[Appearance, ...]) -> None:
        self.views.append(view)
        self.view_keys[id(view)] = key
        if view.article is not None:
            self.view_keys[id(view.article)] = key
        self.appearances[id(view)] = (view, appearances)

    def all_problems(self) -> list[Problem]:
        """Corpus-wide problems first, then each article's, in file order."""
        article_problems = [p for view in self.views for p in view.problems]
        return sorted(self.problems) + sorted(article_problems)


def article_paths(corpus: Path) -> list[Path]:
    """The article files, in name order. Hidden files (``.story.md``, macOS ``._story.md``)
    are editors' and systems' leftovers, not articles."""
    folder = corpus / "articles"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.suffix in ARTICLE_SUFFIXES and not p.name.startswith(".") and p.is_file())


def load_sources(corpus: Path, root: Path, cache: dict | None = None,
                 used: set[str] | None = None, store: DiskStore | None = None,
                 workers: int | None = 1) -> list[ArticleSource]:
    """Load every article; two files that would share a slug are an error naming both.

    A link to a file outside the corpus is not followed: the site publishes only what is in
    ``corpus/`` (a link to ``/etc/passwd`` would otherwise become a page). ``cache`` (and
    ``store``, on disk) keeps each file as parsed, by its bytes, for the next build (parsing
    front matter was a third of a preview rebuild's own work); the keys it used are added to
    ``used``. The files the caches do not hold are parsed on ``workers`` processes (None:
    every core; see :mod:`.workers`).
    """
    cache = {} if cache is None else cache
    found: list[ArticleSource | None] = []
    unknown: list[tuple[int, str, ParseJob]] = []  # (at, key, job) of the files to parse
    inside, real_root, folder = corpus.resolve(), root.resolve(), (corpus / "articles").resolve()
    for path in article_paths(corpus):
        # the folder resolved once, not each file's path (0.2 s at 5,000 articles)
        shown = _shown(folder / path.name, real_root, path)
        real = path.resolve() if path.is_symlink() else folder / path.name
        if not real.is_relative_to(inside):
            found.append(ArticleSource(slugify(path.stem), shown, None, [Problem(shown, 1, 1, (
                "this is a link to a file outside the corpus, which is not published; "
                "copy the article into corpus/articles/ instead"))]))
            continue
        try:
            raw = path.read_bytes()
        except OSError:
            found.append(load_article(path, shown))  # which reports why
            continue
        key = "source:" + hashlib.sha256(f"{shown}\0".encode() + raw).hexdigest()
        if used is not None:
            used.add(key)
        known = _recalled(key, cache, store, ArticleSource)
        if known is None:
            unknown.append((len(found), key, ParseJob(path, shown, raw)))
        # a copy: the site adds problems to it and may change its slug
        found.append(None if known is None else replace(known, problems=list(known.problems)))
    parsed = parse_all([job for _, _, job in unknown], workers)
    for (at, key, _), source in zip(unknown, parsed, strict=True):
        _remembered(key, source, cache, store)
        found[at] = replace(source, problems=list(source.problems))
    sources: list[ArticleSource] = []
    owners: dict[str, str] = {}
    for source in found:
        assert source is not None
        if source.slug in owners:
            free = _free_slug(source.slug, owners)
            source.problems.append(Problem(source.path, 1, 1, (
                f"slug '{source.slug}' is already used by {owners[source.slug]}: both "
                f"would be published as articles/{source.slug}/; rename one of the files "
                f"(until then this one is at articles/{free}/)")))
            source.slug = free
        owners[source.slug] = source.path
        sources.append(source)
    return sources


def build_site(
    corpus: Path,
    root: Path,
    cache: dict[str, object] | None = None,
    link_all_uses: bool = False,
    store: DiskStore | None = None,
    workers: int | None = None,
    background: Background | None = None,
) -> Site:
    """Load, check and analyse the corpus. ``cache`` maps content hashes to parsed files,
    extractions and article views (with their appearances) and survives between builds, so
    a preview rebuild re-parses, re-analyses and re-links only the articles that changed;
    ``store`` keeps them on disk for the next build, which then reads, for an unchanged
    article, its parsed file and its view, and never its analysis. Articles analysed anew
    are analysed on ``workers`` processes (default: every core; 1: in this process).
    ``background``: where ``store`` is written (the caller waits for it), if not here.
    """
    cache = {} if cache is None else cache
    glossary = _relocated(load_glossary(corpus / "glossary.yml"), corpus / "glossary.yml", root)
    people = _relocated(load_people(corpus / "people.yml"), corpus / "people.yml", root)
    fingerprint = _file_hash(corpus / "people.yml")
    # a view also depends on the glossary (links, key terms) and the linking option
    view_basis = f"{_file_hash(corpus / 'glossary.yml')}\0{link_all_uses}"
    review_files = review_paths(corpus)
    site = Site([], glossary, people)
    used: set[str] = set()
    pending = []  # (source, analysis key, view key, review file) of views not kept
    for source in load_sources(corpus, root, cache, used, store, workers):
        review = review_files.pop(source.slug, None)
        analysis_key = _analysis_key(source, fingerprint, review)
        key = "view:" + hashlib.sha256("\0".join((
            view_basis, analysis_key, source.slug, source.path,
            repr(source.article), repr(source.problems))).encode()).hexdigest()
        kept = _recalled(key, cache, store, KeptView) if analysis_key else None
        if kept is None:
            pending.append((source, analysis_key, key, review))
            continue
        used.update((analysis_key, key))
        site.add(kept.view, key, kept.appearances)
    shared = Shared(people, glossary, link_all_uses)
    analysed = _analysed(pending, shared, root, cache, store, workers)
    for (source, analysis_key, key, _), done in zip(pending, analysed, strict=True):
        if done is None:  # not analysed: nothing to keep, the problems say why
            site.add(article_view(source, None, glossary, people), "error:" + hashlib.sha256(
                repr((view_basis, source.slug, source.path, source.article, source.problems))
                .encode()).hexdigest(), ())
            continue
        kept = _remembered(key, KeptView(done.view, done.appearances), cache, store)
        used.update((analysis_key, key))
        site.add(kept.view, key, kept.appearances)
    for stale in cache.keys() - used:  # edited or deleted articles
        del cache[stale]
    if store is not None and background is not None:
        background.run("build cache", store.save, used, here=len(pending) < BACKGROUND_FROM)
    elif store is not None:
        store.save(used)
    site.views.sort(key=sort_key)
    site.problems = [*glossary.problems, *people.problems, *(
        Problem(_display(path, root), 1, 1, f"no article has the slug '{slug}': rename "
                f"this file after its article (corpus/articles/{slug}.md)")
        for slug, path in review_files.items())]
    return site


@dataclass(frozen=True)
class KeptView:
    """An article's view and its statements' appearances: what a build keeps of it."""

    view: ArticleView
    appearances: tuple[Appearance, ...]


def _recalled(key: str, cache: dict, store: DiskStore | None, kind: type[T]) -> T | None:
    """The value under ``key``: from this process's cache, else from disk."""
    found = cache.get(key)
    if found is None and store is not None:
        found = store.get(key, kind)
        if found is not None:
            cache[key] = found
    return found if isinstance(found, kind) else None


def _remembered(key: str, value: T, cache: dict, store: DiskStore | None) -> T:
    cache[key] = value
    if store is not None:
        store.put(key, value)
    return value


def review_paths(corpus: Path) -> dict[str, Path]:
    """Review files by the slug they belong to (their file name)."""
    folder = corpus / "reviews"
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.iterdir()) if p.suffix in (".yml", ".yaml")}


def _analysis_key(source: ArticleSource, fingerprint: str, review_path: Path | None) -> str:
    """What an article's analysis depends on: its body, people.yml and its review file; ""
    for an article that is not analysed (the loader reported why)."""
    if source.article is None or too_long(source.article):
        return ""
    review_hash = _file_hash(review_path) if review_path else ""
    return hashlib.sha256(
        f"{fingerprint}\0{review_hash}\0{source.article.body}".encode()).hexdigest()


def _analysed(pending, shared: Shared, root: Path, cache: dict, store: DiskStore | None,
              workers: int | None) -> list[Analysed | None]:
    """Each pending article's analysis and page model: the analysis from the caches under
    its key (and the page model made here), or both worked out now, on every core
    (:mod:`.workers`); None if it is not analysed (its key is "") or the analysis failed (a
    problem on the article says so)."""
    found: list[Analysed | None] = []
    jobs, waiting = [], []
    for source, key, _, review_path in pending:
        extraction = _recalled(key, cache, store, Extraction) if key else None
        if extraction is not None:
            found.append(modelled(source, extraction, shared))
            continue
        if key:
            review = (review_path, _display(review_path, root)) if review_path else None
            jobs.append(Job(source, review))
            waiting.append(len(found))
        found.append(None)
    for at, result in zip(waiting, analyse_all(jobs, shared, workers), strict=True):
        source, key, _, _ = pending[at]
        if isinstance(result, Failed):
            log.debug("analysis failed for %s: %s", source.path, result.error)
            source.problems.append(Problem(source.path, source.article.body_line, 1,
                                           f"internal error while analysing: {result.error}"))
            continue
        _remembered(key, result.extraction, cache, store)
        found[at] = result
    return found


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _relocated(loaded, path: Path, root: Path):
    """Name the file in the loader's problems relative to the project, as editors see it."""
    shown = _display(path, root)
    loaded.problems = [replace(p, path=shown) for p in loaded.problems]
    return loaded


def _free_slug(slug: str, taken: dict[str, str]) -> str:
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"


def _display(path: Path, root: Path) -> str:
    """The path as the editor knows it: relative to the project, a link named as the link."""
    return _shown(path.parent.resolve() / path.name, root.resolve(), path)


def _shown(real: Path, real_root: Path, path: Path) -> str:
    """``_display`` of ``path`` from its folder's and the project's resolved paths."""
    try:
        return str(real.relative_to(real_root))
    except ValueError:
        return str(path)
