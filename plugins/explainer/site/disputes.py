"""The dispute by topic: exchanges from every article, grouped by what they argue about.

Each row is one exchange of one article (a claim and the statements that answer it), with
its source. Rows run oldest first, so a topic page reads as the dispute unfolded. Topics are
the pairing lexicon's (crime, funding, the courts, ...), so the number of topic pages stays
small however large the corpus. Exchanges that the pairing labelled by their shared words
have no topic page: a catch-all of unrelated exchanges is not a dispute anyone reads, and at
1,000 articles it was 130 pages, most of the topic pages' size. They stay on their article
and speakers' pages. Long topics are split into parts. Pure core.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from ..corpus.articles import Article, unique_slugs
from ..engine.sides import NEUTRAL
from .pages import ArticleView
from .people_pages import LEXICON, OTHER_TOPIC, Appearance, Corpus, date_key, topic_group

ROWS_PER_PART = 50
VOICES_SHOWN = 5  # voices named in a topic's summary; the others are counted


@dataclass(frozen=True)
class DisputeRow:
    article: Article
    number: int  # the exchange's number on its article page
    claim: Appearance
    rebuttals: tuple[Appearance, ...]


@dataclass(frozen=True)
class TopicPage:
    slug: str
    label: str
    rows: tuple[DisputeRow, ...]

    # Cached: every part of a long topic shows them, and computing them per part made the
    # topic pages quadratic in the topic's size.
    @cached_property
    def articles(self) -> list[Article]:
        return list({r.article.slug: r.article for r in self.rows}.values())

    @cached_property
    def voices(self) -> list[tuple[str, int]]:
        """Statements per voice, most first: who is speaking in this dispute. A camp that
        people.yml declares is named by its label ("Federal government"); anyone else by
        name. Inferred sides are drawn within one article, so across articles "Side of
        Donald Trump (inferred)" says no more than "Donald Trump" and lists him once per
        way an article happened to group him."""
        counts = Counter(_voice(a) for r in self.rows for a in (r.claim, *r.rebuttals))
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    @property
    def main_voices(self) -> list[tuple[str, int]]:
        """The voices heard most, for a summary line: a topic of a large corpus hears
        hundreds of speakers."""
        return self.voices[:VOICES_SHOWN]

    def parts(self, size: int | None = None) -> list[tuple[DisputeRow, ...]]:
        """The rows in pages of ``size`` (ROWS_PER_PART), oldest first; at least one."""
        size = size or ROWS_PER_PART
        return [self.rows[n:n + size] for n in range(0, len(self.rows), size)] or [()]


def _voice(appearance: Appearance) -> str:
    """A declared camp's label, or the speaker's name (see :attr:`TopicPage.voices`)."""
    statement = appearance.statement
    if statement.side and not statement.side_inferred and statement.side != NEUTRAL:
        return appearance.card.side_label
    return statement.speaker


def topic_pages(views: Iterable[ArticleView], corpus: Corpus) -> list[TopicPage]:
    """One page per lexicon topic, the most argued first."""
    rows: dict[str, list[DisputeRow]] = defaultdict(list)
    for view in views:
        if view.article is None:
            continue
        slug = view.article.slug
        by_local = {a.statement.id: a for a in corpus.by_article.get(slug, ())}
        for row in view.answered:  # as on the article page: claims shown with an answer
            claim = by_local.get(row.claim.statement.id)
            if claim is None:
                continue
            answers = tuple(by_local[r.statement.id] for r in row.rebuttals
                            if r.statement.id in by_local)
            group = topic_group(row.topic)
            if group != OTHER_TOPIC:
                rows[group].append(DisputeRow(view.article, row.number, claim, answers))
    labels = sorted(rows, key=lambda t: (-len(rows[t]), LEXICON.index(t), t))
    slugs = unique_slugs(labels)
    return [TopicPage(slugs[label], label, tuple(sorted(
        rows[label], key=lambda r: (date_key(r.article), r.article.slug, r.number))))
        for label in labels]


