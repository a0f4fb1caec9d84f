"""A worker sends an article's analysis back without the article it was sent: this process
puts its own source and article back, with the problems the analysis added."""

from __future__ import annotations

import copy

from explainer.corpus.articles import load_article
from explainer.corpus.glossary import load_glossary
from explainer.corpus.people import load_people
from explainer.corpus.problems import Problem
from explainer.site import returned, workers
from explainer.site.workers import Job, Shared, analyse_all

from projects import ROOT

ARTICLES = sorted((ROOT / "corpus/articles").glob("*.md"))


def shared() -> Shared:
    return Shared(load_people(ROOT / "corpus/people.yml"),
                  load_glossary(ROOT / "corpus/glossary.yml"))


def test_the_source_comes_back_as_a_reference_with_its_problems():
    mine = load_article(ARTICLES[0])
    theirs = copy.deepcopy(mine)  # what a worker gets
    done = workers._run(Job(theirs, None), shared())
    theirs.problems.append(Problem(theirs.path, 1, 1, "found by the worker"))
    blob = returned.dumped(done, theirs)
    assert mine.article.body.encode() not in blob
    back = returned.loaded(blob, mine)
    assert back == done
    assert back.view.source is mine
    assert all(a.article is mine.article for a in back.appearances)
    assert mine.problems == theirs.problems


def test_another_source_travels_whole():
    job, other = load_article(ARTICLES[0]), load_article(ARTICLES[1])
    blob = returned.dumped((other, other.article), job)
    back_source, back_article = returned.loaded(blob, job)
    assert back_source == other and back_source is not other
    assert back_article is back_source.article


def test_parallel_results_hold_the_jobs_own_sources():
    """As in a serial run: the view's source is the job's, with the analysis's problems."""
    paths = ARTICLES * (workers.PARALLEL_FROM // len(ARTICLES) + 1)
    jobs = [Job(load_article(path), None) for path in paths]
    serial = [Job(load_article(path), None) for path in paths]
    done = analyse_all(jobs, shared(), workers=2)
    assert done == analyse_all(serial, shared(), workers=1)
    assert all(d.view.source is job.source for d, job in zip(done, jobs, strict=True))
    assert [job.source.problems for job in jobs] == [job.source.problems for job in serial]
