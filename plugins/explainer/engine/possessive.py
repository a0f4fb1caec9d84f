"""Statements reported by a noun its speaker owns: ``Trump's claims that his net worth exceeds
$10 billion``, ``Pence's call for a special prosecutor``, ``over her remark that “there is
…”``, ``Lee's assertion that "thousands" celebrated``, ``his call for “a total ban”``.

No reporting verb stands in such a sentence, yet the words after ``that``, ``for`` or ``to``
are the owner's: the owner (``her`` -> she, ``Lee's`` -> Lee) is the speaker. A claim or a call
of a named owner is a statement as it stands (:func:`possessive_claim`, read where the cue
noun is found); other speech nouns, and any owned by a pronoun, only with a quotation in what
follows (:func:`owned_statement`, tried when no cue found anything in the sentence): ``his
claim that he won`` alone is the reporter's summary, and the resolver's guess at "his" cost
more speakers than it found statements.
"""

from __future__ import annotations

import re

from .article import _Article, _Candidate, _make
from .content import _content_end
from .shared import MASK

_PRONOUN_OWNER = {"his": "he", "her": "she", "their": "they"}
_SPEECH_NOUN = (
    r"(?P<noun>remark|warning|claim|assertion|accusation|admission|suggestion|promise|pledge|"
    r"contention|insistence|argument|prediction|comment|call)\s+(?:that|for)\s+"
)
_OWNED_NOUN = re.compile(
    r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?P<s>[’']s)?\s+"
    r"(?:[a-z-]+\s+){0,2}?" + _SPEECH_NOUN
)
# the noun and its "that"/"for" alone, which every match of _OWNED_NOUN holds: found about
# four times faster than the owner before it, it rules out most sentences at once
_SPEECH_NOUN_ONLY = re.compile(_SPEECH_NOUN)
_NOUNS = frozenset(["claim", "claims", "call for", "calls for", "calls"])
# "Trump's", "Sen. Ann Lee's" and an optional adjective before the noun
_POSSESSOR = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']"
    r"s?\s+(?:(?:recent|latest|repeated|earlier|new|renewed|first)\s+)?$"
)
_SPACE = re.compile(r"\s+")
# what the claim or call says: "that …" (a claim), "for …", "to …" (a call)
_WHAT = re.compile(r"\s+(?:that\s+|(?=for\s)|(?=to\s+[a-z]))")


def owned_statement(art: _Article, s: int, e: int) -> _Candidate | None:
    """The content after ``<owner> [modifiers] <speech noun> that|for`` in ``[s, e)``,
    credited to the owner, when it holds a quotation."""
    masked = art.masked
    if not _SPEECH_NOUN_ONLY.search(masked, s, e):
        return None
    for m in _OWNED_NOUN.finditer(masked, s, e):
        owner = m.group("owner")
        if m.group("s"):
            mention = art.parse_speaker(owner)
        elif owner.lower() in _PRONOUN_OWNER:
            mention = art.parse(_PRONOUN_OWNER[owner.lower()])
        else:
            continue  # "the Trump remark that …": a capitalised word with no possessive
        start = m.end()
        if mention is None or masked.find(MASK, start, e) < 0:
            continue
        return _owned(art, start, e, m.group("noun"), "quote", mention, m.start())
    return None


def possessive_claim(art: _Article, s: int, e: int, cs: int, ce: int, word: str):
    """The statement of a possessed noun cue ``[cs, ce)`` (a claim, a call) in the sentence
    ``[s, e)``: the named possessor speaks, the clause or phrase after the noun is the
    content; None otherwise."""
    if word.lower() not in _NOUNS:
        return None
    owner = _POSSESSOR.search(art.masked, max(s, cs - 60), cs)
    what = (_SPACE if word.endswith(" for") else _WHAT).match(art.masked, ce, e)
    if owner is None or what is None:
        return None
    if word.startswith("claim") != art.masked.startswith(" that", ce):
        return None  # a claim says "that …", a call is "for …" or "to …"
    mention = art.parse(owner.group("name"))
    if mention is None:
        return None
    return _owned(art, what.end(), e, art.body[cs:ce], "object", mention, owner.start())


def _owned(art: _Article, start: int, e: int, cue: str, cls: str, mention, mpos: int):
    """The owner's statement from ``start`` to where its reported words end."""
    return _make(art, start, _content_end(art, start, e), cue, cls, mention, mpos)
