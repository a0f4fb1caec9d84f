"""An article in which the pairing links nothing, built with --strict: the page lists who said
what by side and says why, instead of claims that seem to go unanswered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from htmlquery import parse
from projects import single_article_site

SLUG = "council-hears-plans"
ARTICLE = """---
title: "Council hears <b>plans</b> for libraries & buses"
publisher: Test Gazette
published: 2017-08-18
---
“We will open three new libraries next year,” Mayor Ann Ruiz said on Tuesday.

Council member Bo Lee said the city should hire more <b>bus</b> drivers before winter.

“Our drivers are tired,” Lee said.

The city budget is $3 billion, according to city records.
"""
SIDES = ["Side of Ann Ruiz", "Side of Bo Lee", "Not taking a side (facts and figures)"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return single_article_site(tmp_path_factory.mktemp("unpaired"), SLUG, ARTICLE)


def page_html(site: Path) -> str:
    return (site / "articles" / SLUG / "index.html").read_text(encoding="utf-8")


def test_the_page_shows_who_said_what_by_side_and_no_exchange_rows(site):
    html = page_html(site)
    doc = parse(html)
    assert doc.find("h2", id="who-said-what") is not None
    assert doc.find("h2", id="claims-and-rebuttals") is None
    assert doc.find_all(data_exchange=True) == []
    assert "No response reported" not in doc.text
    groups = doc.find_all("section", **{"class": "ex-side-group"})
    headings = [g.find("h3") for g in groups]
    labels = [h.children[0].strip() for h in headings]  # the heading less its count
    assert labels == SIDES  # the sides, in the order they first speak
    assert [h.attrs["id"] for h in headings] == [g.attrs["aria-labelledby"] for g in groups]
    for group, heading, label in zip(groups, headings, labels, strict=True):
        cards = group.find_all("figure", data_role=True)
        assert cards and all(c.attrs["data-role"] == "statement" for c in cards)
        assert heading.find("span").text == f"({len(cards)} statement{'s' * (len(cards) > 1)})"
        for card in cards:  # the card as elsewhere: speaker, side, kind, link to the text
            assert card.find("span", **{"class": "ex-role-label"}).text == "Statement"
            assert card.find("span", **{"class": "ex-side"}).text.startswith(f"Side: {label}")
        paragraphs = [int(re.search(r"paragraph (\d+)", c.text).group(1)) for c in cards]
        assert paragraphs == sorted(paragraphs)  # article order within a side
    lee = groups[1].find_all("figure", data_role=True)
    assert [c.find("span", **{"class": "ex-speaker"}).text for c in lee] == ["Bo Lee", "Bo Lee"]


def test_every_statement_appears_once_and_links_to_its_text(site):
    doc = parse(page_html(site))
    cards = doc.find_all("figure", data_role=True)
    links = [c.find("a", **{"class": "ex-card-link"}).attrs["href"] for c in cards]
    assert len(links) == len(set(links)) == 4
    anchors = [m.attrs["id"] for m in doc.find_all("mark", id=True)]
    assert sorted(anchors) == sorted(link[1:] for link in links)  # each anchor exactly once
    page_ids = [e.attrs["id"] for e in doc.iter() if e.attrs.get("id")]
    assert len(page_ids) == len(set(page_ids))


def test_the_page_says_why_and_links_the_method_pages_pairing_section(site):
    doc = parse(page_html(site))
    note = doc.find("p", **{"class": "ex-unpaired"})
    assert "no statement in this article that answers another with enough evidence" in note.text
    assert "does not mean nobody answered" in note.text
    href = note.find("a").attrs["href"]
    assert href == "../../method/#pairing"
    method = parse((site / "articles" / SLUG / href.split("#")[0] / "index.html").resolve()
                   .read_text(encoding="utf-8"))
    assert method.find("h3", id="pairing") is not None
    toc = doc.find("nav", **{"class": "md-nav md-nav--secondary"})
    assert [a.attrs["href"] for a in toc.find_all("a")] == [
        "#who-said-what", "#key-terms", "#article-text"]


def test_corpus_text_stays_escaped(site):
    html = page_html(site)
    assert "<b>" not in html
    assert "more &lt;b&gt;bus&lt;/b&gt; drivers" in html
