"""Analysing the articles a build has not seen before, on every core.

A first build (a fresh clone, a CI run without the kept cache, an engine upgrade) analyses
every article, and that is most of its cost: the analysis itself, and the page model built
on it (glossary links, statement ids) with its statements' appearances, which cost half as
much again. All of it is pure (an article and the corpus's people and glossary in, plain
data out) and the same in any process, so the articles are shared out to worker processes
(the standard library's ``concurrent.futures``) and their results come back in the
articles' order. The result is the same as a serial run's, object for object: the pages
built from it are byte-identical. One core, a handful of articles, or ``workers=1``
(tests) run serially in this process.

Workers ignore Ctrl-C: under ``mkdocs serve`` the interrupt reaches the main process, which
cancels the work not yet started and stops the pool, instead of every worker printing a
traceback.
"""

from __future__ import annotations

import gc
import os
import signal
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..corpus.articles import ArticleSource, load_article
from ..corpus.glossary import Glossary
from ..corpus.people import People
from ..corpus.reviews import load_review
from ..engine.model import Extraction
from .analysis import analyse
from .pages import ArticleView, article_view
from .people_pages import Appearance, article_appearances

PARALLEL_FROM = 16  # fewer new articles than this: starting processes costs more than it saves
# Allocations between two collections of young objects, in a worker and while the results are
# unpickled here (Python's default is 700). Analysis makes and drops many small objects and
# unpickling makes many that live on; each collection of young objects also counts towards
# one of all objects. Measured on the 840 PolNeAR train texts, 2026-12-05: analysis and page
# models 4 % less CPU, unpickling their results half.
YOUNG_OBJECTS = 10_000


@dataclass(frozen=True)
class Failed:
    """An analysis that raised: what it raised, as text (an exception may not pickle)."""

    error: str


@dataclass(frozen=True)
class Job:
    """One article to analyse: its parsed file and its review file (path, and the name
    shown)."""

    source: ArticleSource
    review: tuple[Path, str] | None


@dataclass(frozen=True)
class ParseJob:
    """One article file to parse: its path, its name as shown, and its bytes."""

    path: Path
    shown: str
    raw: bytes


@dataclass(frozen=True)
class Shared:
    """What every article's page model depends on besides the article."""

    people: People | None
    glossary: Glossary
    link_all_uses: bool = False


@dataclass(frozen=True)
class Analysed:
    """An article's analysis, its page model and its statements' appearances."""

    extraction: Extraction
    view: ArticleView
    appearances: tuple[Appearance, ...]


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_all(jobs: Sequence[Job], shared: Shared,
                workers: int | None = None) -> list[Analysed | Failed]:
    """Each job's result, in order, or what its analysis raised (a bug on one article must
    not take the site down)."""
    workers = default_workers() if workers is None else workers
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        return [_run(job, shared) for job in jobs]
    chunk = max(1, len(jobs) // (workers * 8))  # small enough to even out long articles
    pool = ProcessPoolExecutor(min(workers, len(jobs)), initializer=_start_worker,
                               initargs=(shared,))
    threshold = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS, *threshold[1:])
    try:
        return list(pool.map(_run_in_worker, jobs, chunksize=chunk))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        gc.set_threshold(*threshold)


def parse_all(jobs: Sequence[ParseJob], workers: int | None = None) -> list[ArticleSource]:
    """Each file as ``load_article`` reads it, in order (which never raises: a file's
    problems travel with it)."""
    workers = default_workers() if workers is None else workers
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        return [_parse(job) for job in jobs]
    chunk = max(1, len(jobs) // (workers * 4))
    pool = ProcessPoolExecutor(min(workers, len(jobs)), initializer=_ignore_interrupts)
    try:
        return list(pool.map(_parse, jobs, chunksize=chunk))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _parse(job: ParseJob) -> ArticleSource:
    return load_article(job.path, job.shown, job.raw)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run(job: Job, shared: Shared) -> Analysed | Failed:
    source = job.source
    try:
        review = load_review(*job.review) if job.review else None
        extraction = analyse(source.article.body, shared.people, review)
    except Exception as err:  # returned, not raised: the caller reports it on the article
        return Failed(repr(err))
    return modelled(source, extraction, shared)


def modelled(source: ArticleSource, extraction: Extraction, shared: Shared) -> Analysed:
    """An analysed article's page model and its statements' appearances (the analysis's
    problems, such as an editor's review that no longer fits, join the file's)."""
    source.problems.extend(extraction.problems)
    view = article_view(source, extraction, shared.glossary, shared.people,
                        shared.link_all_uses)
    return Analysed(extraction, view, tuple(article_appearances(view)))


_SHARED: Shared | None = None  # a worker's people and glossary, set once when it starts


def _start_worker(shared: Shared) -> None:
    global _SHARED
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
    _SHARED = shared


def _run_in_worker(job: Job) -> Analysed | Failed:
    assert _SHARED is not None
    return _run(job, _SHARED)
