"""The real project, built in process with --strict: the pages a reader gets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from htmlquery import parse
from projects import ROOT, build_project, copy_project

REUTERS = "reuters-2017-08-16-sessions-chicago"
DNAINFO = "dnainfo-2017-08-16-sessions-call-your-mayor"


def page(site: Path, path: str):
    return parse((site / path / "index.html").read_text(encoding="utf-8"))


def cards(doc, role=None):
    return doc.find_all("figure", data_role=role or True)


def speaker(card) -> str:
    return card.find(**{"class": "ex-speaker"}).text


def statement(card) -> str:
    """The card's statement id, from its link to the statement in the text."""
    return card.find("a", **{"class": "ex-card-link"}).attrs["href"].removeprefix("#stmt-")


def speakers(doc) -> set[str]:
    return {speaker(c) for c in cards(doc)}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_generated_pages_exist(built_site):
    for path in (f"articles/{REUTERS}", f"articles/{DNAINFO}", "articles", "glossary"):
        assert (built_site / path / "index.html").is_file(), path
    assert (built_site / "assets/explainer/explainer.css").is_file()


def test_the_build_never_writes_into_docs_or_corpus(tmp_path):
    before = {name: snapshot(ROOT / name) for name in ("docs", "corpus")}
    build_project(ROOT / "mkdocs.yml", tmp_path / "site")
    assert {name: snapshot(ROOT / name) for name in ("docs", "corpus")} == before


def test_reuters_page_shows_the_speakers_and_their_exchanges(built_site):
    doc = page(built_site, f"articles/{REUTERS}")
    assert {"Jeff Sessions", "Rahm Emanuel", "Eddie Johnson"} <= speakers(doc)
    assert any("advocates" in s for s in speakers(doc))
    assert any("leaders" in s for s in speakers(doc))
    rows = doc.find_all(data_exchange=True)
    assert rows, "no exchange on the Reuters page"
    for row in rows:  # claims first, then what answers them
        roles = [c.attrs["data-role"] for c in cards(row)]
        assert roles[0] == "claim" and roles == sorted(roles), roles
    answered = [r for r in rows if cards(r, "rebuttal")]
    assert any(speaker(cards(r, "claim")[0]) == "Jeff Sessions" for r in answered)
    johnson = [c for r in answered for c in cards(r, "rebuttal")
               if speaker(c) == "Eddie Johnson"]
    assert johnson and "16 percent" in " ".join(c.text for c in johnson)
    # "a haven for predators" and "Respect for the rule of law" got the same answer: one
    # exchange shows both claims and the advocates' answer once
    crime = [r for r in answered if "haven for predators" in r.text]
    assert len(crime) == 1 and "Respect for the rule of law" in crime[0].text


@pytest.mark.parametrize("slug", [REUTERS, DNAINFO])
def test_the_stable_hooks_of_the_spec_are_on_every_article_page(built_site, slug):
    """SPEC: "tests, scripts and embedders rely on them": each exchange row, each card's role,
    speaker and statement id, each glossary link's term, each paragraph's number."""
    doc = page(built_site, f"articles/{slug}")
    rows = doc.find_all(data_exchange=True)
    figures = [f for f in doc.find_all("figure") if "ex-card" in f.attrs.get("class", "")]
    assert rows and figures
    for card in figures:
        assert card.attrs["data-role"] in ("claim", "rebuttal", "statement")
        assert card.attrs["data-speaker"] and re.fullmatch(r"s\d+", card.attrs["data-statement"])
    assert doc.find_all("a", data_term=True)
    numbers = [p.attrs["data-paragraph"] for p in doc.find_all("p", data_paragraph=True)]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)] and numbers


def test_reuters_article_text_is_anchored_marked_and_linked(built_site):
    doc = page(built_site, f"articles/{REUTERS}")
    paragraphs = doc.find("div", **{"class": "ex-text"}).find_all("p")
    assert [p.attrs["id"] for p in paragraphs] == [
        f"p-{n}" for n in range(1, len(paragraphs) + 1)]
    assert len(paragraphs) == 16
    assert doc.find_all("mark", **{"class": "ex-stmt"})
    terms = {a.attrs["data-term"] for a in doc.find_all("a", data_term=True)}
    assert "sanctuary-policy" in terms
    links = doc.find_all("a", data_term="sanctuary-policy")
    assert len(links) == 1 and links[0].attrs["href"].startswith("../../glossary/")
    key_terms = doc.find("dl", **{"class": "ex-key-terms"})
    assert "Byrne" in key_terms.text  # attached through the front matter's terms:


def test_every_card_links_to_its_statement_in_the_text(built_site):
    doc = page(built_site, f"articles/{DNAINFO}")
    anchors = {m.attrs.get("id") for m in doc.find_all("mark", **{"class": "ex-stmt"})}
    for card in cards(doc):
        link = card.find("a", **{"class": "ex-card-link"})
        assert link.attrs["href"][1:] in anchors


def test_dnainfo_page_shows_reversed_exchanges_and_lists_the_unanswered_claims_by_side(
        built_site):
    doc = page(built_site, f"articles/{DNAINFO}")
    assert {"Jeff Sessions", "Eddie Johnson"} <= speakers(doc)
    rows = doc.find_all(data_exchange=True)
    assert len(rows) >= 2
    reversed_rows = [
        r for r in rows
        if speaker(cards(r, "claim")[0]) != "Jeff Sessions"
        and any(speaker(c) == "Jeff Sessions" for c in cards(r, "rebuttal"))
    ]
    assert reversed_rows, "no exchange answered by Sessions"
    assert all(cards(r, "rebuttal") for r in rows)  # only answered exchanges are rows
    # the claim nobody is shown to answer is listed once, after the exchanges, by side, under
    # one note that says so in SPEC's words (not a "No response" row per claim)
    others = doc.find("h2", id="other-statements")
    assert others is not None and doc.find("h2", id="who-said-what") is None
    notes = [p.text.strip() for p in doc.find_all("p", **{"class": "ex-unpaired"})]
    assert notes[-1].startswith("No response reported in this article")
    assert doc.text.count("No response reported") == 1
    groups = doc.find_all("section", **{"class": "ex-side-group"})
    assert groups and all(g.find("h3").text.strip() for g in groups)
    call = [c for g in groups for c in cards(g) if "Call your City Council" in c.text]
    assert [c.attrs["data-role"] for c in call] == ["statement"]
    assert speaker(call[0]) == "Jeff Sessions"
    group = next(g for g in groups if call[0] in cards(g))
    assert group.find("h3").text.startswith("Federal government")
    shown = [statement(c) for c in cards(doc)]
    assert len(shown) == len(set(shown))  # every statement once
    assert {m.attrs["id"] for m in doc.find_all("mark", id=True)} <= {f"stmt-{i}" for i in shown}


def test_cards_label_side_and_kind_in_text(built_site):
    doc = page(built_site, f"articles/{REUTERS}")
    for card in cards(doc):
        assert "Side:" in card.text
        assert any(k in card.text for k in ("Direct quote", "Partial quote", "Paraphrase"))
    sessions = next(c for c in cards(doc) if speaker(c) == "Jeff Sessions")
    assert "Attorney General" in sessions.text


def test_articles_index_lists_each_article_with_counts(built_site):
    doc = page(built_site, "articles")
    rows = {r.attrs["data-article"]: r for r in doc.find_all("tr", data_article=True)}
    assert set(rows) == {REUTERS, DNAINFO}
    cells = [td.text for td in rows[DNAINFO].find_all("td")]
    assert "DNAinfo Chicago" in cells[1] and "August 16, 2017" in cells[2]
    assert int(cells[3]) >= 1 and int(cells[4]) >= 1


def test_the_articles_index_comes_in_parts_newest_first(tmp_path, monkeypatch):
    from explainer.site import pages
    monkeypatch.setattr(pages, "ARTICLES_PER_PART", 1)
    site = build_project(copy_project(tmp_path) / "mkdocs.yml", tmp_path / "site")
    first, second = page(site, "articles"), page(site, "articles/index/2")
    rows = [[r.attrs["data-article"] for r in doc.find_all("tr", data_article=True)]
            for doc in (first, second)]
    assert sorted(rows) == sorted([[REUTERS], [DNAINFO]])  # one each, every article once
    for doc, label in ((first, "Articles"), (second, "Articles (part 2 of 2)")):
        assert doc.find("title").text.startswith(label)
        assert "2 articles, newest first" in doc.text
        navs = doc.find_all("nav", **{"class": "ex-parts"})
        assert [n.attrs["aria-label"] for n in navs] == [
            "Parts of the article list, top", "Parts of the article list, bottom"]
        [data] = [json.loads(s.text) for s in doc.find_all("script", type="application/ld+json")]
        items = data["mainEntity"]["itemListElement"]
        assert [i["item"]["headline"] for i in items] == [
            r.find("a").text for r in doc.find_all("tr", data_article=True)]
        assert [i["position"] for i in items] == [1 if doc is first else 2]
    back = second.find("nav", **{"class": "ex-parts"}).find("a").attrs["href"]
    assert (site / "articles/index/2" / back / "index.html").resolve() == (
        site / "articles/index.html").resolve()
    nav = first.find("nav", **{"class": "ex-parts"})
    current = nav.find("strong")
    assert current.text == "1" and current.attrs["aria-current"] == "page"


def test_nav_stays_small_with_articles_out_of_it(built_site):
    doc = page(built_site, "")
    nav_links = {a.attrs.get("href") for a in doc.find_all("a", **{"class": "md-nav__link"})}
    assert not any(REUTERS in (h or "") for h in nav_links)


def test_glossary_page_has_every_term_with_sources_and_backlinks(built_site):
    doc = page(built_site, "glossary")
    entries = doc.find_all("section", **{"class": "ex-gloss-entry"})
    ids = {e.find("h2").attrs["id"] for e in entries}
    assert {"sanctuary-policy", "detainer", "byrne-jag"} <= ids
    for entry in entries:
        assert entry.find("ol", **{"class": "ex-sources"}).find("a").attrs["href"].startswith(
            "http")
    data = json.loads(doc.find("script", type="application/ld+json").text)
    assert data["@type"] == "DefinedTermSet"
    assert {t["termCode"] for t in data["hasDefinedTerm"]} == ids
    assert all(t["@type"] == "DefinedTerm" and t["description"] for t in data["hasDefinedTerm"])
    sanctuary = next(e for e in entries if e.find("h2").attrs["id"] == "sanctuary-policy")
    backlinks = sanctuary.find("ul", **{"class": "ex-backlinks"}).find_all("li")
    assert {REUTERS, DNAINFO} <= {li.find("a").attrs["href"].split("/")[2] for li in backlinks}


HOSTILE = """---
title: "<script>alert('title')</script> & {{ jinja }}"
publisher: "<img src=x onerror=alert(1)>"
url: "https://example.org/a?b=1&c=2"
---
"<script>alert('quote')</script>," the mayor said. **bold** [x](javascript:alert(1)) {% raw %}

Sen. Jane Roe said the plan would <b>fail</b>.
"""

BROKEN = "---\ntitle: [never closed\n---\nText.\n"


@pytest.fixture
def project(tmp_path):
    """A copy of the real project with extra articles, to build without touching the repo."""
    copy_project(tmp_path)
    return tmp_path


HOSTILE_REVIEW = """\
statements:
  - quote: the plan would
    speaker: "<svg onload=alert(1)>"
    note: "<script>alert('note')</script> {{ 7*7 }} [x](javascript:alert(1))"
    sources:
      - title: "<b>source</b>"
        url: https://example.org/s
"""


def test_hostile_article_is_rendered_as_text(project):
    (project / "corpus/articles/hostile.md").write_text(HOSTILE, encoding="utf-8")
    (project / "corpus/reviews/hostile.yml").write_text(HOSTILE_REVIEW, encoding="utf-8")
    site = build_project(project / "mkdocs.yml", project / "site")
    html = (site / "articles/hostile/index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>fail" not in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert "javascript:" not in html.replace("javascript:alert(1))", "")
    doc = parse(html)
    assert doc.find("title").text.startswith("<script>alert('title')</script> & {{ jinja }}")
    assert doc.find("a", **{"class": "ex-original"}).attrs["href"] == "https://example.org/a?b=1&c=2"
    for payload in ("<svg onload", "<script>alert('note')", "<b>source"):
        assert payload not in html
    note = doc.find("p", **{"class": "ex-note"})
    assert "<script>alert('note')</script> {{ 7*7 }} [x](javascript:alert(1))" in note.text
    assert [a.attrs["href"] for a in note.find_all("a")] == ["https://example.org/s"]
    assert any(speaker(c) == "<svg onload=alert(1)>" for c in cards(doc))


def test_broken_article_fails_strict_but_not_the_other_pages(project):
    (project / "corpus/articles/broken.md").write_text(BROKEN, encoding="utf-8")
    with pytest.raises(Abort):
        build_project(project / "mkdocs.yml", project / "strict-site")
    build_project(project / "mkdocs.yml", project / "site", strict=False)
    broken = (project / "site/articles/broken/index.html").read_text(encoding="utf-8")
    assert "could not be loaded" in broken and "corpus/articles/broken.md:2:" in broken
    assert (project / f"site/articles/{REUTERS}/index.html").is_file()


def test_hand_written_pages_link_glossary_terms_but_not_in_headings(built_site):
    doc = page(built_site, "")
    links = doc.find_all("a", data_term=True)
    assert {a.attrs["data-term"] for a in links} >= {"sanctuary-policy", "detainer"}
    assert all(a.attrs["href"].startswith("glossary/#") for a in links)
    assert not any(h.find("a", data_term=True) for h in doc.find_all("h1"))


def test_review_file_decisions_show_in_the_built_page(built_site):
    doc = page(built_site, f"articles/{DNAINFO}")
    texts = [c.find("blockquote").text for c in cards(doc)]
    assert not any(t.startswith("a lawsuit filed by the city") for t in texts)
    call = next(c for c in cards(doc) if "Call your City Council" in c.text)
    assert "Checked by an editor" in call.text
    lawsuit = next(c for c in cards(doc) if "reordering of law enforcement" in c.text)
    note = lawsuit.find("p", **{"class": "ex-note"})
    assert "City of Chicago v. Sessions" in note.text
    assert note.find("a").attrs["href"].startswith("https://law.justia.com/")


def test_the_editor_panel_is_never_published(built_site):
    for path in built_site.rglob("*.html"):
        assert "data-editor-panel" not in path.read_text(encoding="utf-8"), path


def test_search_indexes_the_article_text_once_without_tooltips_or_cards(built_site):
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    entries = [d for d in index["docs"] if d["location"].startswith(f"articles/{REUTERS}/")]
    text = " ".join(d["text"] for d in entries)
    assert text.count("Respect for the rule of law has broken down") == 1
    assert "limits how far police" not in text  # the sanctuary-policy tooltip
    assert "In the article, paragraph" not in text


def test_links_to_the_glossary_build_without_noise_and_a_broken_one_is_reported(
    project, caplog
):
    """Hand-written pages link glossary terms by source path, which MkDocs resolves and
    checks: the build logs nothing about them, but a link to a term that does not exist
    is still reported."""
    caplog.set_level("INFO", logger="mkdocs")
    build_project(project / "mkdocs.yml", project / "site")
    noise = [r.getMessage() for r in caplog.records
             if "relative link" in r.getMessage() or "anchor" in r.getMessage()]
    assert noise == []
    (project / "docs/terms.md").write_text(
        "# Terms\n\nSee [no such term](glossary.md#no-such-term).\n", encoding="utf-8")
    caplog.clear()
    build_project(project / "mkdocs.yml", project / "site")
    reported = [r.getMessage() for r in caplog.records if "no-such-term" in r.getMessage()]
    assert reported and "does not contain an anchor" in reported[0]


def test_strict_stays_strict_when_the_log_is_quiet(project):
    """``mkdocs build --strict -q``: MkDocs 1.6 does not count warnings it does not show, so
    the plugin refuses a corpus with problems itself."""
    import logging

    (project / "corpus/articles/broken.md").write_text(BROKEN, encoding="utf-8")
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)  # what -q does
    try:
        with pytest.raises(Abort):
            build_project(project / "mkdocs.yml", project / "site")
    finally:
        logger.setLevel(level)


def test_a_split_quote_card_elides_the_narration_and_links_the_full_sentence(built_site):
    doc = page(built_site, f"articles/{REUTERS}")
    (card,) = [c for c in cards(doc) if "worse time" in c.text]
    quote = card.find("blockquote").text
    assert "Emanuel said" not in quote and " … they could not have picked a worse time" in quote
    assert not re.search(r",[”\"]$", quote.strip())
    link = card.find("a", **{"class": "ex-card-link"}).attrs["href"]
    assert "Emanuel said" in doc.find(id=link[1:]).text  # the original, one click away


def test_the_people_index_comes_in_parts_by_name(tmp_path, monkeypatch):
    from explainer.site import people_pages
    monkeypatch.setattr(people_pages, "PEOPLE_PER_PART", 2)
    site = build_project(copy_project(tmp_path) / "mkdocs.yml", tmp_path / "site")
    first = page(site, "people")
    navs = first.find_all("nav", **{"class": "ex-parts"})
    assert [n.attrs["aria-label"] for n in navs] == [
        "Parts of the list of people, top", "Parts of the list of people, bottom"]
    count = len(navs[0].find_all("a")) + 1  # the links, and the current part
    docs = [first] + [page(site, f"people/index/{n}") for n in range(2, count + 1)]
    rows = [[r.attrs["data-person"] for r in doc.find_all("tr", data_person=True)]
            for doc in docs]
    names = [name for part in rows for name in part]
    assert all(len(part) == 2 for part in rows[:-1]) and names == sorted(set(names))
    assert docs[1].find("title").text.startswith(f"People (part 2 of {count})")
    assert "Speakers 3 to 4 of" in docs[1].text
    # the speakers without a page are linked from part 1 only
    assert first.find(id="everyone-else") and not docs[1].find(id="everyone-else")
    [data] = [json.loads(s.text) for s in docs[1].find_all("script", type="application/ld+json")]
    assert [i["position"] for i in data["mainEntity"]["itemListElement"]] == [3, 4]


def test_the_sources_timeline_comes_in_parts_oldest_first(tmp_path, monkeypatch):
    from explainer.site import sources
    monkeypatch.setattr(sources, "TIMELINE_PER_PART", 1)
    site = build_project(copy_project(tmp_path) / "mkdocs.yml", tmp_path / "site")
    first, second = page(site, "sources"), page(site, "sources/2")
    shown = [[li.attrs["data-article"] for li in doc.find_all("li", data_article=True)]
             for doc in (first, second)]
    assert sorted(shown) == sorted([[REUTERS], [DNAINFO]])
    assert first.find("table", **{"class": "ex-publishers"}) and first.find(
        "ul", **{"class": "ex-data"})
    assert not second.find("table", **{"class": "ex-publishers"})  # part 1 sums them up
    assert second.find("title").text.startswith("Sources (part 2 of 2)")
    back = second.find("nav", **{"class": "ex-parts"}).find("a").attrs["href"]
    assert (site / "sources/2" / back / "index.html").resolve() == (
        site / "sources/index.html").resolve()


def test_a_generated_page_reads_as_markdown_would_read_it(tmp_path):
    """Our pages out of the nav skip building a Markdown converter for their empty text:
    what reading them sets is what Page.render sets (and a page with text is rendered)."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page

    from explainer.plugin.events import GeneratedPage

    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    for markdown in ("", "  \n", "# A title\n\nSome *text* [here](#x).\n"):
        made = []
        for kind in (Page, GeneratedPage):
            file = File("people/x.md", None, config.site_dir, config.use_directory_urls)
            page = kind(None, file, config)
            page.markdown, page.meta = markdown, {}
            page.render(config, Files([file]))
            made.append((page.content, [(item.title, item.id) for item in page.toc.items],
                         page.title, page.present_anchor_ids,
                         {f.src_uri: links for f, links in page.links_to_anchors.items()}))
        assert made[0] == made[1]
