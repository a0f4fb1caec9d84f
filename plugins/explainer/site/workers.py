"""Analysing the articles a build has not seen before, on every core.

A first build (a fresh clone, a CI run without the kept cache, an engine upgrade) analyses
every article, and analysis is most of its cost: it is pure (text in, statements and
exchanges out) and the same in any process, so the articles are shared out to worker
processes (the standard library's ``concurrent.futures``) and their results come back in
the articles' order. The result is the same as a serial run's, object for object: the
pages built from it are byte-identical. One core, a handful of articles, or ``workers=1``
(tests) run serially in this process.

Workers ignore Ctrl-C: under ``mkdocs serve`` the interrupt reaches the main process, which
cancels the work not yet started and stops the pool, instead of every worker printing a
traceback.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..corpus.people import People
from ..corpus.reviews import load_review
from ..engine.model import Extraction
from .analysis import analyse

PARALLEL_FROM = 16  # fewer new articles than this: starting processes costs more than it saves


@dataclass(frozen=True)
class Failed:
    """An analysis that raised: what it raised, as text (an exception may not pickle)."""

    error: str


@dataclass(frozen=True)
class Job:
    """One article to analyse: its body and its review file (path, and the name shown)."""

    body: str
    review: tuple[Path, str] | None


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def analyse_all(jobs: Sequence[Job], people: People | None,
                workers: int | None = None) -> list[Extraction | Failed]:
    """Each job's extraction, in order, or what its analysis raised (a bug on one article
    must not take the site down)."""
    workers = default_workers() if workers is None else workers
    if workers <= 1 or len(jobs) < PARALLEL_FROM:
        return [_run(job, people) for job in jobs]
    chunk = max(1, len(jobs) // (workers * 8))  # small enough to even out long articles
    pool = ProcessPoolExecutor(min(workers, len(jobs)), initializer=_start_worker,
                               initargs=(people,))
    try:
        return list(pool.map(_run_in_worker, jobs, chunksize=chunk))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run(job: Job, people: People | None) -> Extraction | Failed:
    try:
        review = load_review(*job.review) if job.review else None
        return analyse(job.body, people, review)
    except Exception as err:  # returned, not raised: the caller reports it on the article
        return Failed(repr(err))


_PEOPLE: People | None = None  # a worker's people.yml, set once when the worker starts


def _start_worker(people: People | None) -> None:
    global _PEOPLE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _PEOPLE = people


def _run_in_worker(job: Job) -> Extraction | Failed:
    return _run(job, _PEOPLE)
