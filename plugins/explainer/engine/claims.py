"""A claim or a call named by its owner: ``Trump's claims that his net worth exceeds $10
billion``, ``Pence's call for a special prosecutor``, ``Obama's calls for tighter gun control``.

The cue is a noun after a possessive (so :func:`explainer.engine.reported._is_noun_or_infinitive`
reads it as no verb), but the possessor is the one who claimed or called for something, and
what follows ("that …", "for …", "to …") is what was said, without quotation marks.
"""

from __future__ import annotations

import re

from .article import _Article, _make
from .content import _content_end

_NOUNS = frozenset(["claim", "claims", "call for", "calls for", "calls"])
# "Trump's", "Sen. Ann Lee's" and an optional adjective before the noun ("his call" is left
# out: the resolver's guess at "his" cost more speakers than it found statements)
_POSSESSOR = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']"
    r"s?\s+(?:(?:recent|latest|repeated|earlier|new|renewed|first)\s+)?$"
)
_SPACE = re.compile(r"\s+")
# what the claim or call says: "that …" (a claim), "for …", "to …" (a call)
_WHAT = re.compile(r"\s+(?:that\s+|(?=for\s)|(?=to\s+[a-z]))")


def possessive_claim(art: _Article, s: int, e: int, cs: int, ce: int, word: str):
    """The statement of a possessed noun cue ``[cs, ce)`` in the sentence ``[s, e)``: the
    possessor speaks, the clause or phrase after the noun is the content; None otherwise."""
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
    start = what.end()
    return _make(
        art, start, _content_end(art, start, e), art.body[cs:ce], "object", mention, owner.start()
    )
