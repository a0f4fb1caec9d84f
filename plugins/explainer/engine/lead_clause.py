"""The clause that a short quotation ends, before a trailing cue.

``The bill's failure was "heartbreaking," she said.``: the speaker's statement is the whole
clause, of which the quotation is only the last words; without the clause the quoted words
("heartbreaking") say nothing. A quotation of more words (``“We will win this state,” she
said``) stands alone, and so does one after a comma, a colon, a dash, another quotation or a
cue of its own (``Clinton says Americans are “right to be angry,” …``).
"""

from __future__ import annotations

import re

from .article import _Article
from .cues import has_cue
from .shared import _SPLIT_QUOTE, _WORD, MASK

# at most this many words in the quotation; at least this many before it
_MAX_QUOTED = 6
_MIN_LEAD = 3
# the clause may open after a conjunction that joins it to an earlier one
_CONJ = re.compile(r"[,;]\s+(?:and|but|while|so)\s+")
_BREAKS = (",", ":", ";", "—", "–", " - ", ". ", MASK)


def clause_start(art: _Article, s: int, start: int, end: int, tail: int, e: int) -> int:
    """Where the content of a trailing cue starts: ``s`` (the sentence's start, or the
    clause's after ", and") when the quotation ``[start, end)`` is short and ends it, else
    ``start``. ``tail``: the end of the cue; ``e``: the end of the sentence (a split quotation
    after the cue, ``…,” she said, “…”``, keeps the quotation alone)."""
    if start <= s:
        return start
    for m in _CONJ.finditer(art.masked, s, start):
        s = m.end()  # "…, and the group is less likely to be “overrun,” Hoover said"
    lead = art.masked[s:start]
    if (
        any(b in lead for b in _BREAKS)
        or lead.rstrip().endswith(".")
        or len(lead.split()) < _MIN_LEAD
        or len(_WORD.findall(art.body, start, end)) > _MAX_QUOTED
        or has_cue(lead)
        or _SPLIT_QUOTE.match(art.masked, tail, e)
    ):
        return start
    return s


# "… a “total opportunist” and said “…”": a second verb of the clause's subject after a
# quotation, not the speaker of a split quotation ("“A,” she said, “B.”")
AND_AFTER_QUOTE = re.compile(r"\s+(?:and|but)(?:\s+(?:then|also|later))?\s*$")
