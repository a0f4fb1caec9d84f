"""Our own annotated articles (bench/data/own_news): the brat files the reference scorer
reads are exactly what the hand-written sources say, and every annotated string is placed."""

from __future__ import annotations

import importlib.util
import json

import pytest

from projects import ROOT

DATA = ROOT / "bench" / "data" / "own_news"
spec = importlib.util.spec_from_file_location("own_news", ROOT / "bench" / "own_news_to_brat.py")
own_news = importlib.util.module_from_spec(spec)
spec.loader.exec_module(own_news)

ARTICLES = sorted((DATA / "dev" / "text").glob("*.txt")) + sorted(
    (DATA / "test" / "text").glob("*.txt")
)


def test_the_two_splits_hold_odd_and_even_articles():
    """dev holds the odd-numbered articles, test the even ones: 114 each, none in both."""
    number = {p.name: int(p.name.split("_")[0].split("-")[1]) for p in ARTICLES}
    dev = [n for n in number if (DATA / "dev" / "text" / n).exists()]
    assert len(dev) == 114 and len(ARTICLES) == 228 and len(set(number)) == 228
    assert all(number[n] % 2 == 1 for n in dev)
    assert all(number[p.name] % 2 == 0 for p in ARTICLES if p.name not in dev)


@pytest.mark.parametrize("text", ARTICLES, ids=lambda p: p.stem)
def test_brat_file_is_what_its_source_says(text):
    """``own_news_to_brat.py`` reproduces the committed .ann from the text and its source
    with nothing left unplaced: edit the source, then rerun it."""
    split = text.parent.parent
    items = json.loads((split / "source" / f"{text.stem}.json").read_text(encoding="utf-8"))
    lines, problems = own_news.brat_lines(text.read_text(encoding="utf-8"), items)
    assert problems == []
    ann = (split / "attributions" / f"{text.stem}_own.ann").read_text(encoding="utf-8")
    assert ann == "\n".join(lines) + "\n"


def test_whole_words_only():
    """A source "he" is never placed inside "the" or "She"."""
    assert own_news.nearest("She told the crowd he", "he", 0) == 19
