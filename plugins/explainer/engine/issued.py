"""A statement announced before its quotation: ``Trump issued the following statement:``.

``When Wallace died, President Clinton released the following statement:`` ends its paragraph
and the quotation that opens the next one is Clinton's: no reporting verb stands in the
sentence, so without this rule the quotation went to a name inside it (Wallace) or to
whoever spoke last. Likewise any clause of a person's that a colon ends (``Ruiz called them
out on it:``, ``Lee was seen lecturing:``) announces the quotation after it.
"""

from __future__ import annotations

import re

from .article import _Article, _Candidate
from .mentions import Mention
from .quote_rules import quote_after_colon
from .shared import MASK
from .subjects import _np_before, _sentence_subject

_ISSUED = re.compile(
    r"\b(?P<verb>(?:issued|released|put\s+out|posted|sent(?:\s+out)?|tweeted)\s+(?:the\s+following|"
    r"this|a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|tweet|email|e-mail|response|note))"
    r"(?::\s*$|[:,]\s*(?=" + MASK + "))"  # the colon ends the sentence, or the quotation follows
)


def issued_statement(art: _Article, s: int, e: int) -> _Candidate | None:
    """The quotation after ``X issued the following statement:`` (here or opening the next
    paragraph) or ``X issued a statement, “…”``, credited to the subject before the verb."""
    if art.masked.find(MASK, s, e) < 0 and not art.masked[max(s, e - 3) : e].rstrip().endswith(":"):
        return None  # the cheap test first: a quotation, or the sentence ends with its colon
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


_CLAUSE_COLON = re.compile(r"[^:;" + MASK + r"]{3,200}?:[ \t]*(?=" + MASK + r"|$)")


def colon_clause_quote(art: _Article, s: int, e: int) -> _Candidate | None:
    """``Ruiz called them out on it:`` then a quotation (here or opening the next paragraph):
    a clause of a person's that a colon ends introduces what the person said, whatever its
    verb (``is seen lecturing:``, ``could only quip:``)."""
    m = _CLAUSE_COLON.match(art.masked, s, e)
    if m is None:
        return None
    mention, mpos = _sentence_subject(art, s, m.end())
    if mention is None or not _known_speaker(art, mention):
        return None
    q = quote_after_colon(art, m.end(), e)
    if q is None:
        return None
    return _Candidate(q.start, art.chain_end[q.chain], ":", mention, mpos)


def _known_speaker(art: _Article, mention: Mention) -> bool:
    """He, she, or a person named in full or by the surname of someone named in full: a
    capitalised word opening the sentence ("Transcript as follows:", "Article 33 affirms:",
    "Here’s Lee in 1992:") is no speaker."""
    if mention.kind == "pronoun":
        return mention.name in ("he", "she")
    words = mention.text.split()
    if mention.kind != "person" or words[0].endswith(("’s", "'s")):
        return False
    return len(words) > 1 or mention.name.lower() in art.surnames()

