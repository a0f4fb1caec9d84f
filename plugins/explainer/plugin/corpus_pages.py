"""MkDocs adapter for the cross-article pages and the open data (called from ``plugin``).

Adds the people, topic and sources pages (only their index pages are meant for the nav),
the data files (``data/*.json``, ``data/statements.csv``) and the Atom feed as generated
files, and the sharing meta (Open Graph, Twitter) and JSON-LD of every generated page. The
logic lives in the pure modules; this file only maps MkDocs files and URLs onto them.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import html
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from ..corpus.articles import Article
from ..render import corpus as render_corpus
from ..render import pages as render
from ..render import share
from ..render.corpus import Links
from ..site import exports
from ..site.build import Site
from ..site.disputes import DisputeRow, TopicPage, topic_pages
from ..site.feed import atom_feed, summary
from ..site.pages import ArticleView, index_parts
from ..site.people_pages import (
    MIN_ARTICLES,
    Appearance,
    Corpus,
    Entry,
    ListingPage,
    PersonPage,
    build_corpus,
    topic_group,
)
from ..site.people_pages import index_parts as people_parts
from ..site.sources import Sources, sources, timeline_parts

PEOPLE, TOPICS, SOURCES = "people/index.md", "topics/index.md", "sources.md"
FEED = "feed.xml"
STATEMENTS = ("data/statements.json", "data/statements.csv")
DATA = {
    "statements_json": STATEMENTS[0],
    "statements_csv": STATEMENTS[1],
    "statements_schema": "data/statements.schema.json",
    "articles_json": "data/articles.json",
    "articles_csv": "data/articles.csv",
    "articles_schema": "data/articles.schema.json",
    "glossary_json": "data/glossary.json",
    "glossary_schema": "data/glossary.schema.json",
}
DATA_DOCS = "data.md"  # the hand-written page that documents the exports
ARTICLES_INDEX, GLOSSARY = "articles/index.md", "glossary.md"
_FIXED = {
    PEOPLE: ("People", "Everyone quoted or paraphrased in the articles, with their statements."),
    TOPICS: ("Topics", "What the articles argue about: every claim and response, by topic."),
    SOURCES: ("Sources", "The publishers, authors and dates of the articles, and the open data."),
    ARTICLES_INDEX: ("Articles", "Every article, newest first, with its claims and responses."),
    GLOSSARY: ("Glossary", "What the policy terms mean, with sources, and where they are used."),
}


class CorpusPages:
    def __init__(self) -> None:
        self.site: Site | None = None
        self.corpus: Corpus | None = None
        # uri -> the person, the part (1-based), and the statements of every part
        self.people: dict[str, tuple[PersonPage, int, list]] = {}
        self.listed: dict[str, ListingPage] = {}  # uri -> a page of speakers without their own
        self.topics: dict[str, tuple[TopicPage, int]] = {}  # uri -> topic, part (1-based)
        self.articles: dict[str, ArticleView] = {}
        self.index: dict[str, tuple[int, list[ArticleView]]] = {}  # uri -> part, its articles
        self.people_index: dict[str, tuple[int, tuple[PersonPage, ...]]] = {}  # uri -> part, rows
        self.sources: Sources | None = None
        self.timeline: dict[str, tuple[int, tuple]] = {}  # uri -> part, its days (Sources page)
        self.topic_uris: dict[str, str] = {}
        self.topic_list: list[TopicPage] = []
        self.absolute: dict[str, str] = {}  # src_uri -> absolute URL, in this build
        self.root: Links | None = None  # URLs as the data files give them, in this build
        self.stable_texts: dict = {}  # for page_key, in this build
        self.shared: dict[str, tuple] = {}  # uri -> title, description, kind (page_share)

    # -- on_files ---------------------------------------------------------------------------
    def add_files(self, site: Site, files: Files, config: MkDocsConfig, add,
                  min_articles: int = MIN_ARTICLES) -> None:
        """Generate the pages and data files; ``add`` is the plugin's clash-checking append.
        ``min_articles``: who gets a page of their own (``people_pages.has_page``)."""
        self.site, self.absolute, self.stable_texts, self.shared = site, {}, {}, {}
        self.corpus = build_corpus(site.views, site.people, min_articles, site.appearances)
        self.articles = {f"articles/{v.source.slug}.md": v for v in site.views}
        self.index = {_index_uri(n): (n, views)
                      for n, views in enumerate(index_parts(site.views), 1)}
        self.people_index = {_people_index_uri(n): (n, rows)
                             for n, rows in enumerate(people_parts(self.corpus.people), 1)}
        self.sources = sources(site.views)
        self.timeline = {_sources_uri(n): (n, days)
                         for n, days in enumerate(timeline_parts(self.sources.timeline), 1)}
        self.people = {}
        for person in self.corpus.people:
            parts = person.parts()
            self.people.update((_person_uri(person, n), (person, n, parts))
                               for n in range(1, len(parts) + 1))
        self.listed = {page.uri: page for page in self.corpus.listed}
        self.topic_list = topic_pages(site.views, self.corpus)
        self.topics = {_part_uri(t, n): (t, n) for t in self.topic_list
                       for n in range(1, len(t.parts()) + 1)}
        self.topic_uris = {t.label: _part_uri(t, 1) for t in self.topic_list}
        for uri in (*self.index, *self.people_index, TOPICS, *self.timeline, *self.people,
                    *self.listed, *self.topics):
            inclusion = (InclusionLevel.UNDEFINED if uri in (ARTICLES_INDEX, PEOPLE, TOPICS,
                                                              SOURCES)
                         else InclusionLevel.NOT_IN_NAV)
            add(files, File.generated(config, uri, content="", inclusion=inclusion))
        root = self.root = self._root_links(files, config)
        for uri in STATEMENTS:  # written where MkDocs would copy them (write_statements)
            add(files, File.generated(config, uri,
                                      abs_src_path=str(Path(config.site_dir) / uri)))
        articles = exports.article_rows(site.views, root.article)
        contents = {
            DATA["statements_schema"]: exports.schema_json(exports.statements_schema()),
            DATA["articles_json"]: exports.articles_json(articles),
            DATA["articles_csv"]: exports.articles_csv(articles),
            DATA["articles_schema"]: exports.schema_json(exports.articles_schema()),
            DATA["glossary_json"]: exports.glossary_json(
                exports.glossary_records(site.glossary, site.views)),
            DATA["glossary_schema"]: exports.schema_json(exports.glossary_schema()),
            FEED: atom_feed(site.views, config.site_name, root.article,
                            self_url=urljoin(config.site_url or "", FEED),
                            site_url=config.site_url or ""),
        }
        for uri, content in contents.items():
            add(files, File.generated(config, uri, content=content))

    def write_statements(self, site_dir: str, salt: str, keys: dict[str, str] | None = None,
                         previous: tuple[Path, Path, dict] | None = None) -> tuple[str, dict]:
        """The statement exports, written once, straight into the site (MkDocs leaves a
        file that is already where it would copy it; writing them elsewhere first wrote them
        twice). ``keys``: ``record_keys(salt)``, worked out here when not given (a first
        build has no previous records to compare them with); ``previous``: the previous
        build's two files and their spans, whose blocks are copied for the articles with the
        same key. Returns the records' digest (``records_digest``) and this build's spans
        (``exports.write_statements``)."""
        assert self.corpus is not None and self.root is not None
        corpus, root = self.corpus, self.root
        keys = self.record_keys(salt) if keys is None else keys
        articles = [(slug, key, functools.partial(exports.article_records, corpus, slug,
                                                   root.person))
                    for slug, key in keys.items()]
        json_path, csv_path = (Path(site_dir) / uri for uri in STATEMENTS)
        json_path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.ExitStack() as files:
            json_out, csv_out = (files.enter_context(open(p, "wb")) for p in (json_path, csv_path))
            old = None
            if previous is not None:
                old = (*(files.enter_context(open(p, "rb")) for p in previous[:2]), previous[2])
            return records_digest(keys), exports.write_statements(articles, json_out, csv_out,
                                                                  old)

    def record_keys(self, salt: str) -> dict[str, str]:
        """Article slug -> a digest of what its records in the exports hold: its view, which
        reports of its statements are one statement, where its speakers are listed, and
        ``salt`` (the site's address and all else every record depends on); by slug."""
        assert self.corpus is not None and self.site is not None
        corpus = self.corpus
        keys = {}
        for slug in sorted(corpus.by_article):
            mine = corpus.by_article[slug]
            speakers = dict.fromkeys(a.speaker for a in mine)
            key = ("records", salt, self.articles[f"articles/{slug}.md"],
                   tuple(corpus.entry_of[a.id] for a in mine),
                   tuple(corpus.person_uri[name] for name in speakers))
            keys[slug] = hashlib.sha256(_stable(key, self.site.view_keys, self.stable_texts)
                                        .encode()).hexdigest()
        return keys

    def leaves(self) -> list[str]:
        """The pages of one person, letter or topic, and the parts of the Articles and People
        indexes and of the Sources page: the pages whose models ``page_key`` knows."""
        return [*self.index, *self.people_index, *self.timeline, *self.people, *self.listed,
                *self.topics]

    def page_key(self, uri: str) -> str:
        """A digest of what an article, person, letter or topic page, or a part of the
        Articles index, shows: the same while the page would come out the same
        (``page_reuse`` keeps such pages from the previous build). Articles count by their
        views' digests (``Site.view_keys``); besides its own models a page depends on which
        topic pages exist (links), an article page on its speakers' facts, a topic page on
        its speakers' facts and report counts."""
        assert self.corpus is not None and self.site is not None
        corpus = self.corpus
        if "topics" not in self.stable_texts:  # the same for every page of a build
            self.stable_texts["topics"] = repr(sorted(self.topic_uris.items()))
        topics = self.stable_texts["topics"]
        if uri in self.articles:
            view = self.articles[uri]
            key: tuple = ("article", view,
                          tuple(_speaker_facts(corpus, name) for name in view.speakers))
        elif uri in self.people:  # parts after the first show only their own statements
            person, part, parts = self.people[uri]
            shown = person if part == 1 else (
                person.slug, person.name, repr(person.person), person.roles,
                person.side_labels, parts[part - 1])
            key = ("person", shown, part, len(parts), topics)
        elif uri in self.listed:
            key = ("listed", self.listed[uri], topics)
        elif uri in self.index:  # its rows, and the count and parts of the whole list
            part, views = self.index[uri]
            key = ("index", part, len(self.index), len(self.site.views), tuple(views))
        elif uri in self.people_index:  # part 1 also counts articles and links the listings
            part, rows = self.people_index[uri]
            whole = (self._article_count(), tuple(
                (page.key, page.part, page.parts, len(page.people)) for page in corpus.listed)
            ) if part == 1 else ()
            key = ("people", part, len(self.people_index), len(corpus.people), rows, whole)
        elif uri in self.timeline:  # part 1 also sums up publishers and authors
            part, days = self.timeline[uri]
            assert self.sources is not None
            whole = (self._article_count(), tuple(
                (p.name, p.articles, p.authors) for p in self.sources.publishers), tuple(
                (a.name, a.publishers, len(a.articles)) for a in self.sources.authors)
            ) if part == 1 else ()
            key = ("sources", part, len(self.timeline), whole, tuple(
                (day.date.isoformat() if day.date else None, day.articles) for day in days))
        else:  # part 1 sums up the whole topic, the other parts show only their rows
            topic, part = self.topics[uri]
            rows = topic.parts()[part - 1]
            shown = [a for row in rows for a in (row.claim, *row.rebuttals)]
            whole = topic if part == 1 else (topic.slug, topic.label, len(topic.parts()), rows)
            key = ("topic", whole, part, topics, tuple(
                (_speaker_facts(corpus, a.speaker), corpus.entry_of[a.id]) for a in shown))
        return hashlib.sha256(_stable(key, self.site.view_keys, self.stable_texts).encode()
                              ).hexdigest()

    def page_keys(self, uris: list[str]) -> dict[str, str]:
        """``page_key`` of each page."""
        return {uri: self.page_key(uri) for uri in uris}

    def owns(self, uri: str) -> bool:
        return (uri in self.people or uri in self.listed or uri in self.topics
                or uri in self.index or uri in self.people_index or uri in self.timeline
                or uri == TOPICS)

    # -- on_page_markdown -------------------------------------------------------------------
    def page_meta(self, page: Page, files: Files, config: MkDocsConfig) -> None:
        """Title, template and sharing meta of every generated page (articles included)."""
        uri = page.file.src_uri
        title, description, kind = None, None, "website"
        if uri in self.articles:
            view = self.articles[uri]
            if view.article is not None:
                title, kind = view.article.title, "article"  # its summary: page_share
        elif uri in self.people:
            person, part, parts = self.people[uri]
            title, kind = person.name, "profile"
            if len(parts) > 1:
                title += f" (part {part} of {len(parts)})"
            # counts only on part 1 (see page_key): the other parts change with their own
            description = (f"What {person.name} said across {person.article_count} "
                           f"article{'s' if person.article_count != 1 else ''}, by topic, "
                           "with the sources." if part == 1 else
                           f"More of what {person.name} said, by topic, with the sources.")
        elif uri in self.listed:
            listing = self.listed[uri]
            title = f"People: {listing.key.upper()}" + (
                f" (part {listing.part} of {listing.parts})" if listing.parts > 1 else "")
            description = (f"Speakers quoted in one article whose names start with "
                           f"{listing.key.upper()}, with their statements.")
        elif uri in self.topics:
            topic, part = self.topics[uri]
            parts = len(topic.parts())
            title = topic.label.capitalize() + (f" (part {part} of {parts})" if parts > 1 else "")
            description = (f"Every claim and response on {topic.label} across "
                           f"{len(topic.articles)} article{'s' if len(topic.articles) != 1 else ''}"
                           ", side by side, with the sources." if part == 1 else
                           f"More claims and responses on {topic.label}, side by side, with "
                           "the sources.")
        elif uri in self.index and uri != ARTICLES_INDEX:
            title, description = _FIXED[ARTICLES_INDEX]
            title += f" (part {self.index[uri][0]} of {len(self.index)})"
        elif uri in self.people_index and uri != PEOPLE:
            title, description = _FIXED[PEOPLE]
            title += f" (part {self.people_index[uri][0]} of {len(self.people_index)})"
        elif uri in self.timeline and uri != SOURCES:
            title, description = _FIXED[SOURCES]
            title += f" (part {self.timeline[uri][0]} of {len(self.timeline)})"
        elif uri in _FIXED:
            title, description = _FIXED[uri]
        if title is None:
            return
        if uri not in self.articles:  # the plugin sets the article pages' own title
            page.meta["title"] = html.escape(title)
        page.meta["template"] = "explainer.html"
        if uri in self.people or uri in self.listed or uri in self.topics:
            # They repeat statements that the article pages hold: Material's search (one
            # index that every reader downloads) finds them there, and the People index
            # lists the names. Pagefind, when used, indexes every page.
            page.meta["search"] = {"exclude": True}
        self.shared[uri] = (title, description, kind)

    def page_share(self, page: Page, files: Files, config: MkDocsConfig) -> None:
        """The description and sharing meta of a page ``page_meta`` titled, set when the page
        is built (only its own template reads them): worked out for every page as it was
        read, they cost the main process alone a third of a second at 5,000 articles."""
        found = self.shared.get(page.file.src_uri)
        if found is None:
            return
        title, description, kind = found
        if description is None:  # an article's summary, only now
            description = summary(self.articles[page.file.src_uri])
        page.meta["description"] = html.escape(description)  # Material prints it as is
        page.meta["share"] = share.meta_tags(title, description, kind, page.canonical_url,
                                             config.site_name)
        page.meta["feed_url"] = _url(files, FEED, page)

    # -- on_page_content --------------------------------------------------------------------
    def page_content(self, page: Page, files: Files, config: MkDocsConfig) -> str | None:
        uri = page.file.src_uri
        assert self.site is not None and self.corpus is not None
        links, data = self._links(page, files, config)
        if uri in self.index:
            part, views = self.index[uri]
            part_urls = [_url(files, _index_uri(n), page) for n in range(1, len(self.index) + 1)]
            return (render.index_page(views, len(self.site.views), part, part_urls,
                                      links.article)
                    + self.structured_data(page, files, config))
        if uri in self.people_index:
            part, rows = self.people_index[uri]
            listings = [(listing, _url(files, listing.uri, page))
                        for listing in self.corpus.listed] if part == 1 else []
            part_urls = [_url(files, u, page) for u in self.people_index]
            return render_corpus.people_index(
                rows, len(self.corpus.people), self._article_count(), links, data, part,
                part_urls, _first(self.people_index, part), listings)
        if uri in self.listed:
            return render_corpus.people_listing(self.listed[uri], links, data,
                                                _url(files, PEOPLE, page))
        if uri in self.people:
            person, part, parts = self.people[uri]
            part_urls = [_url(files, _person_uri(person, n), page)
                         for n in range(1, len(parts) + 1)]
            return render_corpus.person_page(person, part, parts[part - 1], part_urls, links,
                                             data)
        if uri == TOPICS:
            return render_corpus.topics_index(self.topic_list, links, data)
        if uri in self.topics:
            topic, part = self.topics[uri]
            part_urls = [_url(files, _part_uri(topic, n), page)
                         for n in range(1, len(topic.parts()) + 1)]
            return render_corpus.topic_page(topic, part, part_urls, self.corpus, links, data)
        if uri in self.timeline:
            assert self.sources is not None
            part, days = self.timeline[uri]
            targets = {key: _url(files, path, page) for key, path in DATA.items()}
            targets["feed"] = _url(files, FEED, page)
            targets["docs"] = _url(files, DATA_DOCS, page)
            part_urls = [_url(files, u, page) for u in self.timeline]
            first = 1 + sum(len(d.articles) for n, shown in self.timeline.values() if n < part
                            for d in shown)
            return render_corpus.sources_page(self.sources, days, self._article_count(), links,
                                              data, targets, part, part_urls, first)
        return None

    def structured_data(self, page: Page, files: Files, config: MkDocsConfig) -> str:
        """JSON-LD for the plugin's own pages: an article, or a part of the articles index."""
        uri = page.file.src_uri
        assert self.site is not None and self.corpus is not None
        _, data = self._links(page, files, config)
        if uri in self.articles:
            return str(render_corpus.article_data(self.articles[uri], self.corpus, data))
        if uri in self.index:
            part, views = self.index[uri]
            first = sum(len(v) for n, v in self.index.values() if n < part) + 1
            return str(render_corpus.articles_index_data(views, data, first))
        return ""

    # -- URLs -------------------------------------------------------------------------------
    def _article_count(self) -> int:
        return sum(1 for v in self.articles.values() if v.article is not None)

    def _links(self, page: Page, files: Files, config: MkDocsConfig) -> tuple[Links, Links]:
        """Links relative to the page (for HTML), and absolute ones when ``site_url`` is set
        (for JSON-LD; else the relative ones again)."""
        memo: dict[str, str] = {}  # a page links the same pages many times

        def make(absolute: bool) -> Links:
            def to(uri: str) -> str:
                if absolute and config.site_url:  # the same from every page
                    if uri not in self.absolute:
                        target = files.src_uris.get(uri)  # POSIX already: see _url
                        self.absolute[uri] = urljoin(config.site_url, target.url) if target else ""
                    return self.absolute[uri]
                if uri not in memo:
                    memo[uri] = _url(files, uri, page)
                return memo[uri]
            return Links(
                article=lambda slug: to(f"articles/{slug}.md"),
                person=lambda name: _with_fragment(to, self.corpus.person_uri[name]),
                topic=lambda label: to(self._topic_uri(label)) if self._topic_uri(label) else "",
                page=(page.canonical_url or "") if absolute else "",
            )
        return make(False), make(True)

    def _root_links(self, files: Files, config: MkDocsConfig) -> Links:
        """URLs as the data files give them: absolute with ``site_url``, else from the root."""
        memo: dict[str, str] = {}  # every statement of an article links the same pages

        def to(uri: str) -> str:
            if uri not in memo:
                target = files.src_uris.get(uri)  # POSIX already: see _url
                url = target.url if target else ""
                memo[uri] = urljoin(config.site_url, url) if config.site_url else url
            return memo[uri]
        return Links(article=lambda slug: to(f"articles/{slug}.md"),
                     person=lambda name: _with_fragment(to, self.corpus.person_uri[name]),
                     topic=lambda label: to(self._topic_uri(label)))

    def _topic_uri(self, label: str) -> str:
        return self.topic_uris.get(topic_group(label), "")


def records_digest(keys: dict[str, str]) -> str:
    """One digest of every article's ``record_keys``: the statement exports' fingerprint."""
    return hashlib.sha256(repr(sorted(keys.items())).encode()).hexdigest()


def _stable(value, view_keys: dict[int, str], memo: dict[int, str]) -> str:
    """``value`` as text that is the same, build after build, exactly while what a page shows
    of it is: an article's view and what is made from it (its article, its appearances) by
    the view's digest; other models by their fields. ``memo`` holds the text of the models
    many pages share (entries, person pages), by ``id``, for one build."""
    def text(item) -> str:
        if isinstance(item, (tuple, list)):
            return "(" + ",".join(text(part) for part in item) + ")"
        if item is None or isinstance(item, (str, int, bool)):
            return repr(item)
        if isinstance(item, (ArticleView, Article)):
            return f"V{view_keys[id(item)]}"
        if isinstance(item, Appearance):  # made from its article's view alone
            return f"P{item.id}@{view_keys[id(item.article)]}"
        if id(item) not in memo:
            memo[id(item)] = shared(item)
        return memo[id(item)]

    def shared(item) -> str:
        if isinstance(item, Entry):  # the bulk of the text: written out directly
            return f"E{item.id}(" + ",".join(
                f"P{a.id}@{view_keys[id(a.article)]}" for a in item.appearances) + ")"
        if isinstance(item, PersonPage):
            fields = (item.slug, item.name, repr(item.person), item.roles, item.side_labels,
                      item.topics)
            return f"H{text(fields)}"
        if isinstance(item, ListingPage):
            return f"L{text((item.key, item.part, item.parts, item.people))}"
        if isinstance(item, TopicPage):
            return f"T{text((item.slug, item.label, item.rows))}"
        if isinstance(item, DisputeRow):
            return f"R{text((item.article, item.number, item.claim, item.rebuttals))}"
        raise TypeError(f"no stable text for {type(item).__name__}")  # a new model: add it
    return text(value)


def _speaker_facts(corpus: Corpus, name: str) -> tuple:
    """What other pages show of a speaker: where their statements are listed, and the facts
    their structured data gives (kind, roles, affiliation)."""
    page = corpus.person.get(name)
    affiliation = page.person.affiliation if page and page.person else None
    return (name, corpus.person_uri.get(name), page.kind if page else None,
            page.roles if page else (), affiliation)


def _with_fragment(to, uri: str) -> str:
    """``to`` resolves a page's src_uri to a URL; keep the ``#fragment`` of a listed speaker."""
    path, _, fragment = uri.partition("#")
    url = to(path)
    return f"{url}#{fragment}" if url and fragment else url


def _index_uri(part: int) -> str:
    """articles/index.md, then articles/index/2.md, ... (no article can have these: an
    article slugged "index" would be articles/index.md itself)."""
    return ARTICLES_INDEX if part == 1 else f"articles/index/{part}.md"


def _people_index_uri(part: int) -> str:
    """people/index.md, then people/index/2.md, ... (no speaker's slug is "index")."""
    return PEOPLE if part == 1 else f"people/index/{part}.md"


def _sources_uri(part: int) -> str:
    """sources.md, then sources/2.md, ... (URLs sources/, sources/2/)."""
    return SOURCES if part == 1 else f"sources/{part}.md"


def _first(parts: dict[str, tuple[int, tuple]], part: int) -> int:
    """The position in the whole list of the first row of ``part``."""
    return 1 + sum(len(rows) for n, rows in parts.values() if n < part)


def _person_uri(person: PersonPage, part: int) -> str:
    """people/<slug>.md, then people/<slug>/2.md, ... (as ``people_pages`` links part 1)."""
    return f"people/{person.slug}.md" if part == 1 else f"people/{person.slug}/{part}.md"


def _part_uri(topic: TopicPage, part: int) -> str:
    """topics/crime.md, then topics/crime/2.md, ... (URLs topics/crime/, topics/crime/2/)."""
    return f"topics/{topic.slug}.md" if part == 1 else f"topics/{topic.slug}/{part}.md"


def _url(files: Files, src_uri: str, page: Page) -> str:
    """The URL of the page ``src_uri`` relative to ``page``. Our URIs are POSIX paths
    already: looked up as they are (``get_file_from_path`` normalises each through
    ``PurePath``, most of the cost of the tens of thousands of links a build makes)."""
    target = files.src_uris.get(src_uri)
    return get_relative_url(target.url, page.url) if target else ""
