"""A statement announced before its quotation: ``Trump issued the following statement:``.

``When Wallace died, President Clinton released the following statement:`` ends its paragraph
and the quotation that opens the next one is Clinton's: no reporting verb stands in the
sentence, so without this rule the quotation went to a name inside it (Wallace) or to
whoever spoke last.
"""

from __future__ import annotations

import re

from .article import _Article, _Candidate
from .quote_rules import quote_after_colon
from .subjects import _np_before

_ISSUED = re.compile(
    r"\b(?P<verb>(?:issued|released|put\s+out|posted|sent(?:\s+out)?|tweeted)\s+(?:the\s+following|"
    r"this|a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|tweet|email|e-mail|response|note)):\s*$"
)


def issued_statement(art: _Article, s: int, e: int) -> _Candidate | None:
    """The quotation after ``X issued the following statement:`` (here or opening the next
    paragraph), credited to the subject before the verb."""
    if not art.masked[max(s, e - 3) : e].rstrip().endswith(":"):
        return None  # the cheap test first: the sentence ends with its colon
    m = _ISSUED.search(art.masked, s, e)
    if m is None:
        return None
    found = _np_before(art, s, m.start("verb"))
    if found is None or found[0] is None or found[0].kind not in ("person", "group", "role"):
        return None
    q = quote_after_colon(art, m.end(), e)
    if q is None:
        return None
    mention, mpos = found
    return _Candidate(q.start, art.chain_end[q.chain], m.group("verb"), mention, mpos)
