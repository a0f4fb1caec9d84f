"""What an editor should look at before publishing an article, for the preview only.

Everything here is a lead, not a verdict: the extractor does not know when it is wrong, so
the panel lists what is most often wrong (unreviewed statements, speakers resolved from a
pronoun or not in people.yml, inferred sides, unanswered claims, links too weak to show
readers, terms without a full definition), each with a link to the spot in the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..corpus.glossary import Glossary
from ..corpus.people import People
from ..engine.model import Statement
from .pages import ArticleView

PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "their"})
# "Sanders, who said …": the speaker is the antecedent the extractor chose, as for "he"
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


@dataclass(frozen=True)
class Item:
    statement_id: str | None
    text: str


@dataclass
class EditorPanel:
    review_file: str
    unreviewed: list[Item] = field(default_factory=list)
    speakers: list[Item] = field(default_factory=list)
    inferred_sides: list[Item] = field(default_factory=list)
    unanswered: list[Item] = field(default_factory=list)
    pairings: list[Item] = field(default_factory=list)
    suggestions: list[Item] = field(default_factory=list)
    undefined_terms: list[Item] = field(default_factory=list)

    @property
    def sections(self) -> list[tuple[str, list[Item]]]:
        return [
            ("Not reviewed yet", self.unreviewed),
            ("Speakers to check", self.speakers),
            ("Inferred sides", self.inferred_sides),
            ("Claims without a response", self.unanswered),
            ("Why these pairs", self.pairings),
            ("Possible pairs, not shown to readers (pair them in the review file if right)",
             self.suggestions),
            ("Terms without a full definition", self.undefined_terms),
        ]


def editor_panel(view: ArticleView, statements: list[Statement], people: People | None,
                 glossary: Glossary) -> EditorPanel:
    panel = EditorPanel(f"corpus/reviews/{view.source.slug}.yml")
    for s in statements:
        label = f"{s.id} {s.speaker}: {_snippet(s.text)}"
        if not s.reviewed:
            panel.unreviewed.append(Item(s.id, label))
        reason = _speaker_doubt(s, people)
        if reason:
            panel.speakers.append(Item(s.id, f"{s.id} {s.speaker} ({reason})"))
        if s.side_inferred:
            why = _inferred_why(s, people)
            panel.inferred_sides.append(Item(s.id, f"{s.id} {s.speaker}: {why}"))
    for row in view.rows:
        claim = row.claim.statement
        if not row.rebuttals:
            panel.unanswered.append(Item(claim.id, f"{claim.id} {claim.speaker}: "
                                                   f"{_snippet(claim.text)}"))
        elif row.why:
            answers = ", ".join(c.statement.id for c in row.rebuttals)
            panel.pairings.append(Item(claim.id, f"{claim.id} → {answers}: {row.why}"))
    for link in view.suggestions:
        panel.suggestions.append(Item(link.answer, f"{link.claim} → {link.answer}: {link.why}"))
    for key in view.key_terms:
        if not key.term.definition.strip():
            panel.undefined_terms.append(Item(None, f"{key.term.name} ({key.term.id}): add a "
                                                    "'definition' in corpus/glossary.yml"))
    return panel


def _inferred_why(statement: Statement, people: People | None) -> str:
    """Why a side was inferred, and what the editor can do about it."""
    person = people.lookup(statement.speaker) if people is not None else None
    if person is not None and person.side:
        return (f"side {statement.side!r} inferred: declared {person.side!r} in "
                "corpus/people.yml, but no other declared speaker is quoted in this article, "
                "so it may be another story")
    return f"side {statement.side!r} inferred; declare it in corpus/people.yml"


def _speaker_doubt(statement: Statement, people: People | None) -> str | None:
    if statement.corrected:
        return None
    mention = statement.mention.strip().lower()
    if mention in PRONOUNS:
        return f"resolved from the pronoun {statement.mention!r}"
    if mention in RELATIVE_PRONOUNS:
        return f"resolved from the relative pronoun {statement.mention!r}"
    if people is not None and people.lookup(statement.speaker) is None:
        return "not in corpus/people.yml"
    return None


def _snippet(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
