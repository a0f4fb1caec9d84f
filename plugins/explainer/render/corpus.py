"""HTML and structured data for the cross-article pages: people, topics, sources.

Same Jinja environment as ``render`` (autoescape on). Two sets of links reach each page:
``html`` (relative, for the page's own links) and ``data`` (absolute when the site has a
``site_url``, else the same relative ones) for the JSON-LD.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from ..site import jsonld
from ..site.disputes import TopicPage
from ..site.pages import ArticleView
from ..site.people_pages import Corpus, ListingPage, PersonPage
from ..site.sources import Day, Sources
from .jsonld_script import script
from .pages import _env


@dataclass(frozen=True)
class Links:
    article: Callable[[str], str]  # article slug -> URL of its page
    person: Callable[[str], str]  # speaker name -> URL of their page
    topic: Callable[[str], str]  # topic label -> URL of its page ("" if it has none)
    page: str = ""  # the page's own URL ("" = the page itself)


def people_index(people: tuple[PersonPage, ...], total: int, article_count: int, html: Links,
                 data: Links, part: int = 1, part_urls: list[str] = (), first: int = 1,
                 listings: list[tuple[ListingPage, str]] = ()) -> str:
    """Part ``part`` of the People index: ``people`` (the ``first``-th of the ``total``
    speakers with a page of their own, on), and on part 1 the links to the pages listing
    the others (``listings``: each listing page with its URL)."""
    items = [_speaker(p, data) for p in people]
    return _render("people_index.html", people=people, total=total, part=part,
                   part_urls=part_urls or [""], first=first, article_count=article_count,
                   person_url=html.person, listings=listings,
                   listed=sum(len(page.people) for page, _ in listings),
                   jsonld=script(jsonld.item_list("People", data.page, items, first)))


def people_listing(page: ListingPage, html: Links, data: Links, people_url: str) -> str:
    """Speakers without a page of their own: each with every statement's link."""
    items = [_speaker(p, data, full=True) for p in page.people]
    return _render("people_more.html", listing=page, article_url=html.article,
                   people_url=people_url,
                   jsonld=script(jsonld.graph(items)))


def person_page(page: PersonPage, part: int, topics, part_urls: list[str], html: Links,
                data: Links) -> str:
    """Part ``part`` (1-based) of a person's page, showing ``topics`` (see
    ``PersonPage.parts``); ``part_urls`` links every part, this one included. Its
    structured data is the speaker (their statements are data in statements.json)."""
    return _render("person.html", p=page, part=part, topics=topics, part_urls=part_urls,
                   article_url=html.article, topic_url=html.topic,
                   jsonld=script(jsonld.graph([_speaker(page, data, full=True)])))


def topics_index(topics: list[TopicPage], html: Links, data: Links) -> str:
    items = [{"@type": "CollectionPage", "name": t.label, "url": data.topic(t.label)}
             for t in topics]
    return _render("topics_index.html", topics=topics, topic_url=html.topic,
                   jsonld=script(jsonld.item_list("Topics", data.page, items)))


def topic_page(topic: TopicPage, part: int, part_urls: list[str], corpus: Corpus,
               html: Links, data: Links) -> str:
    """Part ``part`` (1-based) of a topic; ``part_urls`` links every part, this one included."""
    rows = topic.parts()[part - 1]
    return _render("topic.html", t=topic, rows=rows, part=part, part_urls=part_urls,
                   first=(part - 1) * len(topic.parts()[0]),
                   entry_of=corpus.entry_of, article_url=html.article, person_url=html.person,
                   jsonld=script(jsonld.collection_page(topic.label.capitalize(), data.page)))


def sources_page(sources: Sources, days: tuple[Day, ...], article_count: int, html: Links,
                 data: Links, files: dict[str, str], part: int = 1,
                 part_urls: list[str] = (), first: int = 1) -> str:
    """Part ``part`` of the Sources page: ``days`` of the timeline, whose first article is
    the ``first``-th; part 1 also sums up the publishers and authors and links the open
    data (``files``)."""
    items = [jsonld.news_article(v.article, data.article(v.article.slug), full=True)
             for day in days for v in day.articles]
    return _render("sources.html", s=sources, days=days, article_count=article_count,
                   part=part, part_urls=part_urls or [""], first=first,
                   shown=len(items), article_url=html.article, links=files,
                   jsonld=script(jsonld.item_list("Sources", data.page, items, first)))


def article_data(view: ArticleView, corpus: Corpus, data: Links) -> Markup:
    """JSON-LD for an article page: the ``NewsArticle`` and the speakers it is about. What
    search engines read; the statements themselves, as data, are in statements.json (as
    ``Claim`` nodes here they were a fifth of an article page's bytes, read by nothing)."""
    if view.article is None:
        return Markup("")
    article = jsonld.news_article(view.article, data.article(view.article.slug), full=True)
    # each speaker where the article names it (a reference to a node of its own took
    # another 45 bytes a speaker)
    article["about"] = [_speaker(corpus.person[name], data, full=True)
                        if name in corpus.person else jsonld.speaker_node(name, data.person(name))
                        for name in view.speakers]
    return script(jsonld.graph([article]))


def articles_index_data(views: list[ArticleView], data: Links, first: int = 1) -> Markup:
    """``views``: a part of the index, whose first row is the list's ``first``."""
    items = [jsonld.news_article(v.article, data.article(v.article.slug))
             for v in views if v.article is not None]
    return script(jsonld.item_list("Articles", data.page, items, first))


def _speaker(page: PersonPage, data: Links, full: bool = False) -> dict:
    person = page.person
    return jsonld.speaker_node(page.name, data.person(page.name), page.kind,
                               "; ".join(page.roles) or None,
                               person.affiliation if person else None, full)


def _render(template: str, **context) -> str:
    return _env().get_template(template).render(**context)
