"""Pair claims with the statements that answer them.

Statements must already carry sides (:func:`explainer.engine.sides.assign_sides`). A
statement answers an earlier statement by someone else when a cue says so, strongest first:

3. it points back at it ("That's exactly the point", "no proof of that"): the nearest earlier
   statement in the same or the previous paragraph; when it opens on a demonstrative and a
   noun ("Those cities are …"), the nearest one using that noun;
2. it is framed as a reply ("But …", "in response", "rejected", "denied"), or, for a speaker
   outside the lead side, as criticism ("criticized", "accused"); a cue that names its
   target ("criticized Sessions") answers that speaker;
1. it contradicts ("not", "no", "never") something; for the lead side only a statement in
   the same or the previous paragraph that shares a good deal of its words;
0. between camps the editor declared in people.yml, it talks about what an earlier statement
   of the other camp talked about.

A cue alone does not say *what* is answered, and on real news most cues answer nothing said
in the article. Between camps declared in people.yml any statement of the other camp within
reach may be the target; for everyone else (sides inferred from the article say little) only
those that the trained model (:mod:`explainer.engine.pair_model`) finds likely enough on the
evidence together: closeness, the claimant named, a dismissal, shared rare words. Which
target is chosen is decided by topic overlap (shared content words weighted by rarity in the
article, shared lexicon topics), a mention of that speaker in the attribution and closeness;
stronger links are settled first. A claim may get several answers; a statement is a claim or
an answer, not both; an answer rebuts one claim and, between declared camps, the claims of
the same speaker that it follows on the same point. Each link keeps its evidence and the
model's probability (its strength); for statements with a cue that the reader is shown
answering nothing, the likeliest target the model still finds possible is kept as a
suggestion for the editor.

Exchanges are ordered by the position of their claim in the article (the order in which the
article puts each argument on the table, also for "backward" exchanges where the lead side
answers).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Exchange, Link, Statement
from .pair_features import FEATURES, Evidence, PerStatement
from .pair_model import PairModel, trained
from .sides import NEUTRAL, frames, word_set
from .topics import TOPICS, first_topic, plain_stems, topic_words, topics_of
from .words import NUMBER, stem

_ANAPHOR_REACH = 1  # paragraphs back that "that"/"this" may reach
_DEMONSTRATIVE = re.compile(
    r"^\s*([\"“‘']?)\s*(this|that|these|those)\s+([a-z]{3,})\b", re.IGNORECASE
)
_TOPIC_WEIGHT = 1.0
_HINT_WEIGHT = 1.5
_NEAR_WEIGHT = 0.3
# Statements of other speakers an answer may reach back over: in the annotated train articles
# 93 of 97 answers are within 14 of their claim, and a bound keeps pairing linear.
_REACH = 15
# what a candidate pair is scored on: its evidence, then how many candidates the answer has
SCORED = (*FEATURES, "alternatives")
_MIN_OVERLAP = 1.0  # a link between declared camps on overlap alone needs this much
_LEAD_OVERLAP = 2.0  # the lead contradicting a statement just before must share this much
_ASKED = re.compile(r"ask(?:s|ed|ing)?\b", re.IGNORECASE)
_LABEL_WEIGHT = 1.0  # a shared word must be this rare in the article to name an exchange
_SENTENCE_MARKS = frozenset('.!?:;“”"')  # a word after one of these (and space) opens a sentence


@dataclass(frozen=True)
class _Answer:
    """One statement answering, and the earlier statements it may answer, best first."""

    answer: Statement
    targets: tuple[Statement, ...]
    strength: int
    signal: str


class _Article:
    """Per-article word statistics, so overlap counts rare words more than common ones."""

    def __init__(self, statements: Sequence[Statement], body: str) -> None:
        self.statements = sorted(statements, key=lambda s: (s.start, s.end))
        self.by_id = {s.id: s for s in self.statements}
        self.body = body
        # Worked out for the statements pairing looks at, which on most news are few.
        self.stems = PerStatement(self.by_id, lambda s: plain_stems(s.text))
        self.topics = PerStatement(self.by_id, lambda s: topics_of(s.text))
        self.topic_words = PerStatement(self.by_id, lambda s: topic_words(s.text))
        self.frames = frames(self.statements, body)
        self.lead = next((s.side for s in self.statements if s.side not in (None, NEUTRAL)), None)
        self.evidence = Evidence(self.statements, body, self.frames)
        # A plain stem is as rare among plain stems as among all content stems: the same
        # statements hold it.
        self.weight = self.evidence.weight
        self._scored: dict[str, list[tuple[float, Statement]]] = {}
        self._weights: tuple[PairModel | None, tuple[float, ...]] = (None, ())

    def overlap(self, answer: Statement, claim: Statement) -> float:
        """How much two statements talk about the same thing (no proximity, no hint)."""
        shared = set(self.stems[answer.id]) & set(self.stems[claim.id])
        topics = self.topics[answer.id] & self.topics[claim.id]
        return sum(self.weight[stem] for stem in shared) + _TOPIC_WEIGHT * len(topics)

    def score(self, answer: Statement, claim: Statement) -> float:
        named = self.evidence.names[claim.id] & self.evidence.frame_words[answer.id]
        hint = _HINT_WEIGHT if named else 0.0
        distance = max(answer.paragraph - claim.paragraph, 0)
        return self.overlap(answer, claim) + hint + _NEAR_WEIGHT / (1 + distance)

    def negates(self, answer: Statement, claim: Statement) -> bool:
        """``answer`` says the claim's own words with a negation the claim does not have:
        "crime is not falling in her ward" after "crime is falling"."""
        evidence = self.evidence
        words = evidence.stems[claim.id]
        if len(words) < 2 or not words <= evidence.stems[answer.id]:
            return False
        negated = evidence.signals[answer.id].negation
        return bool(negated) and not evidence.signals[claim.id].negation

    def names_target(self, answer: Statement, cue: str, claim: Statement) -> bool:
        """The cue of ``answer`` takes the maker of ``claim`` as its object, within a few
        words: "criticized Sessions", "fired back at Mayor Rahm Emanuel"."""
        framing = " ".join(self.frames[answer.id]).lower()
        for found in re.finditer(r"\b" + re.escape(cue.lower()) + r"\w*((?:\W+\w+){1,4})",
                                 framing):
            if self.evidence.names[claim.id] & set(re.findall(r"[a-z]+", found.group(1))):
                return True
        return False

    def scored(self, model: PairModel, answer: Statement):
        """(probability, claim) for every earlier statement ``answer`` may answer, nearest
        first; worked out once per answer, from the evidence as values (no dictionary of
        named features per pair: only training and tests read the names)."""
        if answer.id not in self._scored:
            if self._weights[0] is not model:  # the model's weights in SCORED order, once
                self._weights = (model, model.vector(SCORED))
            weights = self._weights[1]
            self._scored[answer.id] = [(model.probability_of(weights, values), claim)
                                       for claim, values in _candidates(self.evidence, answer)]
        return self._scored[answer.id]

    def in_context(self, statement: Statement) -> str:
        """The statement with the words just before it ("said Wall Street …": a name)."""
        return self.body[max(statement.start - 30, 0):statement.end]

    @functools.cached_property
    def speaker_words(self) -> set[str]:
        """The words that name the article's speakers: no label for what is argued about."""
        return {w for s in self.statements for w in self.evidence.names[s.id]}

    def probability(self, model: PairModel, answer: Statement, claim: Statement) -> float:
        """The model's probability that ``answer`` answers ``claim`` (a declared rival beyond
        the reach of the candidates is scored as if it were at the edge of it)."""
        for p, candidate in self.scored(model, answer):
            if candidate.id == claim.id:
                return p
        return model.probability(self.evidence.features(answer, claim, _REACH, True))

    def point(self, answer: Statement, claim: Statement) -> str | None:
        """The lexicon topic an answer and its surest target share, first in the lexicon's
        order (crime before immigration: the more specific dispute)."""
        shared = self.topics[answer.id] & self.topics[claim.id]
        return next((label for label, _ in TOPICS if label in shared), None)

    def also_answers(self, answer: Statement, target: Statement, claim: Statement,
                     point: str | None) -> bool:
        """Does an answer whose surest target is ``target`` answer ``claim`` too? Between
        declared camps, an answer takes on the run of claims it follows: another of the same
        speaker's claims, said after ``target`` and before the answer, on the ``point`` the
        answer makes ("there is no correlation between immigration and violent crime",
        answering Sessions's "law and order" framing, answers his "a haven for predators
        and drug dealers" that came in between: both are about crime). Not for inferred
        sides: on the annotated train news one answer in thirty rebuts two claims, and the
        model's second targets were wrong (5-fold, 2026-12-04: 7 more links, none right)."""
        return (_declared_rivals(answer, claim) and point is not None
                and point in self.topics[claim.id]
                and self.evidence.same_speaker(claim, target)
                and target.start < claim.start < answer.start)

    def shared_topics(self, claim: Statement, answer: Statement) -> set[str]:
        """The lexicon topics of the words both statements use."""
        mine, theirs = self.topic_words[claim.id], self.topic_words[answer.id]
        return {label for label, stems in mine.items() if stems & theirs.get(label, set())}


@dataclass(frozen=True)
class Pairing:
    """An article's exchanges, and the links too weak to show readers (leads for editors)."""

    exchanges: list[Exchange]
    suggestions: list[Link]


def pair(statements: Sequence[Statement], body: str, model: PairModel | None = None) -> Pairing:
    """Group sided statements into exchanges: each claim with the statements answering it.

    Every sided statement that is not neutral and answers nothing is a claim, possibly
    unanswered; a statement may answer several claims and be answered itself.
    """
    model = model or trained()
    article = _Article(statements, body)
    answers = [found for s in article.statements if (found := _link(article, model, s))]
    links = _settle(article, model, answers)
    return Pairing(_exchanges(article, links), _suggestions(article, model, links))


def pair_exchanges(
    statements: Sequence[Statement], body: str, model: PairModel | None = None
) -> list[Exchange]:
    """The exchanges of :func:`pair` alone."""
    return pair(statements, body, model).exchanges


def _link(article: _Article, model: PairModel, answer: Statement) -> _Answer | None:
    """What a cue of ``answer`` says it answers, with the strength of the cue; ``None``
    leaves ``answer`` unlinked.

    A cue may point at any statement of a rival camp the editor declared, at any earlier
    statement by someone else (both within reach) that the model gives at least its ``gate``
    (a "not", a "but" or a "that" answers something close, not anything said before: on the
    annotated news, cues without the gate are right for one link in ten), and at a statement
    whose own words it repeats with a negation ("the bridge is not safe for trucks" after
    "the bridge is safe"). Between inferred sides a contradiction with no other cue links
    only such a statement: a "not" on another point answers nothing (5-fold on the annotated
    news, 2026-12-05: such links were right for 7 of 65).
    Sharing a topic links only declared camps.
    """
    if not _cued(article, answer):
        return None  # most statements: no cue, and no declared camp to answer on a topic
    found = article.evidence.signals[answer.id]  # the same frames, worked out once
    outsider = answer.side != article.lead
    cue = found.reply or (found.attack if outsider else None)
    echo = _demonstrative(answer)
    likely = [  # the earlier statements a cue may point at, nearest first
        claim
        for p, claim in article.scored(model, answer)
        if claim.side != NEUTRAL and (p >= model.gate or article.negates(answer, claim))
    ]
    if not answer.side_inferred:  # any rival statement within reach, nearest first
        chosen = {claim.id for claim in likely}
        likely = [claim for _, claim in article.scored(model, answer) if claim.side != NEUTRAL
                  and (claim.id in chosen or _declared_rivals(answer, claim))]
    earlier = likely[::-1]  # in article order
    if found.anaphor:
        near = [s for s in reversed(earlier) if answer.paragraph - s.paragraph <= _ANAPHOR_REACH]
        if near:
            return _Answer(answer, tuple(near), 3, f"points back ({_quoted(found.anaphor)})")
    if echo:
        phrase, noun = echo
        named = [
            s
            for s in reversed(earlier)
            if answer.paragraph - s.paragraph <= _ANAPHOR_REACH
            and noun in {stem(w) for w in re.findall(r"[a-z]+", s.text.lower())}
        ]
        if named:
            return _Answer(answer, tuple(named), 3, f"points back ({_quoted(phrase)})")
    ranked = tuple(sorted(earlier, key=lambda s: -article.score(answer, s)))
    if cue:
        named = tuple(s for s in ranked if article.names_target(answer, cue, s))
        if named:  # "criticized Holt, saying …": the target is named, nothing more needed
            return _Answer(answer, named, 2, f"answers {named[0].speaker} by name ({_quoted(cue)})")
    if cue and ranked:
        return _Answer(answer, ranked, 2, f"reply cue ({_quoted(cue)})")
    if found.negation:
        if not outsider:
            ranked = tuple(
                s
                for s in ranked
                if answer.paragraph - s.paragraph <= 1
                and article.overlap(answer, s) >= _LEAD_OVERLAP
            )
        if answer.side_inferred:
            ranked = tuple(s for s in ranked if article.negates(answer, s))
        if ranked:
            return _Answer(answer, ranked, 1, f"contradiction ({_quoted(found.negation)})")
    return _uncued(article, answer, [s for s in earlier if _declared_rivals(answer, s)])


def _cued(article: _Article, answer: Statement) -> bool:
    """Does anything say that ``answer`` answers someone: a reply, criticism (from outside the
    lead side), a pointer back, a contradiction, or a camp an editor declared?"""
    if answer.side in (None, NEUTRAL):
        return False
    found = article.evidence.signals[answer.id]
    attack = found.attack if answer.side != article.lead else None
    return bool(found.reply or attack or found.anaphor or found.negation
                or _demonstrative(answer) or not answer.side_inferred)


def _uncued(article: _Article, answer: Statement, earlier: Sequence[Statement]) -> _Answer | None:
    """No cue: declared camps answer each other on the points they share (the seed's
    "sanctuary policies build trust" after Sessions's "breakdown of law and order")."""
    rivals = tuple(
        s
        for s in sorted(earlier, key=lambda s: -article.score(answer, s))
        if article.overlap(answer, s) >= _MIN_OVERLAP
    )
    return _Answer(answer, rivals, 0, "same topic, declared camps") if rivals else None


def _declared_rivals(answer: Statement, claim: Statement) -> bool:
    """Both camps come from the editor's people.yml: a cue between them needs no more proof
    (Sessions's claims and the Chicago officials' answers in the seed articles)."""
    return not (answer.side_inferred or claim.side_inferred) and answer.side != claim.side


def candidates(
    evidence: Evidence, answer: Statement
) -> list[tuple[Statement, dict[str, float]]]:
    """The earlier statements by someone else that ``answer`` may answer, nearest first,
    with the evidence for each (what the model scores and ``bench/train_pairing.py`` learns
    from). Sides inferred from the article do not rule a pair out (two speakers the
    inference put together may still argue); the editor's declared camps do."""
    return [(claim, dict(zip(SCORED, values, strict=True)))
            for claim, values in _candidates(evidence, answer)]


def _candidates(evidence: Evidence, answer: Statement) -> list[tuple[Statement, tuple[float, ...]]]:
    """:func:`candidates` with the evidence as values in :data:`SCORED` order."""
    if answer.side is None:
        return []
    out: list[tuple[Statement, tuple[float, ...]]] = []
    spoke_since = False
    for claim in reversed(evidence.statements[: evidence.position[answer.id]]):
        if len(out) == _REACH:
            break
        if evidence.same_speaker(answer, claim):
            spoke_since = True
        elif claim.end > answer.start:  # nested reports of one statement: "The report said
            continue  # the witness said the order was to …" is the report's and the witness's
        elif claim.side is not None and not _same_declared_side(answer, claim) and not _asks(
                claim):
            out.append((claim, evidence.values(answer, claim, len(out), spoke_since)))
    alternatives = math.log1p(len(out))  # the fewer there are, the likelier each one is
    return [(claim, (*values, alternatives)) for claim, values in out]


def _asks(statement: Statement) -> bool:
    """A reported question or request asserts nothing, so nothing can rebut it: "Asked
    whether the plan would pass, Ruiz said …" and "Ruiz asked the council to vote" are no
    claims. A quoted question may be one ("“Do we really trust her?” he asked" is a charge
    put as a question) and stays one."""
    return statement.kind == "indirect" and _ASKED.match(statement.cue) is not None


def _same_declared_side(answer: Statement, claim: Statement) -> bool:
    """Both speak for the same camp of people.yml: a declared ally does not rebut."""
    return not (answer.side_inferred or claim.side_inferred) and answer.side == claim.side


def _demonstrative(statement: Statement) -> tuple[str, str] | None:
    """("Those cities", stem of "cities") when a statement opens by pointing at something said
    just before. A bare "that" counts only in a quotation, where it cannot be the "said that"
    conjunction."""
    found = _DEMONSTRATIVE.match(statement.text)
    if not found:
        return None
    quoted = statement.kind == "direct" or bool(found.group(1))
    if found.group(2).lower() == "that" and not quoted:
        return None
    return f"{found.group(2)} {found.group(3)}", stem(found.group(3).lower())


def _quoted(words: str | None) -> str:
    return "“" + " ".join((words or "").split()) + "”"


def _settle(article: _Article, model: PairModel, answers: Sequence[_Answer]) -> list[Link]:
    """Accept each answer's surest target, strongest cue first; then give each claim still
    unanswered the first answer whose evidence points at it as well
    (:meth:`_Article.also_answers`). A statement is a claim or a rebuttal, never both, so a
    statement that is answered outright stays a claim even if it also looks like a reply to
    something earlier."""
    roles: dict[str, str] = {}
    chosen: list[tuple[_Answer, Statement]] = []
    for found in sorted(answers, key=lambda k: (-k.strength, k.answer.start)):
        target = next((c for c in found.targets if roles.get(c.id) != "rebuttal"), None)
        if found.answer.id in roles or target is None:
            continue
        roles[found.answer.id], roles[target.id] = "rebuttal", "claim"
        chosen.append((found, target))
    for found, target in chosen[:]:
        point = article.point(found.answer, target)
        for claim in found.targets:
            if claim.id not in roles and article.also_answers(found.answer, target, claim,
                                                               point):
                chosen.append((found, claim))
                roles[claim.id] = "claim"
    return [_link_of(article, model, found, claim) for found, claim in chosen]


def _link_of(article: _Article, model: PairModel, found: _Answer, claim: Statement) -> Link:
    p = article.probability(model, found.answer, claim)
    return Link(claim.id, found.answer.id, round(p, 3),
                _why(article, claim, found.answer, found.signal, p))


def _suggestions(article: _Article, model: PairModel, links: Sequence[Link]) -> list[Link]:
    """For each statement with a cue (:func:`_cued`) shown answering nothing, its likeliest
    target when the model gives it at least ``suggest``: what an editor may want to pair by
    hand, in article order."""
    linked = {link.answer for link in links}
    out = []
    for answer in article.statements:
        if answer.id in linked or not _cued(article, answer):
            continue
        scored = [(p, c) for p, c in article.scored(model, answer)
                  if c.side != NEUTRAL and p >= model.suggest]
        if scored:
            p, claim = max(scored, key=lambda pc: pc[0])
            out.append(Link(claim.id, answer.id, round(p, 3),
                            _why(article, claim, answer, "possible answer", p)))
    return out


def _exchanges(article: _Article, links: Sequence[Link]) -> list[Exchange]:
    """One exchange per claim, in article order: every sided statement that is answered, or
    that answers nothing (an unanswered claim); a rebuttal nobody answers is no claim."""
    by_claim: dict[str, list[Link]] = {}
    for link in links:
        by_claim.setdefault(link.claim, []).append(link)
    answering = {link.answer for link in links}
    position = article.evidence.position
    exchanges = []
    for claim in article.statements:
        if claim.side in (None, NEUTRAL) or (claim.id in answering and claim.id not in by_claim):
            continue
        own = tuple(sorted(by_claim[claim.id], key=lambda k: position[k.answer])) \
            if claim.id in by_claim else ()  # most claims: unanswered
        rebuttals = [article.by_id[link.answer] for link in own]
        exchanges.append(
            Exchange(
                claim=claim.id,
                rebuttals=tuple(answer.id for answer in rebuttals),
                topic=_topic(article, claim, rebuttals),
                why=" | ".join(link.why for link in own)
                or "no statement of another side answers this claim",
                links=own,
            )
        )
    return exchanges


def _topic(article: _Article, claim: Statement, rebuttals: Sequence[Statement]) -> str:
    """A short label from what the claim and its answers share, or none (an unanswered claim): the
    lexicon topic of a word both use ("immigration" when both speak of immigrants), else
    their rarest shared words that name no speaker, are no verb form ("surplus, reserve",
    not "accepted, donations") and are used as a thing (:func:`_named_thing`), as the claim
    writes them (:func:`_as_written`), else a lexicon topic both touch in other words ("homicide
    count" answered by "shootings are down": crime), else, for an answer that only points
    back ("there was no proof of that"), the claim's. Shared words come before a topic
    touched in other words: that order keeps an e-mail inquiry that both sides call "the
    investigation" from being labelled "policing"."""
    if not rebuttals:  # most claims: nothing shared, nothing pointing back (and no topics to find)
        return ""
    same_words: Counter[str] = Counter()
    touched: Counter[str] = Counter()
    for answer in rebuttals:
        same_words.update(article.shared_topics(claim, answer))
        touched.update(article.topics[answer.id] & article.topics[claim.id] - {"the figures"})
    if same_words:
        return first_topic(same_words)
    words = [
        w
        for answer in rebuttals
        for w in _shared_words(article, claim, answer, min_weight=_LABEL_WEIGHT)
        if len(w) > 3 and w.isalpha() and w not in article.speaker_words
        and not w.endswith(("ed", "ing"))  # a verb form says what was done, not about what
        and w not in _NO_TOPIC
        and any(_named_thing(w, article.in_context(s)) for s in (claim, answer))
    ]
    if words:
        return _as_written(list(dict.fromkeys(words))[:3], claim.text)
    if touched:
        return first_topic(touched)
    own = article.topics[claim.id] - {"the figures"}
    pointing = any(article.evidence.signals[a.id].anaphor for a in rebuttals)
    return first_topic(Counter(own)) if pointing and own else ""


# common verbs, adjectives, adverbs and nouns that can stand where a thing does ("a lot of
# people think", "the next step", "a tough night") but name nothing argued about
_NO_TOPIC = word_set("""
think thought know knew believe want wanted need needs take takes took taken come came
going went get gets got read reads wrote written look looked feel felt keep kept give gave
seem seems seemed try tried call called mean meant help leave left become became find found
good bad better best great big small long short real deep tough smart special wrong right
true false sure able likely possible important clear whole full hard high low open free
former next previous recent recently anymore already still again always often certainly
actually simply thing things lot kind part place night morning evening person point fact
case number side end stage step steps actions action system anybody everybody somebody
""")
# before a word, what makes it a thing talked about: "the wall", "his donations", "on trade",
# "the private e-mail server" (up to three words of its own between)
_THING_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|our|its|this|these|those|my|your|no|any|of|on|about|for|"
    r"against|over|with)\s+(?:[\w’'-]+\s+){0,3}(?:\w+-)?$", re.IGNORECASE)


def _named_thing(word: str, text: str) -> bool:
    """Whether ``text`` uses ``word`` as a thing it talks about: after an article, a
    possessive or a preposition ("a tariff", "the Dodd-Frank rules", "about Syria"), or
    capitalised inside a sentence ("Wall Street", "Iowa"). A verb, an adverb or a quip's
    word ("I know", "he's smart", "anymore") names no topic: "Know" is no label."""
    for found in re.finditer(r"\b" + re.escape(word) + r"\b", text, re.IGNORECASE):
        before = text[max(0, found.start() - 20):found.start()]
        if _THING_BEFORE.search(before):
            return True
        if found.group(0)[0].isupper() and re.search(r"[a-z,]\s+$", before):
            return True
    return False


def _as_written(words: list[str], text: str) -> str:
    """``words`` in the order and the case of ``text``, each with the rest of its hyphenated
    word, those that stand together there joined as they stand ("Wall Street", "private
    e-mail server", not "street, wall" or "mail, private, server")."""
    spans = sorted({
        (found.start(), found.end())
        for w in words
        if (found := re.search(r"(?:\w+-)*\b" + re.escape(w) + r"\b(?:-\w+)*", text,
                               re.IGNORECASE))
    })
    parts: list[tuple[str, int]] = []  # (words, where they start)
    end = -1
    for start, stop in spans:
        if parts and text[end:start] in (" ", "-"):
            parts[-1] = (parts[-1][0] + text[end:stop], parts[-1][1])
        else:
            parts.append((text[start:stop], start))
        end = stop
    return ", ".join(_plain_case(part, start, text) for part, start in parts)


def _plain_case(words: str, start: int, text: str) -> str:
    """A label's words as written, except a common word capitalised only because it opens a
    sentence ("Taxes will rise": "taxes"; "Iowa" stays, being capitalised elsewhere too)."""
    opens = _opens_sentence(text, start)
    named = re.search(r"[a-z,]\s+" + re.escape(words), text) is not None
    return words[0].lower() + words[1:] if opens and not named and " " not in words \
        else words


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but space lies between ``start`` and the text's start or a sentence's end
    mark: looked for backwards from ``start``, not by searching (and copying) all the text
    before it for each label."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_MARKS


def _shared_words(
    article: _Article, claim: Statement, answer: Statement, min_weight: float = 0.0
) -> list[str]:
    """Shared content words (at least ``min_weight`` rare), rarest first, as they are
    spelled in the claim."""
    shared = set(article.stems[claim.id]) & set(article.stems[answer.id])
    ranked = sorted(shared, key=lambda s: (-article.weight[s], s))  # ties by word, not hash order
    spelled = _spellings(claim.text)
    return [spelled[s] for s in ranked if s in spelled and article.weight[s] >= min_weight]


def _spellings(text: str) -> dict[str, str]:
    """Stem -> the word as first written, so the editor view shows words, not stems."""
    spelled: dict[str, str] = {}
    for word in re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", text):
        spelled.setdefault(stem(word.lower()), word.lower())
    for number in re.findall(NUMBER, text):
        spelled.setdefault(number.replace(",", ""), number)
    return spelled


def _why(article: _Article, claim: Statement, answer: Statement, signal: str, p: float) -> str:
    """Why ``answer`` was paired with ``claim``, in words an editor can check."""
    shared = _shared_words(article, claim, answer)[:4]
    topics = sorted(article.topics[answer.id] & article.topics[claim.id])
    detail = "; ".join(
        part
        for part in (
            f"topic {', '.join(topics)}" if topics else "",
            f"shared words {', '.join(shared)}" if shared else "",
        )
        if part
    )
    return f"{answer.id}: {signal}, p={p:.2f}" + (f"; {detail}" if detail else "")

