"""A speech quoted whole does not fill a phone's screen many times over: its card shows the
first sentences and folds the rest in a native <details> (article, person and topic pages
share the card macro)."""

from __future__ import annotations

from pathlib import Path

import pytest

from htmlquery import parse
from projects import single_article_site

SLUG = "mayor-speech"
SENTENCE = "Our libraries will stay open on Sundays and the buses will run all night. "
ARTICLE = f"""---
title: "The mayor's speech"
publisher: Test Gazette
published: 2017-08-18
---
Mayor Ann Ruiz spoke for an hour on Tuesday.

“{SENTENCE * 10}We will not raise taxes <b>this</b> year,” Ruiz said.

Council member Bo Lee said the plan would cost too much.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return single_article_site(tmp_path_factory.mktemp("long"), SLUG, ARTICLE)


def test_a_long_card_shows_its_lead_and_folds_the_rest(site):
    doc = parse((site / "articles" / SLUG / "index.html").read_text(encoding="utf-8"))
    (card,) = [c for c in doc.find_all("figure", data_role=True)
               if c.attrs["data-speaker"] == "Ann Ruiz"]
    quote = card.find("blockquote")
    lead = quote.find("p").text
    more = quote.find("details", **{"class": "ex-more"})
    assert lead.startswith("“Our libraries") and lead.endswith("all night. …")
    assert len(lead.split()) <= 71
    assert more.find("summary").text == "Show the rest (105 more words)"
    rest = more.find("p").text
    assert rest.startswith("… Our libraries") and rest.endswith("<b>this</b> year.”")
    assert len(lead.split()) + len(rest.split()) - 2 == 14 * 10 + 7


def test_a_short_card_has_nothing_folded(site):
    doc = parse((site / "articles" / SLUG / "index.html").read_text(encoding="utf-8"))
    (card,) = [c for c in doc.find_all("figure", data_role=True)
               if c.attrs["data-speaker"] == "Bo Lee"]
    assert card.find("details") is None
