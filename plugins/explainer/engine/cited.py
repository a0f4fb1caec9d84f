"""Quotations a round-up cites by a bracketed source after them.

News round-ups (morning e-mails, poll digests) quote a line of another outlet's story and
close the paragraph with its name in brackets: ``HOW FERRIES PAY “Fares cover half the
cost of a crossing, the rest comes from the county.” [Harbor Gazette.]``. No reporting verb
stands near the quotation, but the bracket says whose words they are.
"""

from __future__ import annotations

import re

from .article import _Article
from .mentions import Mention
from .quotes import Quote

# "[Harbor Gazette.]" / "[Pew.]" closing the paragraph, right after the quotation
_BRACKETED_SOURCE = re.compile(r"[ \t\xa0]*\[(?P<name>[A-Z][^\]\n]{0,40}?)\.?\][ \t\xa0]*$")


def cited_source(art: _Article, q: Quote) -> tuple[Mention, int] | None:
    """``(mention, position)`` of the bracketed source that closes the paragraph right after
    the quotation ``q``, when only a headline in capitals stands before the quotation in
    its paragraph (in "Lee said the fares had “no future.” [Gazette.]" Lee speaks); or
    None."""
    if any(ch.islower() for ch in art.body[art.paragraphs[q.paragraph].start : q.start]):
        return None
    end = art.chain_end[q.chain]
    para_end = art.paragraphs[art.paragraph_number(end - 1) - 1].end
    m = _BRACKETED_SOURCE.match(art.body, end, para_end)
    if m is None or m.end() != para_end:
        return None
    mention = art.parse(m.group("name"))
    if mention is None or mention.kind == "pronoun":
        return None
    return mention, m.start("name")
