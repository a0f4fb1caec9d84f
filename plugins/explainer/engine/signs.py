"""What a sign, an email or a post reads: ``“I am still Sanders,” the sign read.``

"read" reports the words of a text only when its quotation stands right after the verb
(``the email reads: “…”``) or before its subject (``“…,” one message read``); ``Rubio read a
newspaper aloud so “…”`` reads something else, and after a possessive (``one of his recent
reads, “This Kind of War,”``) the word is a noun.
"""

from __future__ import annotations

import re

from .shared import MASK, POSSESSIVES

READ_FORMS = frozenset(["read", "reads"])
_QUOTE_NEXT = re.compile(r"[,:]?\s*" + MASK)
_QUOTE_BEFORE = re.compile(MASK + r"[,.!?]?\s+(?:[\w’'.-]+\s+){0,6}$")


def reads_a_quotation(masked: str, s: int, cs: int, ce: int) -> bool:
    """True when the cue "read(s)" at ``[cs, ce)`` in the sentence starting at ``s`` has its
    quotation next to it and no possessive before it."""
    before = masked[max(s, cs - 40) : cs].split()[-2:]
    if any(w.lower() in POSSESSIVES for w in before):
        return False
    return bool(_QUOTE_NEXT.match(masked, ce)) or bool(
        _QUOTE_BEFORE.search(masked, max(s, cs - 120), cs)
    )
