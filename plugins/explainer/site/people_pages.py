"""Across the corpus: every statement with a stable id, merged across outlets, per speaker.

One article shows one reporter's selection; these models show what each speaker said in all
of them. The same statement reported by several outlets (one paraphrases, another quotes)
becomes one entry listing every source. Pure core: nothing here knows about MkDocs or HTML.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..corpus.articles import Article, unique_slugs
from ..corpus.people import People, Person
from ..engine.names import ORG_HEADS, ROLE_NOUNS
from ..engine.topics import TOPICS, lexicon_topic
from ..engine.words import STOP
from .inline import Mark
from .pages import ArticleView, Card

ENTRIES_PER_PART = 50  # statements on one page of a person's statements
OTHER_TOPIC = "other topics"  # exchanges labelled by their words, not by a lexicon topic
LEXICON = tuple(label for label, _ in TOPICS)
MIN_RUN = 5  # shared consecutive words for two reports to be the same statement
MIN_CONTENT = 3  # of which content words (not function words or speech verbs)
LISTED_PER_PAGE = 200  # speakers without a page of their own, per listing page
MIN_ARTICLES = 2  # a page of their own from this many articles (see has_page)
PEOPLE_PER_PART = 100  # rows of the People index per page
_NEGATORS = {"not", "no", "never", "nobody", "nothing", "neither", "nor", "without",
             "n't", "cannot", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't",
             "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "hasn't",
             "haven't", "hadn't"}
_FUNCTION_TEXT = """
a an the and or but if then so of to in on at by for with from into onto over under about as
than that this these those there here it its it's is are was were be been being am i me my
we us our you your he him his she her they them their who whom whose which what when where
why how all any some each every both either more most much many such very just only also too
again before after once still even ever have has had having do does did doing will would
shall should can could may might must say says said saying tell told telling think thinks
thought suggest know let make made get got one two not no
"""  # function words and speech verbs: not enough to tie two reports
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


@dataclass(frozen=True)
class Appearance:
    """One statement as one article reports it."""

    id: str  # stable: "<article slug>:<hash of speaker and text>"
    article: Article
    card: Card
    topic: str
    role: str  # "claim" | "rebuttal" | "context"
    anchor: str  # fragment on the article page: the marked statement, else its paragraph
    answers: tuple[str, ...] = ()  # ids of the claims this statement answers
    answered_by: tuple[str, ...] = ()

    @property
    def statement(self):
        return self.card.statement

    @property
    def speaker(self) -> str:
        return self.card.statement.speaker


@dataclass(frozen=True)
class Entry:
    """A statement as the corpus reports it: one or more appearances, in different articles."""

    id: str  # the smallest appearance id: stable while no related report is added
    appearances: tuple[Appearance, ...]

    @property
    def primary(self) -> Appearance:
        """The wording to show first: a direct quote if any source has one, else the longest."""
        rank = {"direct": 0, "partial": 1, "indirect": 2}
        return min(self.appearances, key=lambda a: (
            rank.get(a.statement.kind, 3), -len(a.statement.text), date_key(a.article), a.id))

    @property
    def topic(self) -> str:
        paired = [a for a in self.appearances if a.role != "context"]
        return (paired or list(self.appearances))[0].topic

    @property
    def sources(self) -> int:
        return len({a.article.slug for a in self.appearances})


TopicEntries = tuple[tuple[str, tuple["Entry", ...]], ...]  # (topic, its statements), ...


@dataclass(frozen=True)
class PersonPage:
    slug: str
    name: str
    person: Person | None  # the people.yml entry, if the speaker is listed there
    roles: tuple[str, ...]
    side_labels: tuple[str, ...]
    topics: TopicEntries

    @property
    def kind(self) -> str:
        return self.person.kind if self.person else "person"

    @property
    def entries(self) -> list[Entry]:
        return [e for _, entries in self.topics for e in entries]

    @functools.cached_property
    def article_count(self) -> int:
        """Articles that report at least one of the speaker's statements (asked of every
        speaker by ``has_page`` and of each part of a page: counted once)."""
        return len({a.article.slug for e in self.entries for a in e.appearances})

    def parts(self, size: int | None = None) -> list[TopicEntries]:
        """The statements by topic in pages of ``size`` (ENTRIES_PER_PART) statements; at
        least one. A prolific speaker's single page grew with the corpus (4.5 MB at 5,000
        bench articles)."""
        size = size or ENTRIES_PER_PART
        flat = [(topic, entry) for topic, entries in self.topics for entry in entries]
        chunks = [flat[n:n + size] for n in range(0, len(flat), size)] or [[]]
        return [tuple((topic, tuple(e for t, e in chunk if t == topic))
                      for topic in dict.fromkeys(t for t, _ in chunk)) for chunk in chunks]


@dataclass(frozen=True)
class Corpus:
    """Everything the cross-article pages and exports need, computed once per build."""

    appearances: tuple[Appearance, ...]
    entries: tuple[Entry, ...]
    entry_of: dict[str, Entry]  # appearance id -> its entry
    people: tuple[PersonPage, ...]
    person_slugs: dict[str, str]  # speaker name -> page slug
    by_article: dict[str, tuple[Appearance, ...]]  # article slug -> its statements
    person: dict[str, PersonPage]  # speaker name -> their statements (page or listing)
    listed: tuple[ListingPage, ...] = ()  # everyone without a page of their own, by letter
    person_uri: dict[str, str] | None = None  # speaker name -> "people/x.md" or "...md#slug"


@dataclass(frozen=True)
class ListingPage:
    """One page of the speakers who have no page of their own (quoted in one article and not
    declared in people.yml): each with their statements' links, alphabetical by page slug.
    ``key`` is the first letter of their slugs (``0-9`` for digits); a letter with more than
    LISTED_PER_PAGE speakers runs over several parts."""

    key: str
    part: int
    parts: int
    people: tuple[PersonPage, ...]

    @property
    def uri(self) -> str:
        """people/more/a.md, then people/more/a/2.md, ..."""
        return listing_uri(self.key, self.part)


def listing_uri(key: str, part: int) -> str:
    return f"people/more/{key}.md" if part == 1 else f"people/more/{key}/{part}.md"


def page_url(uri: str) -> str:
    """The site-root URL of a generated page's ``src_uri`` (``people/x.md#y`` ->
    ``people/x/#y``), as MkDocs makes it with directory URLs."""
    path, _, fragment = uri.partition("#")
    url = path.removesuffix(".md") + "/"
    return f"{url}#{fragment}" if fragment else url


def has_page(page: PersonPage, min_articles: int = MIN_ARTICLES) -> bool:
    """Who gets a page of their own: everyone declared in people.yml, and every speaker
    reported in at least ``min_articles`` articles. A page for a one-article speaker would
    only repeat that article, whose page shows all their statements (and thousands of such
    pages made a first build several times slower and the site several times larger); they
    are listed, with their statements' links, on the ``people/more/`` pages instead. A
    description is listed too however often it is quoted (:func:`names_someone`)."""
    if page.person is not None:
        return True
    return page.article_count >= min_articles and names_someone(page.name)


def names_someone(speaker: str) -> bool:
    """Whether a speaker is named ("Hillary Clinton", "CNN", "the Trump campaign") rather than
    described ("the candidate", "a man", "aides", "the Florida senator"). A description is
    someone else in every article: "the candidate" of one story is not the candidate of the
    next, so a page of their own would gather strangers' statements as one speaker's. Named:
    the head word is capitalised and no common word ("What", "Some") or role ("Senator"), or
    it heads an organisation that a name qualifies ("the Sanders campaign")."""
    words = [w.strip(".,;:!?\"'“”‘’") for w in re.sub(r"[’']s\b", " ", speaker).split()]
    words = [w for w in words if w]
    if not words:
        return False
    head = words[-1]
    if head[:1].isupper() and head.lower() not in STOP \
            and head.lower().removesuffix("s") not in ROLE_NOUNS:
        return True
    return head.lower() in ORG_HEADS and any(w[:1].isupper() for w in words[:-1])


def index_parts(people: Sequence[PersonPage]) -> list[tuple[PersonPage, ...]]:
    """The People index in pages of PEOPLE_PER_PART speakers, in the order given (by name);
    at least one. One page of every speaker grew with the corpus (915 rows at 1,000 bench
    articles, 3,800 at 5,000)."""
    size = PEOPLE_PER_PART
    return [tuple(people[n:n + size]) for n in range(0, len(people), size)] or [()]


def listing_pages(listed: Sequence[PersonPage]) -> list[ListingPage]:
    by_key: dict[str, list[PersonPage]] = defaultdict(list)
    for page in sorted(listed, key=lambda p: p.slug):
        by_key[page.slug[0] if page.slug[0].isalpha() else "0-9"].append(page)
    result = []
    for key in sorted(by_key):
        people = by_key[key]
        chunks = [people[n:n + LISTED_PER_PAGE] for n in range(0, len(people), LISTED_PER_PAGE)]
        result.extend(ListingPage(key, n, len(chunks), tuple(chunk))
                      for n, chunk in enumerate(chunks, 1))
    return result


def statement_id(slug: str, speaker: str, text: str) -> str:
    """Depends only on the article and the statement's own content, never on corpus order."""
    content = " ".join(text.split())
    digest = hashlib.sha256(f"{speaker}\n{content}".encode()).hexdigest()[:10]
    return f"{slug}:{digest}"


def appearances(views: Iterable[ArticleView], memo: dict | None = None) -> list[Appearance]:
    """Every statement of every loaded article, in article order then body order.

    ``memo`` maps ``id(view)`` to the view and its appearances, as ``Site.appearances``
    keeps them with each view (holding the view keeps its id unique): only the views it does
    not know are worked out.
    """
    memo = {} if memo is None else memo
    current: dict[int, tuple[ArticleView, list[Appearance]]] = {}
    found: list[Appearance] = []
    for view in sorted(views, key=lambda v: v.source.slug):
        if view.article is not None:
            known = memo.get(id(view))
            current[id(view)] = known if known and known[0] is view else (
                view, article_appearances(view))
            found.extend(current[id(view)][1])
    memo.clear()
    memo.update(current)
    return found


def article_appearances(view: ArticleView) -> list[Appearance]:
    article = view.article
    anchored = {node.statement_id for _, nodes in view.paragraphs for node in nodes
                if isinstance(node, Mark) and node.first}
    cards = _cards_in_order(view)
    ids = _statement_ids(article.slug, cards)
    answers: dict[str, list[str]] = defaultdict(list)
    answered_by: dict[str, list[str]] = defaultdict(list)
    role: dict[str, tuple[str, str]] = {}
    for row in view.answered:  # an unanswered claim is a statement, as on the article page
        claim = row.claim.statement.id
        role.setdefault(claim, ("claim", row.topic))
        for rebuttal in row.rebuttals:
            rid = rebuttal.statement.id
            role.setdefault(rid, ("rebuttal", row.topic))
            answers[rid].append(ids[claim])
            answered_by[claim].append(ids[rid])
    result = []
    for card in cards:
        s = card.statement
        kind, topic = role.get(s.id) or ("context", statement_topic(s.text))  # topic if need be
        anchor = f"stmt-{s.id}" if s.id in anchored else f"p-{s.paragraph}"
        result.append(Appearance(ids[s.id], article, card, topic, kind, anchor,
                                 _once(answers.get(s.id, ())), _once(answered_by.get(s.id, ()))))
    return result


def _once(ids: Sequence[str]) -> tuple[str, ...]:
    """``ids`` without repeats, in order (most statements answer nothing and are answered
    by nothing: no dictionary made for them)."""
    return tuple(dict.fromkeys(ids)) if ids else ()


def _cards_in_order(view: ArticleView) -> list[Card]:
    """Each statement's first card, in text order: a statement can be more than one card (in
    two exchanges, say), but it appears, and is numbered, once."""
    cards = [row.claim for row in view.rows] + [c for row in view.rows for c in row.rebuttals]
    first: dict[str, Card] = {}
    for card in sorted([*cards, *view.context], key=lambda c: (c.statement.start, c.statement.id)):
        first.setdefault(card.statement.id, card)
    return list(first.values())


def _statement_ids(slug: str, cards: list[Card]) -> dict[str, str]:
    """Statement id in the article → stable id across the site, in the order of ``cards``."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for card in cards:
        s = card.statement
        base = statement_id(slug, s.speaker, s.text)
        sid, n = base, 2
        while sid in taken:  # the same words by the same speaker twice in one article
            sid, n = f"{base}-{n}", n + 1
        ids[s.id] = sid
        taken.add(sid)
    return ids


def statement_topic(text: str) -> str:
    """A statement outside any exchange: its first lexicon topic, in the lexicon's order."""
    return lexicon_topic(text) or OTHER_TOPIC


def topic_group(label: str) -> str:
    """The page a topic label belongs on: a lexicon topic has its own, word labels share one
    (a corpus of thousands of articles would otherwise get thousands of one-row topics)."""
    return label if label in LEXICON else OTHER_TOPIC


def words(text: str) -> list[str]:
    """Lower-cased words, curly apostrophes folded, punctuation and quotation marks dropped."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return _WORD.findall(text)


def same_statement(a: str, b: str) -> bool:
    """Do two reports say the same thing? They share a run of at least MIN_RUN consecutive
    words with MIN_CONTENT content words, and neither negates that run where the other does
    not (a negator in the run's three preceding words). Identical wordings always match."""
    return _same_words(words(a), words(b))


def _same_words(x: list[str], y: list[str]) -> bool:
    """``same_statement`` on the texts' ``words``."""
    if x and x == y:
        return True
    for i, j, length in _common_runs(x, y):
        run = x[i:i + length]
        if length < MIN_RUN or sum(w not in _FUNCTION_WORDS for w in run) < MIN_CONTENT:
            continue
        if _negated(x[max(0, i - 3):i]) == _negated(y[max(0, j - 3):j]):
            return True
    return False


def _negated(window: Sequence[str]) -> bool:
    return any(w in _NEGATORS or w.endswith("n't") for w in window)


def _common_runs(x: list[str], y: list[str]):
    """Maximal runs of equal consecutive words: (start in x, start in y, length)."""
    positions: dict[str, list[int]] = defaultdict(list)
    for j, word in enumerate(y):
        positions[word].append(j)
    for i, word in enumerate(x):
        for j in positions.get(word, ()):
            if i and j and x[i - 1] == y[j - 1]:
                continue  # not the start of a maximal run
            length = 0
            while i + length < len(x) and j + length < len(y) and x[i + length] == y[j + length]:
                length += 1
            yield i, j, length


def merge(found: Sequence[Appearance]) -> list[Entry]:
    """Group reports of the same statement: same speaker, different articles, same words
    (``same_statement``). Candidates come from shared word runs, so the work grows with the
    number of statements per speaker, not with its square on typical corpora.

    Reports with the same words (a reprinted story's) are compared once, as one wording:
    two of them from different articles are one statement, and if a wording is the same
    statement as another for some pair of their reports (not both from one article), every
    report of either is joined to the others; so the entries are those of comparing every
    pair of reports."""
    parent = {a.id: a.id for a in found}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    by_speaker: dict[str, list[Appearance]] = defaultdict(list)
    for a in found:
        by_speaker[a.card.statement.speaker].append(a)
    said: dict[str, tuple[str, ...]] = {}  # a statement's text -> its words
    for group in by_speaker.values():
        if len({a.article.slug for a in group}) == 1:
            continue  # one article's reports are never one statement (most speakers)
        wordings: dict[tuple[str, ...], list[Appearance]] = {}
        for a in group:
            text = a.card.statement.text
            if text not in said:  # (a reprinted story's statements: split once)
                said[text] = tuple(words(text))
            wordings.setdefault(said[text], []).append(a)
        tokens = list(wordings)
        reports = list(wordings.values())
        slugs = [{a.article.slug for a in members} for members in reports]
        # whether a wording's reports are all in one entry (then its first stands for all)
        joined = [len(members) == 1 for members in reports]
        for n, (toks, members) in enumerate(zip(tokens, reports, strict=True)):
            if toks and len(slugs[n]) > 1:  # the same words in two articles
                for a in members[1:]:
                    parent[root(a.id)] = root(members[0].id)
                joined[n] = True
        shingles: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for n, toks in enumerate(tokens):
            for key in {toks[k:k + MIN_RUN] for k in range(len(toks) - MIN_RUN + 1)}:
                shingles[key].append(n)
        lists = [list(toks) for toks in tokens]
        checked: set[tuple[int, int]] = set()
        for members in shingles.values():
            if len(members) == 1:  # (most runs: one wording's own)
                continue
            for p, first in enumerate(members):
                for second in members[p + 1:]:
                    if (first, second) in checked:
                        continue
                    checked.add((first, second))
                    one, other = slugs[first], slugs[second]
                    if len(one) == 1 and one == other:  # all from one article
                        continue
                    a, b = reports[first][0], reports[second][0]
                    # two wordings already in one entry need no comparing (a reprinted
                    # statement is in as many pairs as it has copies, squared)
                    if joined[first] and joined[second] and root(a.id) == root(b.id):
                        continue
                    if _same_words(lists[first], lists[second]):
                        target = root(b.id)
                        for c in (*reports[first], *reports[second]):
                            parent[root(c.id)] = target
                        joined[first] = joined[second] = True
    groups: dict[str, list[Appearance]] = defaultdict(list)
    for a in found:
        groups[root(a.id)].append(a)
    dates = {a.article.slug: date_key(a.article) for a in found}
    entries = []
    for members in groups.values():
        if len(members) > 1:
            members.sort(key=lambda a: (dates[a.article.slug], a.article.slug,
                                        a.card.statement.start))
        entries.append(Entry(min(a.id for a in members), tuple(members)))
    entries.sort(key=lambda e: (dates[e.appearances[0].article.slug], e.id))
    return entries


def date_key(article: Article) -> tuple[int, str]:
    """Oldest first; undated articles last."""
    published = article.published
    if published is None:
        return (1, "")
    if isinstance(published, dt.datetime):
        if published.tzinfo is not None:
            published = published.astimezone(dt.UTC)
        return (0, published.strftime("%Y-%m-%dT%H:%M:%S"))
    return (0, published.isoformat())


def build_corpus(views: Iterable[ArticleView], people: People | None,
                 min_articles: int = MIN_ARTICLES, memo: dict | None = None) -> Corpus:
    """The cross-article models. ``min_articles`` is the page policy (:func:`has_page`); 1
    gives every speaker a page of their own; ``memo``: see :func:`appearances`."""
    found = appearances(views, memo)
    entries = merge(found)
    entry_of = {a.id: e for e in entries for a in e.appearances}
    # (the statement's speaker read directly: this asks it of every report several times)
    slugs = unique_slugs(a.card.statement.speaker for a in found)
    by_speaker: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        if len(entry.appearances) == 1:
            by_speaker[entry.appearances[0].card.statement.speaker].append(entry)
            continue
        for speaker in dict.fromkeys(a.card.statement.speaker for a in entry.appearances):
            by_speaker[speaker].append(entry)
    everyone = [_person_page(name, slugs[name], by_speaker[name], people)
                for name in sorted(by_speaker, key=lambda n: (n.lower(), n))]
    pages = [p for p in everyone if has_page(p, min_articles)]
    listed = listing_pages([p for p in everyone if not has_page(p, min_articles)])
    uris = {p.name: f"people/{p.slug}.md" for p in pages}
    uris.update((p.name, f"{page.uri}#{p.slug}") for page in listed for p in page.people)
    by_article: dict[str, list[Appearance]] = defaultdict(list)
    for a in found:
        by_article[a.article.slug].append(a)
    return Corpus(tuple(found), tuple(entries), entry_of, tuple(pages), slugs,
                  {slug: tuple(items) for slug, items in by_article.items()},
                  {p.name: p for p in everyone}, tuple(listed), uris)


def _person_page(name: str, slug: str, entries: list[Entry], people: People | None) -> PersonPage:
    person = people.lookup(name) if people else None
    if person is not None and person.name != name:
        person = None
    own = [a for e in entries for a in e.appearances if a.card.statement.speaker == name]
    roles = [person.role] if person and person.role else []
    roles += [a.statement.role for a in own if a.statement.role]
    side = people.side_label(person.side) if person and person.side and people else None
    # An inferred side is drawn within one article ("Side of Barack Obama" there): it tells
    # a reader something about a speaker of one article, nothing across several.
    one_article = len({a.article.slug for a in own}) == 1
    sides = [side] if side else [a.card.side_label for a in own] if one_article else []
    by_topic: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_topic[topic_group(entry.topic)].append(entry)
    topics = sorted(by_topic, key=lambda t: (t == OTHER_TOPIC, -len(by_topic[t]),
                                              LEXICON.index(t) if t in LEXICON else 0, t))
    return PersonPage(slug, name, person, _distinct(roles),
                      _distinct(sides),
                      tuple((t, tuple(by_topic[t])) for t in topics))


def _distinct(texts: Iterable[str]) -> tuple[str, ...]:
    """First spelling of each text, ignoring case and spacing."""
    kept: dict[str, str] = {}
    for text in texts:
        kept.setdefault(" ".join(text.casefold().split()), text)
    return tuple(kept.values())
