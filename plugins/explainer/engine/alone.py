"""Where a capitalised word stands alone in an article: a surname or a first name used by
itself ("Christie said", "Mr. Christie"), for :class:`explainer.engine.resolver.Resolver`.

The article's capitalised words are indexed in one pass (:func:`capitalised_words`), so each
name's places are looked up rather than each name searched for through the whole body."""

from __future__ import annotations

import re

from .mentions import FIRST
from .shared import _RUN_NOISE

# a capital, then letters and digits: a word runs to the first character that is neither,
# as the edges in _stands_alone do
_CAPITALISED = re.compile(r"[A-Z][^\W_]*")
FIRST_NAMES = frozenset(n.capitalize() for n in FIRST)


def capitalised_words(body: str) -> dict[str, list[int]]:
    """Offsets of the capitalised words in ``body``, by word, in order. Every word of letters
    and digits that opens with A-Z is here, whole (and some that do not stand alone, such as
    "Phone" in "iPhone", which :func:`alone` rejects)."""
    index: dict[str, list[int]] = {}
    for m in _CAPITALISED.finditer(body):
        index.setdefault(m.group(), []).append(m.start())
    return index


def alone(body: str, word: str, capitalised: dict[str, list[int]]) -> list[int]:
    """Offsets where the capitalised ``word`` stands alone: not inside a longer word and not
    beside another capitalised word ("Christie said", "Mr. Christie", but not "Chris
    Christie" or "Christie Foundation"); after a full stop or an abbreviation ("Sen."), a
    comma or a word that opens sentences ("But", "The") it still stands alone.

    ``capitalised``: :func:`capitalised_words` of ``body``; a word that is not one run of
    letters and digits opening with A-Z ("O’Brien", "Ángel") is searched for instead."""
    n = len(word)
    if word.isalnum() and "A" <= word[0] <= "Z":
        places = capitalised.get(word, [])
    else:
        places = _occurrences(body, word)
    return [i for i in places if _stands_alone(body, i, i + n)]


def _occurrences(body: str, word: str) -> list[int]:
    """Where ``word`` occurs in ``body``, each occurrence searched for after the last."""
    out = []
    i = body.find(word)
    while i >= 0:
        out.append(i)
        i = body.find(word, i + len(word))
    return out


def _stands_alone(body: str, i: int, j: int) -> bool:
    """The word at ``body[i:j]`` stands alone (see :func:`alone`)."""
    before = body[i - 1] if i else " "
    after = body[j : j + 2]
    next_char = after[:1]
    if (
        before.isalnum()
        or before in "-’'"
        or next_char.isalnum()
        or next_char == "-"
        or next_char == " " and after[1:].isupper()
        or next_char in "’'" and after[1:].isalpha() and after[1:] != "s"  # "Don’t"
    ):
        return False
    if before != " ":
        return True
    k = i - 1
    while k > 0 and body[k - 1] == " ":
        k -= 1
    # the word before starts after the last space or line break; a line break is looked for
    # after that space only, not back through the whole text
    space = body.rfind(" ", 0, k)
    start = max(space, body.rfind("\n", space + 1, k)) + 1
    prev = body[start:k]
    return (
        not prev[:1].isupper()
        or prev.endswith((".", ",", ";", ":"))  # "in Salem, New Hampshire, Trump"
        or prev in _RUN_NOISE
    )
