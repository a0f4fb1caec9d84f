"""People pages: every statement per speaker across the corpus, reports merged across outlets."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import replace
from pathlib import Path
from random import Random

import pytest

from explainer.corpus.articles import Article, unique_slugs
from explainer.engine.model import Statement
from explainer.site.build import build_site
from explainer.site.pages import Card
from explainer.site.people_pages import (
    Appearance,
    build_corpus,
    merge,
    names_someone,
    same_statement,
    statement_id,
)

from htmlquery import parse
from projects import ROOT

REUTERS = "reuters-2017-08-16-sessions-chicago"
DNAINFO = "dnainfo-2017-08-16-sessions-call-your-mayor"
JOHNSON_REUTERS = ("shootings are down 16 percent this year, and that undocumented immigrants "
                   "are not driving violence in the city")
JOHNSON_DNAINFO = ("\"I have said it\u00a0before and I will say it again, undocumented immigrants "
                   "are not driving violence in Chicago and that's why I want our officers "
                   "focused on community policing and not trying to be the immigration police,\"")


@pytest.fixture(scope="module")
def seeds():
    site = build_site(ROOT / "corpus", ROOT)
    return site, build_corpus(site.views, site.people)


def appearance(slug, text, speaker="Jane Roe", kind="indirect", sid="s1", day=1) -> Appearance:
    article = Article(slug, f"{slug}.md", f"Title {slug}", "", publisher=f"Outlet {slug}",
                      published=dt.date(2020, 1, day))
    statement = Statement(sid, speaker, speaker, kind, "said", 0, len(text), text, 1)
    card = Card(statement, "Side", kind, text)
    return Appearance(statement_id(slug, speaker, text), article, card, "crime", "context",
                      f"stmt-{sid}")


# -- the rule: same words, same polarity --------------------------------------------------------

def test_the_seed_reports_of_johnson_are_the_same_statement():
    assert same_statement(JOHNSON_REUTERS, JOHNSON_DNAINFO)


@pytest.mark.parametrize("a, b", [
    # a paraphrase and the quote it reports
    ("the new tax would cost small businesses thousands of dollars a year",
     "\u201cThis new tax would cost small businesses thousands of dollars a year,\u201d she said"),
    # curly apostrophes and case do not matter
    ("We\u2019ll Keep The Clinics Open In Every Ward", "we'll keep the clinics open in every ward"),
    # identical short quote: no five-word run needed
    ("\u201cwill not cave\u201d", "will not cave"),
])
def test_reports_that_merge(a, b):
    assert same_statement(a, b)


@pytest.mark.parametrize("a, b", [
    # near miss: four shared words only
    ("undocumented immigrants are not driving crime", "undocumented immigrants are not the issue"),
    # near miss: the same run, but one report negates it
    ("undocumented immigrants are driving violence in the city",
     "undocumented immigrants are not driving violence in the city"),
    # near miss: a long shared run of function words and speech verbs only
    ("I have said it before and I will say it again, the budget is balanced",
     "I have said it before and I will say it again, we need more officers"),
    # unrelated
    ("the grants fund police overtime", "the lawsuit was filed on Monday"),
])
def test_near_misses_do_not_merge(a, b):
    assert not same_statement(a, b)


# -- merging reports into entries ----------------------------------------------------------------

def test_merge_joins_reports_in_different_articles_by_the_same_speaker_only():
    found = [
        appearance("a", JOHNSON_REUTERS, "Eddie Johnson", day=1),
        appearance("b", JOHNSON_DNAINFO, "Eddie Johnson", kind="direct", day=2),
        appearance("c", JOHNSON_REUTERS, "Someone Else", day=3),  # other speaker: separate
        appearance("a", JOHNSON_DNAINFO, "Eddie Johnson", kind="direct", sid="s2"),  # same article
    ]
    entries = merge(found)
    merged = [e for e in entries if e.sources > 1]
    assert len(merged) == 1
    [entry] = merged
    assert {a.article.slug for a in entry.appearances} == {"a", "b"}
    assert entry.primary.statement.kind == "direct"  # the quote is shown, with every source
    assert entry.id == min(a.id for a in entry.appearances)
    assert sum(len(e.appearances) for e in entries) == len(found)


def _pairwise(found: list[Appearance]) -> list[list[str]]:
    """The entries of comparing every two reports (what ``merge`` must give), as ids."""
    parent = {a.id: a.id for a in found}

    def root(key):
        while parent[key] != key:
            key = parent[key]
        return key

    for n, a in enumerate(found):
        for b in found[n + 1:]:
            if (a.speaker == b.speaker and a.article.slug != b.article.slug
                    and same_statement(a.statement.text, b.statement.text)):
                parent[root(a.id)] = root(b.id)
    groups: dict[str, list[str]] = {}
    for a in found:
        groups.setdefault(root(a.id), []).append(a.id)
    return sorted(sorted(ids) for ids in groups.values())


def test_merge_compares_each_wording_once_and_gives_what_comparing_every_report_gives():
    """Reprinted wordings (in one article or several), near misses, texts without words."""
    texts = ["the levy pays for libraries and the parks in every ward",
             "The levy pays for libraries and the parks in every ward, she said",
             "the levy does not pay for libraries and the parks in every ward",
             "we will keep the clinics open in every ward this year",
             "keep the clinics open in every ward", "...", "yes"]
    random = Random(18)
    for _ in range(300):
        found = []
        for n in range(random.randint(1, 9)):
            made = appearance(random.choice("abc"), random.choice(texts),
                              random.choice(["Jane Roe", "Jane Roe", "Bo Ray"]))
            found.append(replace(made, id=f"{made.id}-{n}"))
        assert sorted(sorted(a.id for a in e.appearances) for e in merge(found)) == (
            _pairwise(found)), [(a.article.slug, a.speaker, a.statement.text) for a in found]


def test_merge_keeps_the_near_miss_apart():
    found = [appearance("a", "undocumented immigrants are driving violence in the city"),
             appearance("b", "undocumented immigrants are not driving violence in the city")]
    assert [len(e.appearances) for e in merge(found)] == [1, 1]


def test_statement_ids_depend_only_on_article_speaker_and_words():
    one = statement_id("a", "Jane Roe", "We will  win.")
    assert one == statement_id("a", "Jane Roe", "We will win.")  # spacing is not content
    assert one != statement_id("b", "Jane Roe", "We will win.")
    assert one != statement_id("a", "John Doe", "We will win.")
    assert one.startswith("a:") and len(one.split(":")[1]) == 10


def test_person_slugs_are_distinct_and_never_index():
    slugs = unique_slugs(["Eddie Johnson", "Eddie  Johnson!", "Index"])
    assert len(set(slugs.values())) == 3
    assert slugs["Index"] != "index"


# -- the seeds ---------------------------------------------------------------------------------

def test_the_seeds_give_each_speaker_a_page_or_a_listing(seeds):
    site, corpus = seeds
    speakers = {a.speaker for a in corpus.appearances}
    listed = {p.name for page in corpus.listed for p in page.people}
    assert {p.name for p in corpus.people} == speakers - listed
    assert {"Jeff Sessions", "Rahm Emanuel", "Eddie Johnson", "Immigration advocates",
            "Democratic city and state leaders"} <= speakers
    every = sum(v.statement_count for v in site.views)
    assert len(corpus.appearances) == every


def test_the_seeds_merge_johnsons_statement_once_with_both_sources(seeds):
    _, corpus = seeds
    merged = [e for e in corpus.entries if e.sources > 1]
    johnson = [e for e in merged if e.primary.speaker == "Eddie Johnson"]
    assert len(johnson) == 1, [e.primary.statement.text for e in merged]
    entry = johnson[0]
    assert {a.article.slug for a in entry.appearances} == {REUTERS, DNAINFO}
    assert "not driving violence" in entry.primary.statement.text
    page = next(p for p in corpus.people if p.name == "Eddie Johnson")
    assert sum(1 for e in page.entries if "not driving violence" in e.primary.statement.text) == 1
    assert page.person is not None and page.roles[0] == "Chicago Police Superintendent"
    assert page.side_labels == ("Chicago and supporters of sanctuary policies",)


def test_sessions_statements_are_grouped_by_topic(seeds):
    _, corpus = seeds
    page = next(p for p in corpus.people if p.name == "Jeff Sessions")
    topics = [t for t, _ in page.topics]
    assert "crime" in topics and len(topics) == len(set(topics))
    assert {a.article.slug for e in page.entries for a in e.appearances} == {REUTERS, DNAINFO}


def test_a_long_page_is_split_into_parts_in_order(seeds):
    _, corpus = seeds
    page = next(p for p in corpus.people if p.name == "Jeff Sessions")
    parts = page.parts(2)
    assert len(parts) == -(-len(page.entries) // 2) > 1
    assert [e for part in parts for _, entries in part for e in entries] == page.entries
    assert all(sum(len(entries) for _, entries in part) <= 2 for part in parts)
    topics = [t for part in parts for t, _ in part]
    assert [t for t, _ in page.topics] == list(dict.fromkeys(topics))  # order kept
    assert page.parts() == [page.topics]  # a short page is one part


def test_a_built_long_person_page_links_its_parts(tmp_path, monkeypatch):
    import explainer.site.people_pages as people_pages

    from projects import build_project, copy_project

    monkeypatch.setattr(people_pages, "ENTRIES_PER_PART", 2)
    project = copy_project(tmp_path)
    site = build_project(project / "mkdocs.yml", tmp_path / "site")
    first, second = html(site, "people/jeff-sessions"), html(site, "people/jeff-sessions/2")
    assert "(part 1 of" in first.find("h1").text and "(part 2 of" in second.find("h1").text
    parts = "Parts of this page, top"  # and one at the bottom, labelled apart (axe)
    [nav] = first.find_all("nav", aria_label=parts)
    assert first.find("nav", aria_label="Parts of this page, bottom") is not None
    assert [a.attrs["href"] for a in nav.find_all("a")][0] == "2/"
    assert [a.attrs["href"] for a in second.find("nav", aria_label=parts).find_all("a")][0] == "../"
    shown = [len(page.find_all("li", **{"class": "ex-entry"})) for page in (first, second)]
    assert shown == [2, 2]


def test_adding_an_unrelated_article_keeps_every_id(tmp_path, seeds):
    _, before = seeds
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    (tmp_path / "corpus/articles/other.md").write_text(
        "---\ntitle: Bike lanes\npublisher: Gazette\npublished: 2018-01-02\n---\n"
        "\u201cThe new bike lanes will make Main Street safer for everyone,\u201d "
        "Mayor Jane Roe said.\n", encoding="utf-8")
    site = build_site(tmp_path / "corpus", tmp_path)
    after = build_corpus(site.views, site.people)
    old = {a.id: after.entry_of.get(a.id) for a in before.appearances}
    assert None not in old.values()
    assert {a.id: e.id for a, e in ((a, before.entry_of[a.id]) for a in before.appearances)} \
        == {k: v.id for k, v in old.items()}
    assert len(after.appearances) > len(before.appearances)


# -- the built pages -----------------------------------------------------------------------------

def html(site: Path, path: str):
    return parse((site / path / "index.html").read_text(encoding="utf-8"))


def test_people_index_links_every_speaker_page(built_site, seeds):
    _, corpus = seeds
    doc = html(built_site, "people")
    rows = doc.find_all("tr", data_person=True)
    assert {r.attrs["data-person"] for r in rows} == {p.slug for p in corpus.people}
    for row in rows:
        href = row.find("a").attrs["href"]
        assert (built_site / "people" / href / "index.html").is_file()
    nav = {a.attrs.get("href") for a in html(built_site, "").find_all("a")}
    assert "people/" in nav
    assert not any("eddie-johnson" in (h or "") for h in nav)  # people pages stay out of the nav


def test_johnson_page_shows_the_merged_statement_with_both_links(built_site):
    doc = html(built_site, "people/eddie-johnson")
    assert doc.find("h1").text == "Eddie Johnson"
    assert "Chicago Police Superintendent" in doc.find("dl").text
    merged = [li for li in doc.find_all("li", **{"class": "ex-entry"})
              if "Reported by 2 sources" in li.text]
    assert len(merged) == 1
    assert "Reported by 2 sources" in merged[0].text
    links = [a.attrs["href"] for a in merged[0].find("ul", **{"class": "ex-reports"}).find_all("a")]
    assert {h.split("/")[3] for h in links} == {REUTERS, DNAINFO}
    for href in links:  # each link lands on the sentence in the article page
        path, anchor = href.split("#")
        target = parse((built_site / "people/eddie-johnson" / path / "index.html").read_text(
            encoding="utf-8"))
        assert target.find(id=anchor) is not None, href


def test_every_person_page_lists_each_statement_with_its_source(built_site, seeds):
    _, corpus = seeds
    for person in corpus.people:
        doc = html(built_site, f"people/{person.slug}")
        reports = [li for ul in doc.find_all("ul", **{"class": "ex-reports"})
                   for li in ul.find_all("li")]
        assert len(reports) == sum(len(e.appearances) for e in person.entries)
        for li in reports:
            assert li.find("time") is not None and li.find("a").attrs["href"].startswith(
                "../../articles/")



def test_a_report_gives_its_own_words_only_where_they_are_not_the_ones_quoted(built_site,
                                                                                seeds):
    _, corpus = seeds
    shown = 0
    for person in corpus.people:
        doc = html(built_site, f"people/{person.slug}")
        for li in doc.find_all("li", **{"class": "ex-entry"}):
            quoted = (li.find("span", **{"class": "ex-kind"}).text, li.find("blockquote").text)
            for report in li.find("ul", **{"class": "ex-reports"}).find_all("li"):
                words = [e for e in report.iter()
                         if "ex-wording" in (e.attrs.get("class") or "").split()]
                if words:
                    shown += 1
                    kind = report.find_all("span", **{"class": "ex-kind"})[-1].text
                    assert (kind, words[0].text) != quoted
    assert shown  # Johnson's two reports word it differently


# -- the page policy at scale ----------------------------------------------------------------------

FBI = "the FBI\u2019s Uniform Crime Reporting statistics"


def test_by_default_only_declared_and_recurring_speakers_get_a_page(seeds):
    _, corpus = seeds
    paged = {p.name for p in corpus.people}
    declared = {p.name for p in corpus.person.values() if p.person is not None}
    assert paged == declared | {p.name for p in corpus.person.values()
                                if p.article_count >= 2 and names_someone(p.name)}
    assert FBI not in paged  # one article, not in people.yml: listed, not paged
    [listing] = corpus.listed
    assert (listing.key, listing.part, listing.parts) == ("t", 1, 1)
    assert [p.name for p in listing.people] == [FBI]
    assert corpus.person_uri[FBI] == f"people/more/t.md#{corpus.person_slugs[FBI]}"
    assert corpus.person_uri["Jeff Sessions"] == "people/jeff-sessions.md"
    # nobody is lost: every speaker has a page or a place on a listing page
    assert set(corpus.person_uri) == {a.speaker for a in corpus.appearances}


def test_an_inferred_side_is_shown_for_a_speaker_of_one_article_only():
    """"Side of Jane Roe (inferred)" is drawn within one article: across two it says
    nothing, and the person page says where to look instead."""
    from explainer.site.people_pages import _person_page

    one = merge([appearance("a", "the levy pays for libraries")])
    two = merge([appearance("a", "the levy pays for libraries"),
                 appearance("b", "buses come first", day=2)])
    assert _person_page("Jane Roe", "jane-roe", one, None).side_labels == ("Side",)
    assert _person_page("Jane Roe", "jane-roe", two, None).side_labels == ()


@pytest.mark.parametrize("speaker", [
    "Maria Delgado", "Delgado", "CNN", "the Associated Press", "the Ruiz campaign",
    "Lee’s campaign", "Green Party", "Republicans", "some Democrats"])
def test_a_name_is_the_same_speaker_in_every_article(speaker):
    assert names_someone(speaker)


@pytest.mark.parametrize("speaker", [
    "the candidate", "a man", "aides", "officials", "the Springfield senator", "the report",
    "the campaign", "What", "Some", "Senators", "a third", "misogynist and birther", ""])
def test_a_description_is_someone_else_in_every_article(speaker):
    """None of these gets a page of their own, however many articles quote them."""
    assert not names_someone(speaker)


def test_listing_pages_split_by_letter_and_part():
    from explainer.site.people_pages import LISTED_PER_PAGE, PersonPage, listing_pages

    people = [PersonPage(f"a{n:04d}", f"A {n}", None, (), (), ()) for n in range(
        LISTED_PER_PAGE + 1)] + [PersonPage("7-up", "7 Up", None, (), (), ())]
    pages = listing_pages(people)
    assert [(p.key, p.part, p.parts, len(p.people)) for p in pages] == [
        ("0-9", 1, 1, 1), ("a", 1, 2, LISTED_PER_PAGE), ("a", 2, 2, 1)]
    assert [p.uri for p in pages] == ["people/more/0-9.md", "people/more/a.md",
                                      "people/more/a/2.md"]


def test_the_site_lists_one_article_speakers_and_links_their_statements(built_site):
    """The project keeps the default policy: a speaker of one article is listed, not paged."""
    site = built_site
    assert not (site / "people/the-fbis-uniform-crime-reporting-statistics").exists()
    listing = html(site, "people/more/t")
    [item] = listing.find("ul", **{"class": "ex-listed"}).find_all("li")
    assert item.attrs["id"] == "the-fbis-uniform-crime-reporting-statistics"
    for a in item.find_all("a"):  # each statement link lands on the article's sentence
        path, anchor = a.attrs["href"].split("#")
        target = parse((site / "people/more/t" / path / "index.html").read_text(
            encoding="utf-8"))
        assert target.find(id=anchor) is not None
    index = html(site, "people")
    assert {a.attrs["href"] for a in index.find_all("a")} >= {"more/t/"}
    records = json.loads((site / "data/statements.json").read_text(encoding="utf-8"))
    speaker = records["fields"].index("speaker")
    fbi = [dict(zip(records["fields"], r, strict=True)) for r in records["statements"]
           if r[speaker] == FBI]
    assert fbi and {r["person_page"] for r in fbi} == {
        "people/more/t/#the-fbis-uniform-crime-reporting-statistics"}


def test_material_search_leaves_out_the_pages_that_repeat_article_statements(built_site):
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    pages = {d["location"].split("#")[0] for d in index["docs"]}
    assert "people/" in pages and "topics/" in pages  # the index pages list names and topics
    assert f"articles/{REUTERS}/" in pages
    assert not any(p.startswith("people/") and p != "people/" for p in pages)
    assert not any(p.startswith("topics/") and p != "topics/" for p in pages)


def test_the_people_index_has_a_side_column_only_when_some_side_is_declared():
    from explainer.render.corpus import Links, people_index
    from explainer.site.people_pages import PersonPage

    links = Links(lambda name: f"{name}/", str, str)
    ruiz = PersonPage("ann-ruiz", "Ann Ruiz", None, ("Mayor",), (), ())
    lee = PersonPage("bo-lee", "Bo Lee", None, (), ("City council",), ())
    heads = [[th.text for th in parse(people_index(people, len(people), 3, links, links))
              .find_all("th")] for people in ((ruiz,), (ruiz, lee))]
    assert heads == [["Speaker", "Role", "Statements", "Articles"],
                     ["Speaker", "Role", "Side", "Statements", "Articles"]]
