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
from .opening import main_clause_at
from .shared import _SPLIT_QUOTE, _WORD, MASK, _trim_end

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


# a sentence opening with a subordinate clause: "When Trump said he would …, the crowd …"
_SUBORDINATE = re.compile(
    r"(?:When|Whenever|After|Before|Because|If|While|Although|Though|Even though|Since|Once|"
    r"Until|Unless|Whereas)\s"
)


_CLAUSE_COMMA = re.compile(r",(?=\s)")


def subordinate_end(art: _Article, s: int, start: int, end: int) -> int:
    """``When Trump said he would “protect our citizens,” the crowd applauded``: a cue inside
    the subordinate clause that opens the sentence reports up to the comma that closes that
    clause (a bare one, or one inside a quotation's closing mark); the main clause after it is
    the reporter's."""
    masked = art.masked
    if not _SUBORDINATE.match(masked, s) or "," in masked[s:start]:
        return end
    comma = next((c for c in _CLAUSE_COMMA.finditer(masked, start, end)  # not "2,400"
                  if main_clause_at(masked, c.end(), end)), None)  # not ", which …,"
    cut = comma.start() if comma else end
    pos = masked.find(MASK, start, cut)
    while pos >= 0:
        q = art.quote_at(pos)
        if q is None or art.chain_end[q.chain] >= cut:
            break
        if art.body[art.chain_end[q.chain] - 2] == ",":
            cut = art.chain_end[q.chain]
            break
        pos = masked.find(MASK, art.chain_end[q.chain], cut)
    if cut < end and len(_WORD.findall(art.body, start, cut)) >= 2:
        return _trim_end(art.body, start, cut)
    return end
