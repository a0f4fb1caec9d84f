"""The whole corpus as the site shows it: loaded, checked, analysed, and turned into views.

This is the core the MkDocs plugin (and the CLI) call. It never raises for a bad article:
the article's problems travel with its view, and every other article is built as usual.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

from .analysis import analyse
from .analysis_store import AnalysisStore
from .corpus import ARTICLE_SUFFIXES, ArticleSource, load_article, slugify, too_long
from .glossary import Glossary, load_glossary
from .model import Extraction
from .pages import ArticleView, article_view, sort_key
from .people import People, load_people
from .problems import Problem
from .reviews import load_review

log = logging.getLogger(__name__)


@dataclass
class Site:
    views: list[ArticleView]
    glossary: Glossary
    people: People
    problems: list[Problem] = field(default_factory=list)
    # id() of each view and of its article -> a digest of everything the view shows: what
    # page fingerprints are made of (see CorpusPages.page_key)
    view_keys: dict[int, str] = field(default_factory=dict)

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
                 used: set[str] | None = None) -> list[ArticleSource]:
    """Load every article; two files that would share a slug are an error naming both.

    A link to a file outside the corpus is not followed: the site publishes only what is in
    ``corpus/`` (a link to ``/etc/passwd`` would otherwise become a page). ``cache`` keeps
    each file as parsed, by its bytes, for the next build (parsing front matter was a third
    of a preview rebuild's own work); the keys it used are added to ``used``.
    """
    cache = {} if cache is None else cache
    sources: list[ArticleSource] = []
    owners: dict[str, str] = {}
    inside = corpus.resolve()
    for path in article_paths(corpus):
        shown = _display(path, root)
        if not path.resolve().is_relative_to(inside):
            source = ArticleSource(slugify(path.stem), shown, None, [Problem(shown, 1, 1, (
                "this is a link to a file outside the corpus, which is not published; "
                "copy the article into corpus/articles/ instead"))])
        else:
            source = _parsed(path, shown, cache, used)
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
    cache: dict[str, ArticleSource | Extraction | ArticleView] | None = None,
    link_all_uses: bool = False,
    store: AnalysisStore | None = None,
) -> Site:
    """Load, check and analyse the corpus. ``cache`` maps content hashes to parsed files,
    extractions and article views and survives between builds, so a preview rebuild
    re-parses, re-analyses and re-links only the articles that changed; ``store`` keeps the
    analyses on disk for the next build.
    """
    cache = {} if cache is None else cache
    glossary = _relocated(load_glossary(corpus / "glossary.yml"), corpus / "glossary.yml", root)
    people = _relocated(load_people(corpus / "people.yml"), corpus / "people.yml", root)
    fingerprint = _file_hash(corpus / "people.yml")
    # a view also depends on the glossary (links, key terms) and the linking option
    view_basis = f"{_file_hash(corpus / 'glossary.yml')}\0{link_all_uses}"
    review_files = review_paths(corpus)
    views, used, view_keys = [], set(), {}
    for source in load_sources(corpus, root, cache, used):
        review = review_files.pop(source.slug, None)
        extraction, analysis_key = _analysed(source, people, fingerprint, review, root, cache,
                                             store)
        if extraction is None:
            views.append(article_view(source, extraction, glossary, people, link_all_uses))
            view_keys[id(views[-1])] = "error:" + hashlib.sha256(repr(
                (view_basis, source.slug, source.path, source.article, source.problems)
            ).encode()).hexdigest()
            continue
        used.add(analysis_key)
        key = "view:" + hashlib.sha256("\0".join((
            view_basis, analysis_key, source.slug, source.path,
            repr(source.article), repr(source.problems))).encode()).hexdigest()
        used.add(key)
        if key not in cache:
            cache[key] = article_view(source, extraction, glossary, people, link_all_uses)
        views.append(cache[key])
        view_keys[id(cache[key])] = view_keys[id(cache[key].article)] = key
    for stale in cache.keys() - used:  # edited or deleted articles
        del cache[stale]
    if store is not None:
        store.keep_only(used)
    views.sort(key=sort_key)
    orphans = [Problem(_display(path, root), 1, 1, f"no article has the slug '{slug}': rename "
                       f"this file after its article (corpus/articles/{slug}.md)")
               for slug, path in review_files.items()]
    return Site(views, glossary, people, [*glossary.problems, *people.problems, *orphans],
                view_keys)


def _parsed(path: Path, shown: str, cache: dict, used: set[str] | None) -> ArticleSource:
    """The article as ``load_article`` reads it, from ``cache`` while its bytes are the same
    (a copy: the site adds problems to it and may change its slug)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return load_article(path, shown)  # which reports why
    key = "source:" + hashlib.sha256(f"{shown}\0".encode() + raw).hexdigest()
    if key not in cache:
        cache[key] = load_article(path, shown, raw)
    if used is not None:
        used.add(key)
    known = cache[key]
    return replace(known, problems=list(known.problems))


def review_paths(corpus: Path) -> dict[str, Path]:
    """Review files by the slug they belong to (their file name)."""
    folder = corpus / "reviews"
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.iterdir()) if p.suffix in (".yml", ".yaml")}


def _analysed(
    source: ArticleSource, people: People, fingerprint: str, review_path: Path | None,
    root: Path, cache: dict, store: AnalysisStore | None,
) -> tuple[Extraction | None, str]:
    """The cached analysis of an article and its cache key; the key covers everything the
    result depends on: the body, people.yml and the article's review file."""
    if source.article is None or too_long(source.article):  # the loader reported why
        return None, ""
    review_hash = _file_hash(review_path) if review_path else ""
    key = hashlib.sha256(
        f"{fingerprint}\0{review_hash}\0{source.article.body}".encode()).hexdigest()
    if key not in cache and store is not None:
        cache[key] = store.get(key)
    if cache.get(key) is None:
        review = load_review(review_path, _display(review_path, root)) if review_path else None
        try:
            cache[key] = analyse(source.article.body, people, review)
        except Exception as err:  # a bug on one article must not take the site down
            log.debug("analysis failed for %s", source.path, exc_info=True)
            source.problems.append(Problem(source.path, source.article.body_line, 1,
                                           f"internal error while analysing: {err!r}"))
            cache.pop(key, None)
            return None, ""
        if store is not None:
            store.put(key, cache[key])
    extraction = cache[key]
    source.problems.extend(extraction.problems)
    return extraction, key


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
    try:
        return str((path.parent.resolve() / path.name).relative_to(root.resolve()))
    except ValueError:
        return str(path)
