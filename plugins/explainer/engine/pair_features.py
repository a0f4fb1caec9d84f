"""The evidence that one statement answers an earlier one, as named features.

Each feature is something a reader points at when saying "B answers A" (the guide in
``shared/exchanges/GUIDE.md``): a reply or denial cue around B ("denied", "fired back",
"In response"), B naming A's speaker ("accused Pence of …"), B pointing back ("that is
false"), B contradicting A's words, the two being close and of different camps. Sharing
topic words is one feature among many, never enough alone: the weights
(``pair_weights.json``, trained by ``bench/train_pairing.py`` on the hand-annotated train
articles) decide how much each counts.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence

from .model import Statement
from .sides import (
    NEUTRAL,
    Signals,
    frames,
    reply_word,
    search_any_case,
    signals,
    word_set,
)
from .words import STOP, content_stems

_WORD = re.compile(r"[a-z]+")

# words of a speaker's name that do not tell one speaker from another
_GENERIC = word_set("""
the a an of and for in on at to his her their its mr mrs ms dr spokesman spokeswoman
spokesperson official officials president vice chief director head member members chair
chairman leader leaders city state county federal national department office campaign
group supporters aide aides adviser advisers sen rep gov senator governor mayor
""")
# opening words by which a reporter marks an answer: "But Johnson said …", "In response, …"
# words by which an answer dismisses what it answers: "Cruz's description was false", "an
# absurd and factually inaccurate claim", "this is sophomoric"
# (in lower case: searched whatever the case by search_any_case)
_DISMISSIVE = re.compile(
    r"\b(false|untrue|wrong|lies?|lying|liar|absurd|ridiculous|nonsense|baseless|insult\w*|"
    r"outrage\w*|misleading|inaccurate|not true|disgrace\w*|shame\w*|myth|dangerous|"
    r"no evidence|no proof|contradict\w*|clue|crap|silly|laughable|sad|pathetic|hypocri\w*|"
    r"smear\w*|desperate|attack\w*|unfair|unfounded|bogus|fake|distort\w*|mischaracteri\w*)\b"
)
_OPENS_REPLY = re.compile(r"(?:^|[.!?”\"]\s+)(but|however|in response|responding|yet)\b[^.]*$",
                          re.IGNORECASE)


def _opens_reply(before: str) -> bool:
    """:data:`_OPENS_REPLY` is in ``before``. No full stop follows its match, so it starts at
    the last full stop or after it: searched from there, not across the paragraph before."""
    return bool(_OPENS_REPLY.search(before, max(before.rfind("."), 0)))


def name_words(statement: Statement) -> frozenset[str]:
    """Distinctive words of who spoke: 'Sessions', 'jeff' for "Attorney General Jeff Sessions"."""
    return _distinctive_words(f"{statement.speaker} {statement.mention}")


@functools.lru_cache(maxsize=1 << 12)
def _distinctive_words(names: str) -> frozenset[str]:
    """(A speaker's statements repeat the same names: remembered.)"""
    words = _WORD.findall(names.lower())
    return frozenset(w for w in words if w not in _GENERIC and w not in STOP and len(w) > 2)


# The evidence for a pair, in the order of :meth:`Evidence.values` (and of the model's sum)
FEATURES = (
    "reply verb",
    "pushes back, close by",
    "names the claimant, replying",
    "points back, close by",
    "reply cue",
    "opens with but",
    "attack cue",
    "points back",
    "contradicts",
    "agrees",
    "cited for facts",
    "names the claimant",
    "frame names the claimant",
    "claim names the answerer",
    "claim is an attack",
    "other side",
    "same side",
    "same paragraph",
    "next paragraph",
    "paragraphs apart",
    "nearest other speaker",
    "statements between",
    "shared words",
    "shares a rare word",
    "answer is direct",
    "claim is direct",
    "first words of answerer",
    "answerer silent since",
    "dismisses",
    "claim asks",
    "a side is neutral",
)


class PerStatement(dict):
    """Statement id -> ``compute(statement)``, worked out on first use: pairing looks closely
    at few of an article's statements (those with a cue, and what they may answer)."""

    def __init__(self, by_id: dict[str, Statement], compute) -> None:
        super().__init__()
        self.by_id, self.compute = by_id, compute

    def __missing__(self, statement_id: str):
        value = self[statement_id] = self.compute(self.by_id[statement_id])
        return value


class _Rarity(dict):
    """Stem -> how rare it is among an article's statements (the log of their number, plus
    one, over the number holding it), worked out for the stems that pairing compares: a few
    of the article's hundreds."""

    def __init__(self, holding: Counter[str], total: int) -> None:
        super().__init__()
        self.holding, self.total = holding, total

    def __missing__(self, stem: str) -> float:
        value = self[stem] = math.log(self.total / self.holding[stem])
        return value


class Evidence:
    """Per-article state: frames, signals and word weights, worked out once per statement."""

    def __init__(
        self,
        statements: Sequence[Statement],
        body: str,
        framing: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        self.statements = sorted(statements, key=lambda s: (s.start, s.end))
        self.frames = framing or frames(self.statements, body)
        self.stems = {s.id: frozenset(content_stems(s.text)) for s in self.statements}
        by_id = {s.id: s for s in self.statements}
        # read for the statements pairing looks at: those on a side, and what they answer
        self.signals: dict[str, Signals] = PerStatement(
            by_id, lambda s: signals(s, self.frames[s.id]))
        self.frame_words = PerStatement(
            by_id, lambda s: frozenset(_WORD.findall(" ".join(self.frames[s.id]).lower())))
        self.text_words = PerStatement(by_id, lambda s: frozenset(_WORD.findall(s.text.lower())))
        self.names = PerStatement(by_id, name_words)
        self.weight = _Rarity(Counter(itertools.chain.from_iterable(self.stems.values())),
                              len(self.statements) + 1)
        self.position = {s.id: i for i, s in enumerate(self.statements)}
        self.dismissive = PerStatement(by_id, lambda s: bool(search_any_case(_DISMISSIVE, s.text)))
        self.words = PerStatement(by_id, lambda s: self.frame_words[s.id] | self.text_words[s.id])
        # what an answer's own wording says, the same for every claim it may answer
        self.answering = PerStatement(by_id, lambda s: (
            float(bool(reply_word(s.cue))), float(_opens_reply(self.frames[s.id][0]))))
        self.as_answer = PerStatement(by_id, self._as_answer)
        self.as_claim = PerStatement(by_id, self._as_claim)
        self.first_of_speaker: set[str] = set()
        seen: set[str] = set()
        for s in self.statements:
            if s.speaker not in seen:
                self.first_of_speaker.add(s.id)
                seen.add(s.speaker)

    def same_speaker(self, a: Statement, b: Statement) -> bool:
        """One voice: "Hillary Clinton" and "Clinton", or the same canonical name."""
        return a.speaker == b.speaker or not self.names[a.id].isdisjoint(self.names[b.id])

    def overlap(self, answer: Statement, claim: Statement) -> float:
        """Shared content words, each weighted by how rare it is in the article."""
        return sum(map(self.weight.__getitem__, self.stems[answer.id] & self.stems[claim.id]))

    def features(
        self, answer: Statement, claim: Statement, between: int, spoke_since: bool
    ) -> dict[str, float]:
        """The evidence that ``answer`` answers the earlier ``claim``, by name
        (:data:`FEATURES`, :meth:`values`)."""
        return dict(zip(FEATURES, self.values(answer, claim, between, spoke_since), strict=True))

    def values(
        self, answer: Statement, claim: Statement, between: int, spoke_since: bool
    ) -> tuple[float, ...]:
        """The evidence that ``answer`` answers the earlier ``claim``, in :data:`FEATURES`
        order: pairing scores some 30 pairs an article, and needs only the model's sum of
        them, not a dictionary of them for each.

        ``between`` is how many statements of other speakers lie between them (0: the claim is
        the nearest earlier one another speaker made); ``spoke_since``: the answerer spoke in
        between too (a reply comes at the answerer's first turn after the claim).
        """
        (replying, pushes, cues, anaphor, reply, opens_with_but, attack, anaphor_value,
         negation, agree, data, direct, first, dismissive) = self.as_answer[answer.id]
        claim_data, claim_attack, claim_direct, asks = self.as_claim[claim.id]
        claim_names = self.names[claim.id]
        named = not claim_names.isdisjoint(self.words[answer.id])
        framed = not claim_names.isdisjoint(self.frame_words[answer.id])
        names_answerer = not self.names[answer.id].isdisjoint(self.words[claim.id])
        distance = max(answer.paragraph - claim.paragraph, 0)
        overlap = self.overlap(answer, claim)
        sides = (answer.side, claim.side)
        sided = NEUTRAL not in sides and None not in sides
        close = between == 0 or distance == 0
        return (
            replying,
            float((pushes or named) and close),
            float(named and cues),
            float(anaphor and close),
            reply,
            opens_with_but,
            attack,
            anaphor_value,
            negation,
            agree,
            float(data or claim_data),
            float(named),
            float(framed),
            float(names_answerer),
            claim_attack,
            float(sided and answer.side != claim.side),
            float(sided and answer.side == claim.side),
            float(distance == 0),
            float(distance == 1),
            math.log1p(distance),
            float(between == 0),
            math.log1p(between),
            min(overlap, 12.0) / 4,
            float(overlap >= 2.0),
            direct,
            claim_direct,
            first,
            float(not spoke_since),
            dismissive,
            asks,
            float(NEUTRAL in sides),
        )

    def _as_answer(self, statement: Statement) -> tuple:
        """What :meth:`values` reads of an answer alone, the same for every claim it may
        answer: worked out once per answer, not once per pair."""
        sig = self.signals[statement.id]
        replying, opens_with_but = self.answering[statement.id]
        return (replying, bool(sig.reply or sig.anaphor or sig.negation),
                bool(sig.reply or sig.attack), bool(sig.anaphor), float(bool(sig.reply)),
                opens_with_but, float(bool(sig.attack)), float(bool(sig.anaphor)),
                float(bool(sig.negation)), float(bool(sig.agree)), bool(sig.data),
                float(statement.kind == "direct"), float(statement.id in self.first_of_speaker),
                float(self.dismissive[statement.id]))

    def _as_claim(self, statement: Statement) -> tuple[bool, float, float, float]:
        """What :meth:`values` reads of a claim alone (one claim is a candidate for several
        answers)."""
        sig = self.signals[statement.id]
        return (bool(sig.data), float(bool(sig.attack)), float(statement.kind == "direct"),
                float("?" in statement.text))
