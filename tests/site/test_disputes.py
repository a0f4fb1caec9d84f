"""The dispute by topic, and the sources page: exchanges from every article, side by side."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from explainer.corpus.articles import unique_slugs
from explainer.site import disputes
from explainer.site.build import build_site
from explainer.site.disputes import topic_pages
from explainer.site.people_pages import LEXICON, OTHER_TOPIC, build_corpus, topic_group
from explainer.site.sources import NO_PUBLISHER, sources

from htmlquery import parse
from projects import ROOT, build_project, copy_project

REUTERS = "reuters-2017-08-16-sessions-chicago"
DNAINFO = "dnainfo-2017-08-16-sessions-call-your-mayor"


@pytest.fixture(scope="module")
def seeds():
    site = build_site(ROOT / "corpus", ROOT)
    corpus = build_corpus(site.views, site.people)
    return site, corpus, topic_pages(site.views, corpus)


def html(site: Path, path: str):
    return parse((site / path / "index.html").read_text(encoding="utf-8"))


def test_every_exchange_on_a_topic_is_on_exactly_one_topic_page(seeds):
    site, _, topics = seeds
    expected = sorted((v.article.slug, r.number) for v in site.views for r in v.rows
                      if topic_group(r.topic) != OTHER_TOPIC)
    found = sorted((r.article.slug, r.number) for t in topics for r in t.rows)
    assert found == expected
    for topic in topics:
        assert all(topic.label == topic_group(r.claim.topic) for r in topic.rows)


def test_only_lexicon_topics_get_a_page(seeds):
    """Exchanges labelled by their shared words have no catch-all page (they stay on their
    article and speakers' pages)."""
    site, _, topics = seeds
    assert {t.label for t in topics} <= set(LEXICON)
    word_labelled = {(view.article.slug, row.number) for view in site.views
                     for row in view.rows if topic_group(row.topic) == OTHER_TOPIC}
    shown = {(r.article.slug, r.number) for t in topics for r in t.rows}
    assert word_labelled, "the seeds have word-labelled exchanges to leave out"
    assert not shown & word_labelled


def test_long_topics_are_split_into_parts(seeds):
    _, _, topics = seeds
    crime = topics[0]
    parts = crime.parts(2)
    assert [r for part in parts for r in part] == list(crime.rows)
    assert all(len(p) == 2 for p in parts[:-1]) and 1 <= len(parts[-1]) <= 2
    assert crime.parts(1000) == [crime.rows]


def test_crime_gathers_both_sides(seeds):
    """Reuters's crime claims and the crime rebuttals (DNAinfo's Sessions–Johnson exchange
    is labelled "policing": police are what both of its statements name)."""
    _, _, topics = seeds
    crime = next(t for t in topics if t.label == "crime")
    assert REUTERS in {a.slug for a in crime.articles}
    assert {a.slug for t in topics for a in t.articles} == {REUTERS, DNAINFO}
    voices = dict(crime.voices)  # declared camps by their label
    assert "Federal government" in voices
    assert "Chicago and supporters of sanctuary policies" in voices
    assert len(crime.rows) >= 2 and all(r.rebuttals for r in crime.rows)
    dates = [r.article.published for r in crime.rows]
    keys = [(d if isinstance(d, dt.datetime) else dt.datetime.combine(d, dt.time(),
             dt.UTC)).timestamp() for d in dates]
    assert keys == sorted(keys)  # oldest first: the dispute as it unfolded


def test_topics_are_ordered_by_size_and_slugs_are_unique(seeds):
    _, _, topics = seeds
    sizes = [len(t.rows) for t in topics]
    assert sizes == sorted(sizes, reverse=True)
    assert topics[0].label == "crime"
    slugs = unique_slugs(["the courts", "The Courts!", "index"])
    assert len(set(slugs.values())) == 3 and "index" not in slugs.values()


def test_rebuttals_keep_their_direction(seeds):
    """DNAinfo's reversed exchange: the city's lawsuit claims, Sessions answers."""
    _, _, topics = seeds
    rows = [r for t in topics for r in t.rows if r.article.slug == DNAINFO]
    reversed_rows = [r for r in rows if r.claim.speaker != "Jeff Sessions"
                     and any(a.speaker == "Jeff Sessions" for a in r.rebuttals)]
    assert reversed_rows


def test_sources_list_publishers_authors_and_a_timeline(seeds):
    site, _, _ = seeds
    found = sources(site.views)
    assert {p.name for p in found.publishers} == {"Reuters", "DNAinfo Chicago"}
    assert {a.name for a in found.authors} == {"Reuters staff", "Tanveer Ali"}
    [day] = found.timeline
    assert day.date == dt.date(2017, 8, 16)
    assert {v.article.slug for v in day.articles} == {REUTERS, DNAINFO}


def test_sources_handle_missing_metadata(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles/a.md").write_text("---\ntitle: A\n---\nText.\n", encoding="utf-8")
    (tmp_path / "articles/b.txt").write_text("B\n\nText.\n", encoding="utf-8")
    (tmp_path / "articles/c.md").write_text(
        "---\ntitle: C\npublisher: P\npublished: 2020-02-03T23:30:00-08:00\n---\nText.\n",
        encoding="utf-8")
    found = sources(build_site(tmp_path, tmp_path).views)
    assert [p.name for p in found.publishers] == ["P", NO_PUBLISHER]
    assert found.authors == ()
    assert [d.date for d in found.timeline] == [dt.date(2020, 2, 3), None]  # the local date


# -- the built pages -----------------------------------------------------------------------------

def test_topics_index_links_every_topic_and_is_in_the_nav(built_site, seeds):
    _, _, topics = seeds
    doc = html(built_site, "topics")
    rows = doc.find_all("tr", data_topic=True)
    assert [r.attrs["data-topic"] for r in rows] == [t.slug for t in topics]
    for row in rows:
        assert (built_site / "topics" / row.find("a").attrs["href"] / "index.html").is_file()
    nav = {a.attrs.get("href") for a in html(built_site, "").find_all("a")}
    assert {"topics/", "sources/"} <= nav
    assert not any((h or "").startswith("topics/crime") for h in nav)


def test_crime_page_shows_claims_and_rebuttals_side_by_side_with_sources(built_site):
    doc = html(built_site, "topics/crime")
    rows = doc.find_all("section", data_exchange=True)
    assert {r.attrs["data-article"] for r in rows} == {REUTERS, DNAINFO}
    for row in rows:
        claim = row.find("div", **{"class": "ex-col ex-col-claim"})
        answers = row.find("div", **{"class": "ex-col ex-col-rebuttal"})
        assert [c.attrs["data-role"] for c in claim.find_all("figure")] == ["claim"]
        roles = [c.attrs["data-role"] for c in answers.find_all("figure")]
        assert roles and set(roles) == {"rebuttal"}  # topic pages show answered claims only
        for card in row.find_all("figure"):
            assert card.attrs["data-article"] == row.attrs["data-article"]
            assert "Side:" in card.text
            link = card.find("a", **{"class": "ex-card-link"}).attrs["href"]
            assert link.startswith(f"../../articles/{row.attrs['data-article']}/#")
        assert row.find("time") is not None  # the source's date
    johnson = [c for c in doc.find_all("figure", data_speaker="Eddie Johnson")]
    assert johnson and any("Also reported by" in c.text for c in johnson)


def test_topic_parts_are_built_and_linked(tmp_path, monkeypatch):
    monkeypatch.setattr(disputes, "ROWS_PER_PART", 1)
    site = build_project(copy_project(tmp_path) / "mkdocs.yml", tmp_path / "site")
    first = html(site, "topics/crime")
    nav = first.find("nav", **{"class": "ex-parts"})
    hrefs = [a.attrs["href"] for a in nav.find_all("a")]
    assert hrefs[0] == "2/" and len(hrefs) >= 2
    second = html(site, "topics/crime/2")
    assert second.find("div", data_part="2") is not None
    assert [s.attrs["data-exchange"] for s in second.find_all("section", data_exchange=True)] \
        == ["2"]
    assert "part 2 of" in second.find("title").text
    back = second.find("nav", **{"class": "ex-parts"}).find("a").attrs["href"]
    assert (site / "topics/crime/2" / back / "index.html").resolve() == (
        site / "topics/crime/index.html").resolve()


def test_sources_page_lists_publishers_timeline_and_open_data(built_site):
    doc = html(built_site, "sources")
    publishers = {r.attrs["data-publisher"] for r in doc.find_all("tr", data_publisher=True)}
    assert publishers == {"Reuters", "DNAinfo Chicago"}
    timeline = doc.find("ol", **{"class": "ex-timeline"})
    assert {li.attrs["data-article"] for li in timeline.find_all("li", data_article=True)} == {
        REUTERS, DNAINFO}
    data = {a.attrs["href"] for a in doc.find("ul", **{"class": "ex-data"}).find_all("a")}
    for href in data:
        assert (built_site / "sources" / href).resolve().is_file(), href


def test_a_topic_summary_names_the_voices_heard_most_and_counts_the_rest(monkeypatch):
    """A topic of a large corpus hears hundreds of speakers: its summary names the five
    heard most and counts the others, so it does not grow with the corpus."""
    from explainer.render.corpus import Links, topics_index

    page = disputes.TopicPage("crime", "crime", ())
    many = [(f"Speaker {n}", 10 - n) for n in range(8)]
    monkeypatch.setitem(page.__dict__, "voices", many)
    assert page.main_voices == many[:disputes.VOICES_SHOWN] and disputes.VOICES_SHOWN == 5
    links = Links(str, str, lambda label: f"{label}/")
    cell = parse(topics_index([page], links, links)).find("tr", data_topic="crime").text
    assert "Speaker 4 (6); 3 more" in cell and "Speaker 5" not in cell
