"""Page models: what each generated page shows, decided before any HTML exists.

The plugin adapter turns these into HTML with the package's Jinja templates; tests can check
a page's content here without running MkDocs.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from ..corpus.articles import Article, ArticleSource
from ..corpus.glossary import Glossary, Term, first_uses
from ..corpus.people import People
from ..corpus.problems import Problem
from ..engine.acts import shown_text
from ..engine.model import Extraction, Link, Paragraph, Statement
from ..engine.paragraphs import split_paragraphs
from ..engine.sentences import split_sentences
from ..engine.sides import side_labels
from .inline import Node, paragraph_nodes
from .quote_display import fold, tidy_quote

KIND_LABELS = {"direct": "Direct quote", "partial": "Partial quote", "indirect": "Paraphrase"}
_QUOTE_MARKS = "\"“”‘’'"
UNKNOWN_SIDE = "Side not known"


@dataclass(frozen=True)
class Card:
    """A statement as a claim or rebuttal card shows it."""

    statement: Statement
    side_label: str
    kind_label: str
    display_text: str  # a long statement's first sentences (:func:`fold`)
    more_text: str = ""  # and the rest, folded on the card ("… " and its words)

    @property
    def more_words(self) -> int:
        """How many words are folded away: the rest's, less its opening "…"."""
        return len(self.more_text.split()) - 1 if self.more_text else 0


@dataclass(frozen=True)
class Row:
    """One exchange: a claim and the cards that answer it."""

    number: int
    topic: str
    why: str
    claim: Card
    rebuttals: tuple[Card, ...]
    guessed: bool = False  # the program linked speakers whose sides it inferred


@dataclass(frozen=True)
class ExchangeGroup:
    """One speaker's claims that got the very same answers on one point, under one heading:
    an answer to three claims is shown once beside them, not three times. On the Reuters
    seed, Sessions' "a haven for predators" and "Respect for the rule of law has broken
    down" are both answered by the advocates' "no correlation between immigration and
    violent crime": one exchange with two claims."""

    rows: tuple[Row, ...]

    @property
    def number(self) -> int:
        return self.rows[0].number

    @property
    def topic(self) -> str:
        return self.rows[0].topic

    @property
    def claims(self) -> tuple[Card, ...]:
        return tuple(row.claim for row in self.rows)

    @property
    def rebuttals(self) -> tuple[Card, ...]:
        return self.rows[0].rebuttals


def exchange_groups(rows: list[Row]) -> list[ExchangeGroup]:
    """``rows`` grouped by topic, claimant and the answers they got, in the order of each
    group's first claim."""
    groups: dict[tuple[str, str, tuple[str, ...]], list[Row]] = {}
    for row in rows:
        answers = tuple(c.statement.id for c in row.rebuttals)
        groups.setdefault((row.topic, row.claim.statement.speaker, answers), []).append(row)
    return [ExchangeGroup(tuple(members)) for members in groups.values()]


@dataclass(frozen=True)
class SideGroup:
    """One side's statements outside the answered exchanges, in article order."""

    side: str  # the statements' side, "" when it is not known
    label: str  # the side as a reader sees it ("Side of Jeff Sessions"), never "(inferred)"
    cards: tuple[Card, ...]


# The article page's sections (title, anchor): the template writes these headings, the
# plugin lists them in the page's table of contents.
EXCHANGES_SECTION = ("Claims and rebuttals", "claims-and-rebuttals")
WHO_SAID_WHAT_SECTION = ("Who said what", "who-said-what")
OTHER_STATEMENTS_SECTION = ("Other statements", "other-statements")
KEY_TERMS_SECTION = ("Key terms", "key-terms")
ARTICLE_TEXT_SECTION = ("Article text", "article-text")


@dataclass(frozen=True)
class KeyTerm:
    term: Term
    attached: bool  # named in front matter rather than found in the text


@dataclass
class ArticleView:
    source: ArticleSource
    rows: list[Row] = field(default_factory=list)  # every exchange, answered or not
    context: list[Card] = field(default_factory=list)  # the statements in no exchange
    # What the page shows: the exchanges with at least one rebuttal, side by side, then
    # every other statement once, by side (all of them when no exchange is answered).
    answered: list[Row] = field(default_factory=list)
    others: list[SideGroup] = field(default_factory=list)
    key_terms: list[KeyTerm] = field(default_factory=list)
    paragraphs: list[tuple[Paragraph, list[Node]]] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    suggestions: list[Link] = field(default_factory=list)  # for the editor panel only
    speakers: tuple[str, ...] = ()

    @property
    def article(self) -> Article | None:
        return self.source.article

    @property
    def problems(self) -> list[Problem]:
        return self.source.problems

    @property
    def statement_count(self) -> int:
        return len(self.statements)

    @property
    def rebuttal_count(self) -> int:
        """Responses shown: an answer to two claims counts once."""
        return len({c.statement.id for row in self.answered for c in row.rebuttals})

    @property
    def exchange_groups(self) -> list[ExchangeGroup]:
        """The answered exchanges as the page shows them (:func:`exchange_groups`)."""
        return exchange_groups(self.answered)

    @property
    def guessed(self) -> bool:
        """Some answered exchange is the program's guess between inferred sides: the page
        says how far such links can be trusted."""
        return any(row.guessed for row in self.answered)

    @property
    def sections(self) -> list[tuple[str, str]]:
        """The page's h2 headings (title, anchor), in order, as the template writes them."""
        if self.article is None:
            return []
        if self.answered:
            first = [EXCHANGES_SECTION] + ([OTHER_STATEMENTS_SECTION] if self.others else [])
        else:
            first = [WHO_SAID_WHAT_SECTION]
        return [*first, KEY_TERMS_SECTION, ARTICLE_TEXT_SECTION]


def article_view(
    source: ArticleSource,
    extraction: Extraction | None,
    glossary: Glossary,
    people: People | None,
    link_all_uses: bool = False,
) -> ArticleView:
    """Assemble the article page: exchanges, context statements, key terms, marked text."""
    view = ArticleView(source)
    article = source.article
    if article is None or extraction is None:
        return view
    by_id = {s.id: s for s in extraction.statements}
    labels = side_labels(extraction.statements, people)
    card = _card_factory(labels)
    in_exchange: set[str] = set()
    for number, exchange in enumerate(extraction.exchanges, 1):
        rebuttals = tuple(card(by_id[r]) for r in exchange.rebuttals if r in by_id)
        if exchange.claim not in by_id:
            continue
        claim = by_id[exchange.claim]
        guessed = bool(exchange.links) and any(
            s.side_inferred for s in (claim, *(c.statement for c in rebuttals)))
        view.rows.append(Row(number, exchange.topic, exchange.why, card(claim), rebuttals,
                             guessed))
        in_exchange.update((exchange.claim, *exchange.rebuttals))
    view.context = [card(s) for s in extraction.statements if s.id not in in_exchange]
    view.answered = [row for row in view.rows if row.rebuttals]
    shown = {c.statement.id for row in view.answered for c in (row.claim, *row.rebuttals)}
    view.others = side_groups(
        [s for s in extraction.statements if s.id not in shown], labels, card)
    view.statements = list(extraction.statements)
    view.suggestions = list(extraction.suggestions)
    view.speakers = tuple(dict.fromkeys(s.speaker for s in extraction.statements))
    uses = _term_uses(article, glossary, link_all_uses)
    view.key_terms = _key_terms(article, glossary, uses, source.problems)
    view.paragraphs = _paragraphs(article.body, extraction.statements, uses)
    return view


def side_groups(statements: list[Statement], labels: dict[str, str], card) -> list[SideGroup]:
    """``statements`` by side, each once: a side's statements in article order, the sides in
    the order they first speak. ``labels`` are the sides' reader-facing labels
    (:func:`side_labels`); ``card`` makes a statement's card."""
    ordered = sorted(dict((s.id, s) for s in statements).values(), key=lambda s: (s.start, s.id))
    by_side: dict[str, list[Statement]] = {}
    for statement in ordered:
        by_side.setdefault(statement.side or "", []).append(statement)
    return [SideGroup(side, labels.get(side, side) if side else UNKNOWN_SIDE,
                      tuple(card(s) for s in members))
            for side, members in by_side.items()]


def _card_factory(side_labels: dict[str, str]):
    """A function that makes a statement's card, each statement's once: the exchanges' rows
    and the side groups show most statements of an article both (a card's text is tidied
    and folded with regular expressions)."""
    made: dict[str, Card] = {}

    def card(statement: Statement) -> Card:
        found = made.get(statement.id)
        if found is None:
            label = side_labels.get(statement.side or "", statement.side or UNKNOWN_SIDE)
            if statement.side_inferred:
                label = f"{label} (inferred)"
            found = made[statement.id] = Card(
                statement, label, KIND_LABELS.get(statement.kind, statement.kind),
                *fold(display_text(statement)))
        return found
    return card


def display_text(statement: Statement) -> str:
    """The statement as a card quotes it: direct quotes always inside quotation marks, split
    quotes without the narration inside them (:func:`tidy_quote`), an act with its object
    when that is all the content is (:func:`shown_text`)."""
    text = shown_text(statement)
    if statement.kind != "direct" or not text:
        return text
    if text[0] not in _QUOTE_MARKS:
        text = f"“{text.rstrip(',')}”"
    return tidy_quote(text)


def _term_uses(article: Article, glossary: Glossary, link_all: bool):
    matches = glossary.find(article.body)
    if not link_all:
        matches = first_uses(matches)
    return [(m.start, m.end, m.term_id, n) for n, m in enumerate(matches, 1)]


def _key_terms(article, glossary, uses, problems) -> list[KeyTerm]:
    found = dict.fromkeys(term_id for _, _, term_id, _ in uses)
    terms = [KeyTerm(glossary.get(term_id), False) for term_id in found]
    for term_id in article.terms:
        term = glossary.get(term_id)
        if term is None:
            problems.append(Problem(article.path, article.terms_line, 1,
                                    f"unknown glossary term '{term_id}' in 'terms' "
                                    "(see the ids in corpus/glossary.yml)"))
        elif term_id not in found:
            terms.append(KeyTerm(term, True))
    return terms


def _paragraphs(body: str, statements: list[Statement], uses):
    """Each paragraph with its nodes: the statements that overlap it and the term uses that
    start in it, in their order, each found by a binary search over the paragraphs (not by
    a pass over every statement for each paragraph)."""
    paragraphs = split_paragraphs(body)
    starts = [p.start for p in paragraphs]
    ends = [p.end for p in paragraphs]
    inside: list[list[Statement]] = [[] for _ in paragraphs]
    for s in statements:
        i = bisect.bisect_right(ends, s.start)  # the first paragraph ending after its start
        while i < len(paragraphs) and starts[i] < s.end:
            inside[i].append(s)
            i += 1
    terms: list[list] = [[] for _ in paragraphs]
    for use in uses:
        i = bisect.bisect_right(starts, use[0]) - 1
        if i >= 0 and use[0] < ends[i]:
            terms[i].append(use)
    anchored: set[str] = set()
    return [(paragraph, paragraph_nodes(body, paragraph, inside[n], terms[n], anchored))
            for n, paragraph in enumerate(paragraphs)]


def format_date(value: dt.date | dt.datetime | None) -> str:
    """A reader-friendly date, with the time and UTC offset when the article gives them."""
    if value is None:
        return ""
    text = f"{value:%B} {value.day}, {value.year}"
    if isinstance(value, dt.datetime):
        hour = value.hour % 12 or 12
        text += f", {hour}:{value:%M} {'a.m.' if value.hour < 12 else 'p.m.'}"
        offset = value.strftime("%z")
        if offset:
            text += f" (UTC{offset[:3]}:{offset[3:5]})"
    return text


ARTICLES_PER_PART = 100  # rows of the Articles index per page


def index_parts(views: list[ArticleView], size: int | None = None) -> list[list[ArticleView]]:
    """The Articles index in pages of ``size`` (ARTICLES_PER_PART) articles, in the order
    given (newest first); at least one. One page of every article was 0.56 MB of HTML at
    1,000 articles, and grew with the corpus: too much for a phone."""
    size = size or ARTICLES_PER_PART
    return [views[n:n + size] for n in range(0, len(views), size)] or [[]]


def sort_key(view: ArticleView):
    """Newest first; articles without a date (or that failed to load) last, by slug."""
    published = view.article.published if view.article else None
    if published is None:
        return (1, 0.0, view.source.slug)
    if not isinstance(published, dt.datetime):
        published = dt.datetime.combine(published, dt.time(), dt.UTC)
    elif published.tzinfo is None:
        published = published.replace(tzinfo=dt.UTC)
    return (0, -published.timestamp(), view.source.slug)


@dataclass(frozen=True)
class Backlink:
    """Where a term is used: the article, the paragraph, and the sentence around the use."""

    slug: str
    title: str
    paragraph: int
    before: str
    match: str
    after: str


@dataclass
class GlossaryEntry:
    term: Term
    definition_html: str
    related: list[Term]
    uses: list[Backlink]


def glossary_entries(glossary: Glossary, views: list[ArticleView], render_markdown):
    """One entry per term, with backlinks quoting the first sentence that uses it per article."""
    uses: dict[str, list[Backlink]] = {term.id: [] for term in glossary.terms}
    for view in views:
        if view.article is None:
            continue
        for paragraph, nodes in view.paragraphs:
            for term_id, start, end in _term_offsets(paragraph, nodes):
                uses[term_id].append(_backlink(view.article, paragraph, start, end))
    return [
        GlossaryEntry(
            term,
            render_markdown(term.definition),
            [glossary.get(r) for r in term.related if glossary.get(r) is not None],
            uses[term.id],
        )
        for term in glossary.terms
    ]


def _term_offsets(paragraph: Paragraph, nodes: list[Node]):
    """Body offsets of the linked term uses in a paragraph's nodes."""
    pos = paragraph.start
    for node in nodes:
        for leaf in getattr(node, "children", None) or [node]:
            if hasattr(leaf, "term_id"):
                yield leaf.term_id, pos, pos + len(leaf.text)
            pos += len(leaf.text)


def _backlink(article: Article, paragraph: Paragraph, start: int, end: int) -> Backlink:
    sentences = split_sentences(article.body, paragraph.start, paragraph.end)
    left, right = next(((a, b) for a, b in sentences if a <= start < b),
                       (paragraph.start, paragraph.end))
    body = article.body
    return Backlink(article.slug, article.title, paragraph.number,
                    body[left:start], body[start:end], body[end:max(end, right)])
