"""Content words of a statement, lightly stemmed: what two statements can share.

Used by pairing (evidence that one statement answers another) and by topic labels.
"""

from __future__ import annotations

import functools
import re

from .sides import word_set

NUMBER = r"\d[\d,.]*\d|\d"

STOP = word_set("""
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

_LOWER_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_NUMBER = re.compile(NUMBER)


def content_stems(text: str) -> list[str]:
    """Content words of ``text``, stop words removed, lightly stemmed so that 'immigrants'
    and 'immigration' or 'policies' and 'policy' meet; numbers too ('$7 a month' answered
    by '$7 a month'), which are among the surest signs of one statement quoting another."""
    numbers = [n.replace(",", "") for n in _NUMBER.findall(text)]
    return list(filter(None, map(_content_stem, _LOWER_WORD.findall(text.lower())))) + numbers


@functools.lru_cache(maxsize=1 << 16)
def _content_stem(word: str) -> str:
    """The stem of a lower-case word, or "" for a stop word or one of two letters (pairing
    reads the words of every statement, and words repeat: remembered)."""
    if word in STOP or len(word) <= 2:
        return ""
    stemmed = stem(word)
    return "" if stemmed in STOP else stemmed


_POSSESSIVE_END = re.compile(r"['’]s$")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """Crude suffix stripping plus truncation: enough to match inflections within a story.
    (Pure and called for every word of every statement: remembered.)"""
    word = _POSSESSIVE_END.sub("", word)
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix in ("ing", "ed", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]
