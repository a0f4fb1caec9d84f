"""A quotation reported by a noun its speaker owns: ``over her remark that “there is …”``,
``Lee's assertion that "thousands" celebrated``, ``his call for “a total ban”``.

No reporting verb stands in such a sentence, yet the quoted words are the owner's: the
owner (``her`` -> she, ``Lee's`` -> Lee) is the speaker and what follows ``that`` or ``for``
is the content. Only with a quotation in that content: ``his claim that he won`` alone is
the reporter's summary.
"""

from __future__ import annotations

import re

from .article import _Article, _Candidate, _make
from .content import _content_end
from .shared import MASK

_PRONOUN_OWNER = {"his": "he", "her": "she", "their": "they"}
_OWNED_NOUN = re.compile(
    r"\b(?P<owner>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?P<s>[’']s)?\s+"
    r"(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>remark|warning|claim|assertion|accusation|admission|suggestion|promise|pledge|"
    r"contention|insistence|argument|prediction|comment|call)\s+(?:that|for)\s+"
)


def owned_statement(art: _Article, s: int, e: int) -> _Candidate | None:
    """The content after ``<owner> [modifiers] <speech noun> that|for`` in ``[s, e)``,
    credited to the owner, when it holds a quotation."""
    masked = art.masked
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
        return _make(
            art, start, _content_end(art, start, e), m.group("noun"), "quote", mention, m.start()
        )
    return None
