"""Inverted cues: ``“…,” said X.`` and ``…, says Y, a spokesman.``

The speaker follows the verb: up to a comma, the sentence end or a quotation, or the words
that read as a name (``said Cruz constituent Dan Golvach when asked …``); a role followed by
a name set off by commas is that person (``said the company's chief executive, John J.
Ferriola``).
"""

from __future__ import annotations

import re

from .article import _Candidate, _make
from .mentions import Mention
from .shared import _SPLIT_QUOTE, _STOP_BACK, MASK, _trim_end

_WORDS_AFTER = re.compile(r"[^\s,;:()" + MASK + r"]+")
_INVERTED_STOP = frozenset(
    _STOP_BACK
    | {"when", "who", "which", "adding", "noting", "after", "according", "whose", "where"}
)
_ABBREV_END = re.compile(r"(?:\b[A-Z]|Jr|Sr|Inc|Co|Corp|Ltd|St)\.$")
_QUOTE_LED_INV = re.compile(r"[\s(]*" + MASK + r"+[\s,]*$")
# the speaker after an inverted cue: up to a comma, the sentence end or a quotation
_INVERTED_NP = re.compile(
    r"\s+((?:[^,.!?;:" + MASK + r"]|\.(?= ?[A-Za-z]))+?)\s*(?:,[^" + MASK + r"]*?)?"
    r"(?=[.!?]*\s*$|,\s*" + MASK + ")"
)
_SPACES = re.compile(r"\s+")
_QUOTE_IN_PARENS = re.compile(r"\(\s*(" + MASK + r"+)[\s,]*$")
_BEFORE_WHO = re.compile(r"\s+(?:the|an?)\s+[^,;:" + MASK + r"]{1,40}?\s+who\s")


def _np_after(masked: str, tail: int, e: int) -> tuple[int, int] | None:
    """``said Cruz constituent Dan Golvach when asked …``: the name words after the cue, as
    offsets from ``tail``."""
    words = list(_WORDS_AFTER.finditer(masked[tail:e]))
    n = 0
    for w in words:
        low = w.group().lower()
        gap = masked[tail + words[n - 1].end() : tail + w.start()] if n else ""
        if low in _INVERTED_STOP or (n and gap.strip()):
            break
        n += 1
        if n > 8:
            return None
    if not n:
        return None
    phrase = masked[tail + words[0].start() : tail + words[n - 1].end()]
    if phrase.endswith(".") and not _ABBREV_END.search(phrase):
        phrase = phrase[:-1]
    # the phrase right after the spaces that follow the cue (a string test, not a pattern
    # compiled for each phrase)
    spaces = _SPACES.match(masked, tail, e)
    if spaces is None or not masked.startswith(phrase, spaces.end(), e):
        return None
    return spaces.end() - tail, spaces.end() - tail + len(phrase)


# ", John J. Ferriola." / ", James B. Comey, on Monday" / ", Oleg Voloshyn, who …" / ", Ann
# B. Pike of the law firm …": a full name set off by commas after a role
_APPOSED_AFTER = re.compile(
    r",\s+((?:[A-Z][\w’'-]*\.?\s+){1,3}[A-Z][\w’'-]*)(?=\s*(?:[,.;]|$)|\s+(?:who|on|in|of|at)\b)"
)


def _apposed_name(art, masked: str, start: int, end: int) -> tuple[Mention, int] | None:
    """The person a role after an inverted cue is named as: in "said the company's chief
    executive, John J. Ferriola." the speaker is Ferriola, not "the company's chief
    executive". Only a name of two words or more: a lone capitalised word after a comma is
    as often a place ("said the mayor, Chicago's …")."""
    found = _APPOSED_AFTER.match(masked, start, end)
    if not found:
        return None
    mention = art.parse(found.group(1))
    if mention is None or mention.kind != "person" or " " not in mention.name:
        return None
    return mention, found.start(1)


def _inverted(art, s, e, cs, tail, cue, cls) -> _Candidate | None:
    """``“…,” said X.`` / ``…, says X, a spokesman.``"""
    masked = art.masked
    m = _INVERTED_NP.match(masked[tail:e])
    # offsets from tail: the speaker's words and the end of what was matched
    found = (m.start(1), m.end(1), m.end()) if m else None
    mention = art.parse(m.group(1)) if m else None
    if mention is not None and mention.kind in ("group", "role"):
        named = _apposed_name(art, masked, tail + m.end(1), e)
        if named is not None:
            mention, at = named
            found = (at - tail, at - tail + len(mention.text), m.end())
    if mention is None and (
        _QUOTE_LED_INV.match(masked, s, cs) or _BEFORE_WHO.match(masked, tail, min(e, tail + 80))
    ):
        # "…, said a handful of Democrats who pointed to …": the words before "who"
        span = _np_after(masked, tail, e)
        found = (*span, span[1]) if span else None
        mention = art.parse(masked[tail + span[0] : tail + span[1]]) if span else None
    if mention is None or mention.kind == "pronoun" and mention.name == "i":
        return None
    pre = masked[s:cs].rstrip()
    end = s + len(pre) - (1 if pre.endswith(",") else 0)
    aside = _QUOTE_IN_PARENS.search(pre)
    if aside:  # "… blowback (“I want my dues back,” wrote Ann Lee)": the quotation is it
        s += aside.start(1)
    name_start, _name_end, matched_end = found
    split = _SPLIT_QUOTE.match(masked, tail + matched_end, e)
    if split and split.end() - 1 >= tail + matched_end:
        q = art.quote_at(split.end() - 1)
        if q is not None:
            end = art.chain_end[q.chain]
    return _make(art, s, _trim_end(art.body, s, end), cue, cls, mention, tail + name_start)
