"""Pair claims with the statements that answer them.

Statements must already carry sides (:func:`explainer.engine.sides.assign_sides`). A
statement answers an earlier statement of another side when one of these holds, strongest first:

3. it points back at it ("That's exactly the point", "no proof of that"): it answers the
   nearest earlier statement of another side in the same or the previous paragraph; when it
   opens on a demonstrative and a noun ("Those cities are …"), the nearest one using that noun;
2. it is framed as a reply ("But …", "in response", "rejected", "denied"), or, for a speaker
   outside the lead side, as criticism ("criticized", "accused");
1. it contradicts ("not", "no", "never") something; for the lead side only a statement in
   the same or the previous paragraph that shares a good deal of its words;
0. a speaker outside the lead side talks about what an earlier statement talked about.

The lead side (the side of the first statement) is the one the article is about: its
statements are claims unless signal 3, 2 or a close 1 makes them answers, which is how an
exchange can run "backwards" (the other side claims, the lead answers). Which earlier statement
is answered is decided by topic overlap (shared content words weighted by rarity in the
article, shared topics from a small lexicon of general policy topics), a mention of that
speaker in the attribution ("criticized Sessions") and closeness. Each statement sits in at
most one exchange, as claim or as rebuttal; stronger links are settled first.

Exchanges are ordered by the position of their claim in the article (the order in which the
article puts each argument on the table, also for backward exchanges).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Exchange, Statement
from .sides import NEUTRAL, frame, signals, word_set

# General policy topics: label -> word prefixes or phrases. Deliberately story-independent.
TOPICS: tuple[tuple[str, str], ...] = (
    (
        "crime",
        r"crime|criminal|violen|murder|homicide|shoot|gun|killed|killing|predator|"
        r"drug dealer|gang|law and order|rule of law|public safety|safety|robber|assault|"
        r"knife|weapon|armed",
    ),
    (
        "policing",
        r"police|policing|officer|law enforcement|sheriff|arrest|jail|detain|"
        r"detention|prosecut",
    ),
    (
        "immigration",
        r"immigra|undocumented|deport|alien|sanctuary|detainer|border|asylum|"
        r"refugee|visa|migrant",
    ),
    (
        "funding",
        r"fund|grant|money|budget|dollar|million|billion|spending|cuts?\b|cost|"
        r"afford|deficit|revenue|subsid",
    ),
    ("taxes", r"tax|levy|levies"),
    (
        "the courts",
        r"lawsuit|sue\b|sued|suing|court|judge|ruling|ruled|legal|"
        r"unconstitutional|appeal|verdict|injunction",
    ),
    (
        "labor",
        r"strike|union|wage|paycheck|pay raise|contract|worker|employee|salar|layoff|"
        r"jobs?\b|overtime|staffing|shifts?\b",
    ),
    (
        "schools",
        r"school|student|teacher|classroom|curriculum|tuition|universit|college|"
        r"campus|education|enrollment",
    ),
    (
        "housing and zoning",
        r"housing|zoning|rezon|develop|rents?\b|apartment|density|tenant|"
        r"landlord|neighborhood|height",
    ),
    (
        "health care",
        r"hospital|patient|health|clinic|doctor|nurse|medical|emergency room|"
        r"ambulance|maternity",
    ),
    ("transit", r"transit|fares?\b|bus\b|buses|train|rider|commut|subway|ridership"),
    (
        "the environment",
        r"pollut|emission|environment|climate|contamina|toxic|permit|"
        r"wetland|air quality|water|habitat|wildlife",
    ),
    ("politics", r"politic|election|voter|campaign|partisan"),
    (
        "infrastructure",
        r"repair|maintenance|maintain|infrastructure|pipes?\b|pothole|roads?\b|bridges?\b|"
        r"sewer|roof|boiler|broken|crumbling",
    ),
    ("the weather", r"storms?\b|snow|winter|rain|flooding|hurricane|heat wave|ice\b|icy"),
    (
        "the figures",
        r"percent|per cent|\d|statistic|data\b|figures|rate\b|count\b|"
        r"a third|half|doubled|tripled|times as many",
    ),
)
_TOPIC_RES = tuple(
    (label, re.compile(r"\b(?:" + pattern + ")", re.IGNORECASE)) for label, pattern in TOPICS
)

_WORD_TOPIC_RES = tuple((label, p) for label, p in _TOPIC_RES if label != "the figures")

_STOP = word_set("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each even ever every
few for from further had has have having he her here hers herself him himself his how i if in
into is it its itself just least less let like made make many may me might more most much must
my myself no nor not now of off on once only or other our ours ourselves out over own per
rather really same shall she should since so some such than that the their theirs them
themselves then there these they this those through to too under until up upon us very was
we were what when where which while who whom whose why will with within without would yet you
your yours yourself yourselves
say says said saying tell told telling add added adding statement statements according
week weeks year years day days today yesterday monday tuesday wednesday thursday friday
saturday sunday month months time times one two three four five first second last new
mr mrs ms dr s t don didn doesn isn wasn won can't cannot never none nothing
city cities state states country nation government people official officials leader leaders
""")

_NUMBER = r"\d[\d,.]*\d|\d"
_ANAPHOR_REACH = 1  # paragraphs back that "that"/"this" may reach
_DEMONSTRATIVE = re.compile(
    r"^\s*([\"“‘']?)\s*(this|that|these|those)\s+([a-z]{3,})\b", re.IGNORECASE
)
_TOPIC_WEIGHT = 1.0
_HINT_WEIGHT = 1.5
_NEAR_WEIGHT = 0.3
_MIN_OVERLAP = 1.0  # a link on overlap alone needs at least this much
_LEAD_OVERLAP = 2.0  # the lead contradicting a statement just before must share this much
_LABEL_WEIGHT = 1.0  # a shared word must be this rare in the article to name an exchange


@dataclass(frozen=True)
class _Link:
    """One statement answering, and the earlier statements it may answer, best first."""

    answer: Statement
    candidates: tuple[Statement, ...]
    strength: int
    signal: str


class _Article:
    """Per-article word statistics, so overlap counts rare words more than common ones."""

    def __init__(self, statements: Sequence[Statement], body: str) -> None:
        self.statements = sorted(statements, key=lambda s: (s.start, s.end))
        self.stems = {s.id: _plain_stems(s.text) for s in self.statements}
        self.topics = {s.id: topics_of(s.text) for s in self.statements}
        self.frames = {s.id: frame(s, body, self.statements) for s in self.statements}
        df = Counter(stem for stems in self.stems.values() for stem in set(stems))
        total = len(self.statements) + 1
        self.weight = {stem: math.log(total / count) for stem, count in df.items()}
        self.lead = next((s.side for s in self.statements if s.side not in (None, NEUTRAL)), None)
        self._framings: dict[str, set[str]] = {}
        self._speaker_words: dict[str, set[str]] = {}

    def overlap(self, answer: Statement, claim: Statement) -> float:
        """How much two statements talk about the same thing (no proximity, no hint)."""
        shared = set(self.stems[answer.id]) & set(self.stems[claim.id])
        topics = self.topics[answer.id] & self.topics[claim.id]
        return sum(self.weight[stem] for stem in shared) + _TOPIC_WEIGHT * len(topics)

    def score(self, answer: Statement, claim: Statement) -> float:
        hint = _HINT_WEIGHT if self._names(claim) & self._frame_words(answer) else 0.0
        distance = max(answer.paragraph - claim.paragraph, 0)
        return self.overlap(answer, claim) + hint + _NEAR_WEIGHT / (1 + distance)

    # Each statement is scored against every earlier one: its words are worked out once.
    def _frame_words(self, answer: Statement) -> set[str]:
        if answer.id not in self._framings:
            self._framings[answer.id] = _frame_words(" ".join(self.frames[answer.id]))
        return self._framings[answer.id]

    def _names(self, claim: Statement) -> set[str]:
        if claim.id not in self._speaker_words:
            self._speaker_words[claim.id] = _names(claim)
        return self._speaker_words[claim.id]


def content_stems(text: str) -> list[str]:
    """Content words of ``text``, stop words removed, lightly stemmed so that 'immigrants'
    and 'immigration' or 'policies' and 'policy' meet; numbers too ('$7 a month' answered
    by '$7 a month'), which are among the surest signs of one statement quoting another."""
    words = re.findall(r"[a-z]+(?:['’][a-z]+)?", text.lower())
    numbers = [n.replace(",", "") for n in re.findall(_NUMBER, text)]
    return [
        stem(w) for w in words if w not in _STOP and len(w) > 2 and stem(w) not in _STOP
    ] + numbers


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Crude suffix stripping plus truncation: enough to match inflections within a story.
    (Pure and called for every word of every statement: remembered.)"""
    word = re.sub(r"['’]s$", "", word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix in ("ing", "ed", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def _plain_stems(text: str) -> list[str]:
    """Content stems of words that no topic covers: a shared topic already counts once, so
    'immigration' in two statements should not count again as a shared word. Numbers stay
    (the figures topic only says that there are some): the same number twice is a stronger
    sign than any two numbers."""
    words = _PLAIN_WORD.findall(text)
    plain = " ".join(w for w in words if not _topical(w))
    return content_stems(plain)


_PLAIN_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|" + _NUMBER)
# One pattern that matches at the start of a word when any word topic's does.
_ANY_WORD_TOPIC = re.compile("|".join(f"(?:{p.pattern})" for _, p in _WORD_TOPIC_RES),
                             re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)
def _topical(word: str) -> bool:
    """Does a word topic cover ``word``? (Words repeat: remembered.)"""
    return _ANY_WORD_TOPIC.match(word) is not None


# The lexicon is lower case: matching lowered text without IGNORECASE finds the same topics
# in half the time (Python's case-insensitive matching is slow, and this runs on every
# statement of the corpus).
_LOWER_TOPIC_RES = tuple((label, re.compile(p.pattern)) for label, p in _TOPIC_RES)


def topics_of(text: str) -> set[str]:
    """The lexicon topics that ``text`` touches."""
    lowered = text.lower()
    return {label for label, pattern in _LOWER_TOPIC_RES if pattern.search(lowered)}


def _names(statement: Statement) -> set[str]:
    words = re.findall(r"[a-z]+", f"{statement.speaker} {statement.mention}".lower())
    return {w for w in words if w not in _STOP and len(w) > 3}


def _frame_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def pair_exchanges(statements: Sequence[Statement], body: str) -> list[Exchange]:
    """Group sided statements into exchanges: each claim with the statements answering it.

    Every statement with a side other than ``neutral`` ends up in exactly one exchange, as a
    claim (possibly unanswered) or as a rebuttal; the others are context.
    """
    article = _Article(statements, body)
    links = [link for s in article.statements if (link := _link(article, s))]
    answered_by = _settle(links)
    return _exchanges(article, answered_by)


def _link(article: _Article, answer: Statement) -> _Link | None:
    """What ``answer`` may be answering, with the strength of the evidence."""
    if answer.side in (None, NEUTRAL):
        return None
    earlier = [
        s
        for s in article.statements
        if s.start < answer.start and s.side not in (None, NEUTRAL, answer.side)
    ]
    if not earlier:
        return None
    found = signals(answer, article.frames[answer.id])
    outsider = answer.side != article.lead
    if found.anaphor:
        near = [s for s in reversed(earlier) if answer.paragraph - s.paragraph <= _ANAPHOR_REACH]
        if near:
            return _Link(answer, tuple(near), 3, f"points back ({_quoted(found.anaphor)})")
    echo = _demonstrative(answer)
    if echo:
        phrase, noun = echo
        named = [
            s
            for s in reversed(earlier)
            if answer.paragraph - s.paragraph <= _ANAPHOR_REACH
            and noun in {stem(w) for w in re.findall(r"[a-z]+", s.text.lower())}
        ]
        if named:
            return _Link(answer, tuple(named), 3, f"points back ({_quoted(phrase)})")
    ranked = tuple(sorted(earlier, key=lambda s: -article.score(answer, s)))
    if found.reply or (outsider and found.attack):
        return _Link(answer, ranked, 2, f"reply cue ({_quoted(found.reply or found.attack)})")
    if found.negation:
        if not outsider:
            ranked = tuple(
                s
                for s in ranked
                if answer.paragraph - s.paragraph <= 1
                and article.overlap(answer, s) >= _LEAD_OVERLAP
            )
        if ranked:
            return _Link(answer, ranked, 1, f"contradiction ({_quoted(found.negation)})")
    if outsider:
        topical = tuple(s for s in ranked if article.overlap(answer, s) >= _MIN_OVERLAP)
        if topical:
            return _Link(answer, topical, 0, "same topic")
    return None


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


def _settle(links: Sequence[_Link]) -> dict[str, list[tuple[Statement, str]]]:
    """Accept links strongest first; a statement is either a claim or a rebuttal, never both,
    so a statement that is answered outright stays a claim even if it also looks like a
    reply to something earlier."""
    roles: dict[str, str] = {}
    answered_by: dict[str, list[tuple[Statement, str]]] = {}
    for link in sorted(links, key=lambda k: (-k.strength, k.answer.start)):
        if link.answer.id in roles:
            continue
        target = next((c for c in link.candidates if roles.get(c.id) != "rebuttal"), None)
        if target is None:
            continue
        roles[link.answer.id] = "rebuttal"
        roles[target.id] = "claim"
        answered_by.setdefault(target.id, []).append((link.answer, link.signal))
    return answered_by


def _exchanges(
    article: _Article, answered_by: dict[str, list[tuple[Statement, str]]]
) -> list[Exchange]:
    rebuttal_ids = {answer.id for answers in answered_by.values() for answer, _ in answers}
    exchanges = []
    for claim in article.statements:
        if claim.side in (None, NEUTRAL) or claim.id in rebuttal_ids:
            continue
        answers = sorted(answered_by.get(claim.id, []), key=lambda pair: pair[0].start)
        rebuttals = [answer for answer, _ in answers]
        exchanges.append(
            Exchange(
                claim=claim.id,
                rebuttals=tuple(answer.id for answer in rebuttals),
                topic=_topic(article, claim, rebuttals),
                why=_why(article, claim, answers),
            )
        )
    return exchanges


def _topic(article: _Article, claim: Statement, rebuttals: Sequence[Statement]) -> str:
    """A short label: the lexicon topic the exchange shares most, else its top shared words,
    else the claim's own topic or words."""
    counts: Counter[str] = Counter()
    for answer in rebuttals:
        counts.update(article.topics[answer.id] & article.topics[claim.id])
    if counts:
        return _first_topic(counts)
    words = [
        w
        for answer in rebuttals
        for w in _shared_words(article, claim, answer, min_weight=_LABEL_WEIGHT)
    ]
    if words:
        return ", ".join(dict.fromkeys(words[:3]))
    if article.topics[claim.id]:
        return _first_topic(Counter(article.topics[claim.id]))
    return ", ".join(_top_words(article, claim))


def _first_topic(counts: Counter[str]) -> str:
    order = [label for label, _ in TOPICS]
    return min(counts, key=lambda label: (-counts[label], order.index(label)))


def _shared_words(
    article: _Article, claim: Statement, answer: Statement, min_weight: float = 0.0
) -> list[str]:
    """Shared content words (at least ``min_weight`` rare), rarest first, as they are
    spelled in the claim."""
    shared = set(article.stems[claim.id]) & set(article.stems[answer.id])
    ranked = sorted(shared, key=lambda s: (-article.weight[s], s))  # ties by word, not hash order
    spelled = _spellings(claim.text)
    return [spelled[s] for s in ranked if s in spelled and article.weight[s] >= min_weight]


def _top_words(article: _Article, claim: Statement) -> list[str]:
    spelled = _spellings(claim.text)
    ranked = sorted(set(article.stems[claim.id]), key=lambda s: (-article.weight[s], s))
    return [spelled[s] for s in ranked[:2] if s in spelled]


def _spellings(text: str) -> dict[str, str]:
    """Stem -> the word as first written, so the editor view shows words, not stems."""
    spelled: dict[str, str] = {}
    for word in re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", text):
        spelled.setdefault(stem(word.lower()), word.lower())
    for number in re.findall(_NUMBER, text):
        spelled.setdefault(number.replace(",", ""), number)
    return spelled


def _why(article: _Article, claim: Statement, answers: Sequence[tuple[Statement, str]]) -> str:
    """Why each rebuttal was paired with the claim, in words an editor can check."""
    if not answers:
        return "no statement of another side answers this claim"
    reasons = []
    for answer, signal in answers:
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
        reasons.append(f"{answer.id}: {signal}" + (f"; {detail}" if detail else ""))
    return " | ".join(reasons)


def context_statements(
    statements: Sequence[Statement], exchanges: Sequence[Exchange]
) -> list[Statement]:
    """Statements in no exchange (neutral sources, unsided speakers), in article order."""
    used = {e.claim for e in exchanges} | {r for e in exchanges for r in e.rebuttals}
    return sorted((s for s in statements if s.id not in used), key=lambda s: s.start)
