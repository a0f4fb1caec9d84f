"""Transcript turns: ``TAPPER: Do you think he has campaigned as a healer?``

Interviews, debates and hearings are printed as turns, each paragraph opening with the
speaker's name in capitals and a colon, with no quotation marks and no reporting verb, so no
other rule finds them; yet a turn is exactly what a reader wants on a card, and a question
and its answer are an exchange. A label is a speaker only when it names a person: a first
name and a surname (``KATE BOULDUAN:``) or the surname of someone the article names in full
(``FALLIN:`` after "Gov. Mary Fallin"). Page furniture in capitals (``UPDATE:``,
``CORRECTION:``, ``BREAKING:``, ``EXCLUSIVE:``) names nobody and is left alone.
"""

from __future__ import annotations

import re

from .article import _Article, _Candidate
from .mentions import FIRST
from .shared import _trim_end

# a paragraph that opens with one to three words in capitals and a colon
_LABEL = re.compile(r"([A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):[ \t]+(?=\S)")


def transcript_turns(art: _Article) -> list[_Candidate]:
    """One statement per turn: the paragraph after its label, said by the person named."""
    if ":" not in art.body:
        return []
    out = []
    for para in art.paragraphs:
        m = _LABEL.match(art.masked, para.start, para.end)
        if m is None:
            continue
        words = m.group(1).title().split()
        if not _names_a_person(art, words):
            continue
        mention = art.parse(" ".join(words))
        if mention is None or mention.kind != "person":
            continue
        end = _trim_end(art.body, m.end(), para.end)
        if end > m.end():
            out.append(_Candidate(m.end(), end, ":", mention, m.start(), cue_pos=m.end(1)))
    return out


def _names_a_person(art: _Article, words: list[str]) -> bool:
    """``Kate Boulduan`` (a first name, then a surname) or ``Fallin`` (the surname of
    someone named in full in the article); not ``Update``, ``Stat Of The Week``."""
    if len(words) > 1:
        return words[0].lower() in FIRST
    return words[0].lower() in art.surnames()
