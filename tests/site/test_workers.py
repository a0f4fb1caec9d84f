"""New articles analysed on every core (analysis, page model, appearances) give what one
process gives, in the same order."""

from __future__ import annotations

from explainer.corpus.articles import load_article
from explainer.corpus.glossary import load_glossary
from explainer.corpus.people import load_people
from explainer.site import workers
from explainer.site.workers import Failed, Job, Shared, analyse_all

from projects import ROOT

ARTICLES = sorted((ROOT / "tests/fixtures/exchanges").glob("*.md")) + sorted(
    (ROOT / "corpus/articles").glob("*.md"))


def jobs() -> list[Job]:
    review = ROOT / "corpus/reviews/dnainfo-2017-08-16-sessions-call-your-mayor.yml"
    found = [Job(load_article(path), None) for path in ARTICLES]
    return [*found, Job(load_article(ARTICLES[-2]), (review, "corpus/reviews/x.yml"))]


def test_parallel_analysis_equals_the_serial_one():
    shared = Shared(load_people(ROOT / "corpus/people.yml"),
                    load_glossary(ROOT / "corpus/glossary.yml"))
    assert len(jobs()) >= workers.PARALLEL_FROM  # so the pool really runs
    parallel = analyse_all(jobs(), shared, workers=2)
    assert parallel == analyse_all(jobs(), shared, workers=1)
    assert all(done.view.rows or done.view.others for done in parallel)


def test_a_failing_analysis_is_reported_not_raised(monkeypatch):
    def broken(body, people=None, review=None):
        raise ValueError("a bug")

    monkeypatch.setattr(workers, "analyse", broken)
    job = Job(load_article(ARTICLES[0]), None)
    shared = Shared(None, load_glossary(ROOT / "corpus/glossary.yml"))
    assert analyse_all([job], shared, workers=1) == [Failed("ValueError('a bug')")]
