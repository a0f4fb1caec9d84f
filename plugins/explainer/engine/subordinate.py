"""Where a cue of a subordinate clause inside the sentence stops: at the comma before the
main clause that follows it.

``The chairman is opposed, and while he said he'd hold a hearing, it's unlikely to …``: what
the chairman said ends at the comma, because a subject and its verb (``it's unlikely``) open
the main clause after it. :mod:`explainer.engine.opening` does the same for a subordinate
clause that opens the sentence; this module is for one that starts after a comma or a
conjunction.
"""

from __future__ import annotations

import re

from .opening import main_clause_at
from .shared import _WORD, _trim_end

_INNER_SUBORDINATOR = re.compile(
    r"(?:,|\band|\bbut)\s+(?:while|although|though|when|if|as|because|after|before|since|"
    r"whereas|once|unless)\s+$"
)
_CLAUSE_COMMA = re.compile(r",(?=\s)")
# "the Islamic State, or ISIS, has used …": a verb right after the comma has its subject before
_VERB_NEXT = re.compile(r"\s+(?:has|have|had|is|was|are|were|will|would|can|could|did|does)\b")


def inner_clause_end(art, s: int, mpos: int, start: int, end: int, e: int) -> int:
    """The end of the content ``[start, end)`` whose speaker at ``mpos`` opens a subordinate
    clause inside the sentence ``[s, e)``: the comma before the main clause, else ``end``."""
    masked = art.masked
    if not _INNER_SUBORDINATOR.search(masked, max(s, mpos - 40), mpos):
        return end
    cut = next(
        (c.start() for c in _CLAUSE_COMMA.finditer(masked, start, end)
         if main_clause_at(masked, c.end(), e) and not _VERB_NEXT.match(masked, c.end())),
        end,
    )
    if cut < end and len(_WORD.findall(art.body, start, cut)) >= 2:
        return _trim_end(art.body, start, cut)
    return end
