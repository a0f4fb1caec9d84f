"""Verdicts given with a naming verb and no quotation marks: ``Lee called the plan reckless``.

``Liu called the team's threat an empty threat`` names what the speaker judged something to
be, and so does an object with an adjective after it (``called him divisive``, ``calls
herself pro-choice``, ``called the ruling deeply unfair``); ``called the deal``, ``called an
official`` or ``called Lee on Monday`` name no verdict.
"""

from __future__ import annotations

import re

from .shared import _DETERMINERS, MASK

_CALLED_NP = re.compile(
    r"(?:it|him|her|them|this|that|(?:the|his|her|their|its|this|that|[A-Z][\w’'-]*[’']s)\s"
    r"(?:(?!\b(?:for|than|after|before|since|when|with)\b)[^,.;:" + MASK + r"]){0,60}?)"
    r"\s(?:a|an)\s(?!(?:day|week|month|year|few|second|couple|"
    r"number|lot|time|taxi|cab|meeting|vote|halt|press|news|hearing|doctor|lawyer)\b)[a-z]"
)
_ENDINGS = ("al", "ic", "ous", "ive", "ful", "less", "ish", "ent", "ant", "able", "ible")
# words with those endings that are nouns after a noun ("the chief executive")
_NOUNS = frozenset(
    ["executive", "executives", "representative", "representatives", "relative", "relatives",
     "alternative", "initiative", "detective", "objective", "official", "officials", "capital",
     "trial", "rival", "rivals", "general", "generals", "criminal", "criminals", "individual",
     "individuals", "president", "resident", "residents", "agent", "agents", "client",
     "clients", "student", "students", "parent", "parents", "tenant", "tenants", "servant"]
)
# what may follow the adjective and still end the verdict ("called it unfair to voters")
_AFTER = frozenset(["and", "but", "because", "for", "to", "in", "on", "at", "after", "when"])
_OBJECT_WORDS = 7
_PARTICLES = frozenset(["off", "out", "up", "back", "in", "and", "or"])


def names_a_verdict(masked: str, start: int, end: int) -> bool:
    """True when what follows a naming verb (``masked[start:end]``) says what the speaker
    judged its object to be: ``X a Y`` or ``X ADJECTIVE``."""
    return bool(_CALLED_NP.match(masked, start, end)) or _called_adjective(masked, start, end)


def _called_adjective(masked: str, start: int, end: int) -> bool:
    """An object of at most seven words and an adjective that closes the phrase."""
    words = masked[start:end].split()
    if not words or words[0].lower() in _PARTICLES:
        return False  # "called off the deal", "calling out critics": no object named
    for k in range(1, min(len(words), _OBJECT_WORDS + 1)):
        word = words[k]
        bare = word.rstrip(",.;:")
        closes = word != bare or k + 1 == len(words) or words[k + 1].lower() in _AFTER
        if closes and _adjective(bare) and words[k - 1].lower() not in _DETERMINERS:
            return True
        if word != bare:
            return False  # the object ended without a verdict
    return False


def _adjective(word: str) -> bool:
    """``divisive``, ``unqualified``, ``pro-choice``: a lower-case word that reads as one."""
    if len(word) < 4 or not word[:1].islower() or word in _NOUNS:
        return False
    if "-" in word[1:-1]:
        return word.replace("-", "").isalpha()
    if not word.isalpha():
        return False
    return word.endswith(_ENDINGS) or word.startswith("un") and word.endswith("ed")
