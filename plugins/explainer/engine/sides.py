"""Which side each statement speaks for.

A side is declared in ``people.yml`` when the speaker is listed there: that is an editor's
judgement and wins in the articles of the editor's story. Otherwise the side is inferred from
the article: its first speaker leads a side; a new speaker who shares a distinctive name word
with a sided speaker ("the union", "union president Ana Ruiz") joins that side; one who
agrees ("echoed", "agreed") joins the side of the statement just before; someone cited only
for facts ("according to", "reported"), or a document cited for facts ("according to police
records"), is neutral. Anyone else speaks for a side of their own: nothing in the article
ties them to anyone (in a story of two declared camps, they answer the lead, for the other
camp). One who answers or criticizes a speaker ("criticized Sessions", "That's wrong") is
never put beside them. Inferred sides get generic ids (``a``, ``b``, …, ``neutral``) that
``side_labels`` turns into text naming who leads them, such as "Side of Jeff Sessions".

The rebuttal signals found here are reused by :mod:`explainer.engine.exchanges` to pair statements.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .cues import trie_pattern
from .directory import Directory, Known, normalize_name
from .model import Exchange, Statement, changed
from .paragraphs import paragraph_span


def word_set(text: str) -> frozenset[str]:
    """A word list written as running text (easier to read and extend than a list literal)."""
    return frozenset(text.split())


LEAD = "a"
NEUTRAL = "neutral"

# Stems (prefixes of lower-case words) of cue verbs, grouped by what they tell about stance.
_REPLY_STEMS = (
    "respond",
    "response",
    "repl",
    "counter",
    "rebut",
    "reject",
    "deny",
    "denie",
    "disput",
    "dismiss",
    "disagre",
    "refut",
    "contest",
    "challeng",
    "retort",
    "object",
    "push back",
    "pushed back",
    "fired back",
    "shot back",
    "hit back",
)
_ATTACK_STEMS = (
    "critici",
    "slam",
    "accus",
    "attack",
    "blast",
    "condemn",
    "denounc",
    "fault",
    "blam",
    "lambast",
    "assail",
    "decri",
    "decry",
    "rebuk",
    "scold",
    "chastis",
)
_AGREE_STEMS = ("agree", "echo", "concur", "second", "endors", "back", "support", "join")
_DATA_STEMS = ("according to", "report", "estimat", "show", "found", "find", "data", "record")
# A source that is a document, not a person: its "no" or "not" reports a fact, not a rebuttal.
_DOCUMENT = re.compile(
    r"\b(records?|data|statistics|figures|survey|report|study|census|analysis|estimates?|"
    r"filings?|documents?|audit)\b",
    re.IGNORECASE,
)

# Written in lower case, and searched whatever the case of the text by :class:`AnyCase`.
# A pattern searched across a text opens with its words' first letters, not with ``\b``: the
# regex engine then skips to the next such letter in C instead of trying the pattern at
# every position; ``l(?<!\wl)`` after the letter is the ``\b`` before it (same matches).
_CONTRAST = re.compile(
    r"^\W*(but|however|yet|still|in response|responding|in contrast|on the other hand|"
    r"by contrast|instead)\b",
)
_NEGATION = re.compile(  # no, not, never, …, nonsense; n't; cannot, false, …, myth
    r"n(?:(?<!\wn)(?:o|ot|ever|othing|one|obody|either|or|onsense)\b|[’']t\b)"
    r"|c(?<!\wc)annot\b|f(?<!\wf)alse\b|u(?<!\wu)ntrue\b|w(?<!\ww)rong\b"
    r"|m(?<!\wm)(?:isleading|yth)\b|b(?<!\wb)aseless\b",
)
_ANAPHOR_OPENING = re.compile(
    r"^\W*(that|this|those|these)(['’]s|['’]re|\s+(is|was|are|were|isn['’]t|wasn['’]t|would|"
    r"will|has|does|doesn['’]t|just))\b",
)
_ANAPHOR_PRONOUN = re.compile(
    r"\b(disputes?|denies|deny|doubts?|questions?|rejects?|knows?|"
    r"believes?|saw|said|heard|wants?|do|did|does)\s+(that|this)"
    r"\s*[,.;:!?\"”]",
)
_ANAPHOR_TAIL = re.compile(
    r"\b(of|about|for|to|on|with|behind)\s+(that|this|it|those)\W*$"
)
# where every match of _ANAPHOR_TAIL and _ANAPHOR_PRONOUN ends; each opens with a letter,
# so the regex engine skips to the next "t" or "i" in C
_ANAPHOR_TAIL_END = re.compile(r"(?:that|this|it|those)\W*$")
_ANAPHOR_PRONOUN_END = re.compile(r"(?:that|this)\s*[,.;:!?\"”]")
_NOUNS = (
    r"(claim|claims|argument|arguments|charge|charges|accusation|accusations|allegation|"
    r"allegations|assertion|idea|notion|criticism|characterization)\b"
)
_ANAPHOR_NOUN = re.compile(  # that, this, the, those, these or such, and one of _NOUNS
    r"(?:t(?<!\wt)h(?:at|is|e|ose|ese)|s(?<!\ws)uch)\s+" + _NOUNS)
_ANAPHOR_NOUN_START = re.compile(r"\W*" + _NOUNS, re.IGNORECASE)
_DEMONSTRATIVE_END = re.compile(r"\b(that|this|those|these)\s*$", re.IGNORECASE)

# Words of a speaker's name that say nothing about whom they speak for.
_GENERIC_NAME_WORDS = word_set(
    "the a an of and for in on at to mr mrs ms dr said says spokesman spokeswoman spokesperson "
    "official officials president vice chief director head member members chair chairman "
    "chairwoman leader leaders city state county federal national local school department "
    "office board council group supt superintendent mayor governor senator rep sen gov "
    "attorney general secretary manager executive commissioner s"
)


@dataclass(frozen=True)
class Signals:
    """What a statement's wording and its attribution frame say about its stance.

    Each field holds the words that fired (for the editor view) or ``None``.
    """

    reply: str | None = None  # a reply verb or a contrast opening: answers someone
    attack: str | None = None  # a criticism verb: attacks someone (may open a debate)
    agree: str | None = None  # an agreement verb: sides with someone
    negation: str | None = None  # contradiction inside the content
    anaphor: str | None = None  # "That's …", "no proof of that": points at a statement
    data: str | None = None  # cited for facts ("according to", "reported")

    @property
    def pushback(self) -> str | None:
        """The strongest sign that the statement answers someone, if any."""
        return self.anaphor or self.reply or self.attack or self.negation


def frames(
    statements: Sequence[Statement], body: str | None
) -> dict[str, tuple[str, str]]:
    """The attribution words before and after each statement ("But X criticized Y saying
    that"), by statement id.

    They run from the previous statement (or paragraph start) to the next one (or paragraph
    end) and leave out the content, so a "not" inside someone's quote is not mistaken for the
    reporter's framing. The nearest end before and start after a statement are found by
    binary search over the sorted offsets: linear, not quadratic, in the statements.
    """
    if not body:
        return {s.id: ("", "") for s in statements}
    return dict(_frames(body, tuple((s.id, s.start, s.end) for s in statements)))


@functools.lru_cache(maxsize=4)
def _frames(body: str, spans: tuple[tuple[str, int, int], ...]) -> tuple:
    """:func:`frames` of statements (id, start, end): sides and pairing both ask for those
    of one article's statements (copies of them with sides: the same offsets), so they are
    worked out once."""
    ends = sorted(end for _, _, end in spans)
    starts = sorted(start for _, start, _ in spans)
    out = []
    for sid, start, end in spans:
        para_start, para_end = paragraph_span(body, start)
        i = bisect.bisect_right(ends, start)  # the ends at or before the start
        before = max(para_start, ends[i - 1]) if i else para_start
        j = bisect.bisect_left(starts, end)  # the first start at or after the end
        after = min(para_end, starts[j]) if j < len(starts) else para_end
        out.append((sid, (body[before:start], body[end : max(after, end)])))
    return tuple(out)


def signals(statement: Statement, framing: tuple[str, str] = ("", "")) -> Signals:
    """Read the stance signals of a statement from its cue, its frame and its content."""
    return _signals(statement.cue, statement.text, *framing)


@functools.lru_cache(maxsize=1 << 12)
def _signals(cue: str, text: str, before: str, after: str) -> Signals:
    """:func:`signals` of the words themselves. Sides reads the signals of each speaker's
    first statement and pairing those of every statement, in the same frames: remembered,
    so each is read once (a dozen regular expressions over the words)."""
    words = f"{cue} {before} {after}".lower()
    content = AnyCase(text)
    stance = _STANCE.search(words) is not None  # most often neither kind: one search
    return Signals(
        reply=(_find_stem(words, _REPLY_STEMS) if stance else None)
        or AnyCase(before).words(_CONTRAST),
        attack=_find_stem(words, _ATTACK_STEMS) if stance else None,
        agree=_agree_word(cue),
        negation=content.words(_NEGATION),
        anaphor=_anaphor(content, before),
        data=_data_word(cue),
    )


@functools.lru_cache(maxsize=1 << 12)
def _data_word(cue: str) -> str | None:
    """The word by which ``cue`` cites someone for facts ("according to", "reported").
    (Of a cue alone, and a few hundred cues say most statements: remembered, as is
    :func:`_agree_word`.)"""
    return _find_stem(cue.lower(), _DATA_STEMS)


@functools.lru_cache(maxsize=1 << 12)
def _agree_word(cue: str) -> str | None:
    """The agreement verb of ``cue`` ("agreed", "backed"), if any."""
    return _find_stem(cue.lower(), _AGREE_STEMS)


def reply_word(text: str) -> str | None:
    """The reply or denial verb in ``text`` ("fired back", "denied"), if any."""
    return _find_stem(text.lower(), _REPLY_STEMS)


def anaphor(text: str, before: str = "") -> str | None:
    """The words by which a statement points back at another one ("That's …", "of that").

    ``before`` is the attribution just before the content: in "said that claim ignores …" an
    extractor may take "that" for a conjunction and start the content at "claim".
    """
    return _anaphor(AnyCase(text or ""), before)


def _anaphor(content: AnyCase, before: str) -> str | None:
    text = content.text
    # the pattern's word ends ``before`` but for spaces: its last six letters hold the
    # word and the letter before it (a search of the whole frame tries every letter)
    if _DEMONSTRATIVE_END.search(before.rstrip()[-6:]) and _ANAPHOR_NOUN_START.match(text):
        return "that " + text.split()[0]
    return (
        content.words(_ANAPHOR_OPENING)
        # the full patterns only where their ends are, which a search finds much faster
        or (content.search(_ANAPHOR_TAIL_END) and content.words(_ANAPHOR_TAIL))
        or (content.search(_ANAPHOR_PRONOUN_END) and content.words(_ANAPHOR_PRONOUN))
        or content.words(_ANAPHOR_NOUN)
    )


class AnyCase:
    """A text for patterns written in lower case, to be matched whatever its case.

    They search its lower-cased copy: the same spans as a case-insensitive search, about
    twice as fast (such a search lower-cases every character it tries, at every position).
    Only three letters match an ASCII letter case-insensitively without lower-casing to it
    (:data:`_ODD_FOLDS`); a text with one of them is searched case-insensitively."""

    __slots__ = ("text", "lower")

    def __init__(self, text: str) -> None:
        self.text = text
        # every other letter lower-cases to one letter: the same offsets
        self.lower = None if _ODD_FOLDS.search(text) else text.lower()

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        if self.lower is None:
            return re.search(pattern.pattern, self.text, re.IGNORECASE)
        return pattern.search(self.lower)

    def words(self, pattern: re.Pattern[str]) -> str | None:
        """What ``pattern`` finds, as written, without the marks and stops around it."""
        found = self.search(pattern)
        if found is None:
            return None
        return self.text[found.start() : found.end()].strip(" \t\n\"“”'‘’.,")


def search_any_case(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """Where ``pattern``, written in lower case, matches ``text`` whatever its case."""
    return AnyCase(text).search(pattern)


# "İ" and "ı" match "i" case-insensitively, "ſ" matches "s"; "İ" lower-cases to two letters
_ODD_FOLDS = re.compile("[İıſ]")


def _find_stem(text: str, stems: tuple[str, ...]) -> str | None:
    """The word of the first stem (in ``stems`` order) that starts a word of ``text``."""
    anywhere, each = _stem_patterns(stems)
    if not anywhere.search(text):  # the usual case: none of them, one search
        return None
    for pattern in each:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


@functools.cache
def _stem_patterns(stems: tuple[str, ...]) -> tuple[re.Pattern[str], list[re.Pattern[str]]]:
    """The search for any of ``stems`` (factored by prefix: the regex engine rejects most
    words after a letter or two instead of trying each stem) and one search per stem."""
    each = [re.compile(r"\b" + re.escape(stem) + r"[a-z]*") for stem in stems]
    return _any_stem(stems), each


def _any_stem(stems: Sequence[str]) -> re.Pattern[str]:
    """Where a word of a text starts with one of ``stems``."""
    return re.compile(r"\b" + trie_pattern(sorted(stems)))


# a reply or an attack verb: neither is in most statements' attribution words
_STANCE = _any_stem(_REPLY_STEMS + _ATTACK_STEMS)


def assign_sides(
    statements: Sequence[Statement], people: Directory | None = None, body: str | None = None
) -> list[Statement]:
    """Return copies of ``statements`` (same order) with ``side`` set on every one.

    Declared sides come from ``people``; the role is filled from it too when the extractor
    found none, and the speaker becomes the canonical name. ``body`` is optional: with it, the
    reporter's framing ("But …", "in response") also counts as a signal.
    """
    ordered = sorted(statements, key=lambda s: (s.start, s.end))
    known = _in_dispute({s.id: _person(s, people) for s in ordered})
    lead = _lead_side(ordered, known)
    answering = _answering_side(lead, ordered, known)
    # Without camps an editor declared, a speaker nothing ties to another speaks for a side
    # of their own; with them, for the camp that answers the lead.
    declared = {p.side for p in known.values() if p and p.side}
    fresh = (lambda: answering) if answering else _new_side(declared)
    decided: dict[str, Statement] = {}
    speaker_sides: dict[str, str] = {}
    framing = frames(ordered, body)
    for statement in ordered:
        person = known[statement.id]
        if person and person.side:
            decided[statement.id] = _declared(statement, person)
            continue
        key = _speaker_key(statement)
        if key not in speaker_sides:  # decided: the statements before this one, in order
            speaker_sides[key] = _infer(
                statement, list(decided.values()), lead, fresh, framing[statement.id]
            )
        decided[statement.id] = _inferred(statement, person, speaker_sides[key])
    return [decided[s.id] for s in statements]


def _speaker_key(statement: Statement) -> str:
    """Whose statements share a side: one canonical name's; each statement of someone the
    article leaves unnamed ("an unnamed source") is a voice of its own."""
    if statement.speaker.startswith("an unnamed "):
        return statement.id
    return normalize_name(statement.speaker)


def align_sides(
    statements: Sequence[Statement], exchanges: Sequence[Exchange]
) -> list[Statement]:
    """Return copies of ``statements`` in which no inferred speaker answers their own side.

    Inference decides a speaker's side at their first words; pairing may then find that they
    answer someone the inference put beside them (Jeb Bush calling Trump "a loser", both first
    taken as answering the lead). The answerer then moves, with all their statements, to the
    other declared camp, or to a side of their own when no camp is declared, unless an
    earlier exchange already placed them; declared sides never move.
    """
    by_id = {s.id: s for s in statements}
    camps = list(dict.fromkeys(s.side for s in sorted(statements, key=lambda s: s.start)
                               if s.side not in (None, NEUTRAL)))
    declared = any(not s.side_inferred for s in statements if s.side not in (None, NEUTRAL))
    fresh = _new_side(set(camps))
    placed: dict[str, str] = {}
    links = sorted(((by_id[e.claim], by_id[r]) for e in exchanges for r in e.rebuttals),
                   key=lambda pair: pair[1].start)
    for claim, answer in links:
        claim_side = placed.setdefault(_speaker_key(claim), claim.side)
        key = _speaker_key(answer)
        if key in placed or not answer.side_inferred or answer.side in (None, NEUTRAL):
            continue
        placed[key] = answer.side
        if claim_side == answer.side:
            others = [c for c in camps if c != claim_side]
            placed[key] = others[0] if declared and others else fresh()
    return [
        changed(s, side=placed[_speaker_key(s)])
        if s.side_inferred and s.side not in (None, NEUTRAL) and _speaker_key(s) in placed
        else s
        for s in statements
    ]


@dataclass(frozen=True)
class _Unsided:
    """A declared speaker whose side does not apply here: their name still does."""

    name: str
    role: None = None
    side: None = None


def _in_dispute(known: dict[str, Known | None]) -> dict[str, Known | None]:
    """Declared sides describe the editor's story: they apply to an article where at least
    two of its declared speakers speak. Donald Trump, declared on the federal side of the
    sanctuary-city story and quoted as the only one of them in a 2016 campaign story, gets a
    side inferred from that story, not "Federal government". Nor does he get the role
    declared for that story ("President of the United States"), which he did not hold in
    2016: there, only the article's own words give a role."""
    if len({p.name for p in known.values() if p and p.side}) >= 2:
        return known
    return {sid: _Unsided(p.name) if p else None for sid, p in known.items()}


def _person(statement: Statement, people: Directory | None) -> Known | None:
    if people is None:
        return None
    return people.lookup(statement.speaker) or people.lookup(statement.mention)


def _declared(statement: Statement, person: Known) -> Statement:
    return changed(
        statement,
        speaker=person.name,
        role=statement.role or person.role,
        side=person.side,
        side_inferred=False,
    )


def _inferred(statement: Statement, person: Known | None, side: str) -> Statement:
    if person:
        return changed(statement, speaker=person.name, role=statement.role or person.role,
                       side=side, side_inferred=True)
    return changed(statement, side=side, side_inferred=True)


def _lead_side(ordered: Sequence[Statement], known: dict[str, Known | None]) -> str:
    """The side of the article's first statement: news leads with the actor it is about."""
    for statement in ordered:
        person = known[statement.id]
        if person and person.side:
            return person.side
        if not _data_word(statement.cue):  # the one signal read here: from the cue alone
            return LEAD
    return LEAD


def _answering_side(
    lead: str, ordered: Sequence[Statement], known: dict[str, Known | None]
) -> str | None:
    """The side that answers the lead: the declared side (other than the lead's) most often
    heard in this article, if any. A declared side that no one in the article speaks for is
    not borrowed: its label would name the wrong camp."""
    counts: dict[str, int] = {}
    for statement in ordered:
        person = known[statement.id]
        if person and person.side and person.side != lead:
            counts[person.side] = counts.get(person.side, 0) + 1
    return max(counts, key=lambda side: counts[side]) if counts else None


def _infer(
    statement: Statement,
    earlier: Sequence[Statement],
    lead: str,
    fresh: Callable[[], str],
    framing: tuple[str, str],
) -> str:
    """Side of a speaker not in people.yml, decided at their first statement: the lead's
    when they speak first, a colleague's or the side of whom they agree with, else ``fresh()``
    (a side of their own, or the declared camp answering the lead). Whoever answers or
    criticizes a speaker is never put beside them."""
    found = signals(statement, framing)
    if found.data and (_DOCUMENT.search(statement.speaker) or not found.pushback):
        return NEUTRAL
    sided = [s for s in earlier if s.side != NEUTRAL]
    if not sided:
        return lead
    ally = _same_affiliation(statement.speaker, sided)
    if ally:
        return ally
    named = (found.reply or found.attack) and _named_in_frame(" ".join(framing), statement,
                                                               sided)
    if named:  # looked for only when it would count: most frames neither reply nor attack
        return _other(named.side, lead, fresh)
    if found.agree and not found.pushback:
        return sided[-1].side
    if found.anaphor or found.reply:
        return _other(sided[-1].side, lead, fresh)
    return fresh()


def _other(side: str, lead: str, fresh: Callable[[], str]) -> str:
    """A side other than ``side``: the lead's when ``side`` is not it, else ``fresh()``."""
    other = fresh()
    return lead if other == side else other


def _new_side(taken: set[str]) -> Callable[[], str]:
    """A maker of side ids not in ``taken`` (nor the lead's): ``b``, ``c``, …, ``side-27``…"""
    taken = taken | {LEAD, NEUTRAL}
    ids = (chr(ord("a") + n) if n < 26 else f"side-{n + 1}" for n in itertools.count(1))
    free = (side for side in ids if side not in taken)
    return lambda: next(free)


_LETTERS = re.compile(r"[a-z]+")


def _named_in_frame(
    frame_text: str, speaker: Statement, earlier: Sequence[Statement]
) -> Statement | None:
    """The latest earlier speaker the attribution names ("criticized Sessions"), not counting
    the words that name the speaker themself."""
    words = set(_LETTERS.findall(frame_text.lower()))
    words -= _name_words(f"{speaker.speaker} {speaker.mention}")
    for statement in reversed(earlier):
        if _name_words(statement.speaker) & words:
            return statement
    return None


def _same_affiliation(speaker: str, earlier: Sequence[Statement]) -> str | None:
    """The side of an earlier speaker who shares a distinctive name word ('the union' and
    'union president Ana Ruiz'), since colleagues speak for the same side."""
    words = _name_words(speaker)
    for statement in reversed(earlier):
        if words & _name_words(statement.speaker):
            return statement.side
    return None


@functools.lru_cache(maxsize=1 << 12)
def _name_words(name: str) -> frozenset[str]:
    """Distinctive words of a name; each new speaker is compared with every earlier one, so
    the same names are read again and again: remembered."""
    words = _LETTERS.findall(name.lower().replace("’", "'").replace("'s", ""))
    return frozenset(w for w in words if w not in _GENERIC_NAME_WORDS and len(w) > 2)


def side_labels(statements: Sequence[Statement], people: Directory | None = None) -> dict[str, str]:
    """Reader-facing label of every side used by ``statements``.

    Declared sides use the label in people.yml. An inferred side is named after who leads
    it, the speaker it quotes most (the earliest of equals): "Side of Mike Pence", or a
    group's own name ("Clinton campaign"), never a side id borrowed from another story.
    """
    speakers: dict[str, list[str]] = {}  # each side's speakers, in article order
    for statement in sorted(statements, key=lambda s: s.start):
        speakers.setdefault(statement.side, []).append(statement.speaker)
    labels = {}
    for side, theirs in speakers.items():
        if side:
            declared = people.side_label(side) if people else None
            labels[side] = declared or _inferred_label(side, theirs)
    return labels


def _inferred_label(side: str, speakers: Sequence[str]) -> str:
    if side == NEUTRAL:
        return "Not taking a side (facts and figures)"
    counts = Counter(speakers)  # in the order they first speak
    leader = max(counts, key=counts.__getitem__)  # max keeps the earliest of equals
    return leader if _GROUP_NAME.search(leader) else f"Side of {leader}"


# A speaker that is a group already names a side: "Clinton campaign", "Trump supporters".
_GROUP_NAME = re.compile(
    r"\b(campaign|supporters|opponents|advocates|allies|administration|party|camp|"
    r"democrats|republicans|leaders|officials|critics|protesters|union|coalition)$",
    re.IGNORECASE,
)
