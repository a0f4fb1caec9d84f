"""New articles analysed on every core give what one process gives, in the same order."""

from __future__ import annotations

from explainer.corpus.articles import load_article
from explainer.corpus.people import load_people
from explainer.site import workers
from explainer.site.workers import Failed, Job, analyse_all

from projects import ROOT

ARTICLES = sorted((ROOT / "tests/fixtures/exchanges").glob("*.md")) + sorted(
    (ROOT / "corpus/articles").glob("*.md"))


def jobs() -> list[Job]:
    review = ROOT / "corpus/reviews/dnainfo-2017-08-16-sessions-call-your-mayor.yml"
    found = [Job(load_article(path).article.body, None) for path in ARTICLES]
    return [*found, Job(found[-2].body, (review, "corpus/reviews/x.yml"))]


def test_parallel_analysis_equals_the_serial_one():
    people = load_people(ROOT / "corpus/people.yml")
    all_jobs = jobs()
    assert len(all_jobs) >= workers.PARALLEL_FROM  # so the pool really runs
    assert analyse_all(all_jobs, people, workers=2) == analyse_all(all_jobs, people, workers=1)


def test_a_failing_analysis_is_reported_not_raised(monkeypatch):
    def broken(body, people=None, review=None):
        raise ValueError("a bug")

    monkeypatch.setattr(workers, "analyse", broken)
    assert analyse_all([Job("x", None)], None, workers=1) == [Failed("ValueError('a bug')")]
