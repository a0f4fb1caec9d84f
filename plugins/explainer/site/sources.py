"""Who published the articles, who wrote them, and when: the sources page and timeline."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..corpus.articles import Article
from .pages import ArticleView
from .people_pages import date_key

NO_PUBLISHER = "Publisher not given"
TIMELINE_PER_PART = 100  # articles on one page of the timeline


@dataclass(frozen=True)
class Publisher:
    name: str
    articles: tuple[Article, ...]  # oldest first
    authors: tuple[str, ...]

    @property
    def first(self) -> dt.date | dt.datetime | None:
        return next((a.published for a in self.articles if a.published), None)

    @property
    def last(self) -> dt.date | dt.datetime | None:
        return next((a.published for a in reversed(self.articles) if a.published), None)


@dataclass(frozen=True)
class Author:
    name: str
    publishers: tuple[str, ...]
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Day:
    """One date on the timeline and the articles published that day (None: undated)."""

    date: dt.date | None
    articles: tuple[ArticleView, ...]


@dataclass(frozen=True)
class Sources:
    publishers: tuple[Publisher, ...]
    authors: tuple[Author, ...]
    timeline: tuple[Day, ...]


def sources(views: Iterable[ArticleView]) -> Sources:
    loaded = sorted((v for v in views if v.article is not None),
                    key=lambda v: (date_key(v.article), v.article.slug))
    by_publisher: dict[str, list[Article]] = defaultdict(list)
    by_author: dict[str, list[Article]] = defaultdict(list)
    by_day: dict[dt.date | None, list[ArticleView]] = defaultdict(list)
    for view in loaded:
        article = view.article
        by_publisher[article.publisher or NO_PUBLISHER].append(article)
        if article.author:
            by_author[article.author].append(article)
        by_day[_day(article.published)].append(view)
    publishers = tuple(
        Publisher(name, tuple(arts), tuple(dict.fromkeys(a.author for a in arts if a.author)))
        for name, arts in sorted(by_publisher.items(),
                                 key=lambda i: (i[0] == NO_PUBLISHER, -len(i[1]), i[0].lower())))
    authors = tuple(
        Author(name, tuple(dict.fromkeys(a.publisher or NO_PUBLISHER for a in arts)), tuple(arts))
        for name, arts in sorted(by_author.items(), key=lambda i: (i[0].lower(), i[0])))
    timeline = tuple(Day(day, tuple(by_day[day]))
                     for day in sorted(by_day, key=lambda d: (d is None, d or dt.date.min)))
    return Sources(publishers, authors, timeline)


def timeline_parts(timeline: Iterable[Day]) -> list[tuple[Day, ...]]:
    """The timeline in pages of TIMELINE_PER_PART articles, oldest first; a day that runs
    over two pages is on both, each with its own articles; at least one. The whole timeline
    on one page grew with the corpus, as the Articles index did."""
    flat = [(day.date, view) for day in timeline for view in day.articles]
    size = TIMELINE_PER_PART
    chunks = [flat[n:n + size] for n in range(0, len(flat), size)] or [[]]
    return [tuple(Day(date, tuple(v for d, v in chunk if d == date))
                  for date in dict.fromkeys(d for d, _ in chunk)) for chunk in chunks]


def _day(published: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()  # the date as the publisher gave it, in its own time zone
    return published
