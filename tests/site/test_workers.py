"""New articles analysed on every core (analysis, page model, appearances) give what one
process gives, in the same order."""

from __future__ import annotations

from explainer.corpus.articles import load_article
from explainer.corpus.glossary import load_glossary
from explainer.corpus.people import load_people
from explainer.site import workers
from explainer.site.workers import Failed, Job, ParseJob, Shared, analyse_all, parse_all

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


def test_parallel_parsing_equals_the_serial_one():
    parse = [ParseJob(path, f"corpus/articles/{path.name}", path.read_bytes())
             for path in ARTICLES]
    assert len(parse) >= workers.PARALLEL_FROM  # so the pool really runs
    parallel = parse_all(parse, workers=2)
    assert parallel == parse_all(parse, workers=1)
    assert parallel == [load_article(job.path, job.shown) for job in parse]
