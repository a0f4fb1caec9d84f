"""A question put by someone the sentence does not name: ``Asked whether …, X said …``.

``Asked if she would run, Clinton said no`` and ``“Absolutely,” he said when asked if that
remains his view`` report a question as well as an answer. The answer is the named
speaker's; the question belongs to whoever asked it, which the article names only in
``asked by Stephanopoulos whether …`` and otherwise leaves unsaid, so the card says so
("an unnamed questioner") instead of giving the question to the one who answered it.
"""

from __future__ import annotations

import re

from .article import _Article, _make
from .mentions import Mention
from .shared import MASK, _trim_end

# after "asked": an optional asker ("by Matt Lauer"), an optional time or place ("on Fox
# News", "in May", "during a luncheon"), then the question or request itself
_QUESTION = re.compile(
    r"(?:\s+by\s+(?P<asker>[^,;:" + MASK + r"]{2,60}?))?"
    r"(?:\s+(?:on|in|during|at|after|last|earlier|again)\s+[^,;:" + MASK + r"]{1,60}?)?"
    r"(?:\s+(?P<wh>whether|if|how|why|what|who|which|about|to)\s|[,:]?\s*(?=" + MASK + "))"
)
# what may stand before the cue: nothing ("Asked …"), a subordinator ("…, he said when
# asked") or a passive's auxiliary ("Trump was asked whether …", "she was once asked")
_OPENS = re.compile(
    r"(?:^|\b(?i:when|after|once|if|before|while)|\b(?:was|were|is|are|been|being|be)"
    r"(?:\s+(?:also|once|later|then|repeatedly|again|first|even|never))?)\s*$"
)
_TOLD_WHEN = re.compile(
    r"\btold\s+(?P<asker>(?:the\s+)?[A-Z][^,;:" + MASK + r"]{1,60}?)"
    r"(?:\s+(?:on|in|at|last|this|during)\s[^,;:" + MASK + r"]{1,40}?)?\s+when\s+$"
)
_CLAUSE_END = re.compile(r"[,;]")
_QUOTE_COMMA = re.compile(r",[”\"]")
UNNAMED_ASKER = Mention("group", "an unnamed questioner", "an unnamed questioner")


def passive_question(art: _Article, s: int, e: int, cs: int, ce: int, word: str):
    """``Trump was asked whether …``: the passive names no asker (or names one after
    ``by``), so the question goes to them or to an unnamed questioner."""
    if word != "asked":
        return None
    return asked_unnamed(art, s, e, cs, ce, word)


def asked_unnamed(art: _Article, s: int, e: int, cs: int, tail: int, cue: str):
    """The question of ``Asked whether …`` / ``when asked by a reporter if …``, credited to
    the asker the sentence names after ``by`` or to an unnamed questioner; None when the cue
    has a subject of its own (``Todd asked Pence whether …``) or no question follows.

    ``Asked if the plan would pass, Lee said no.`` gives "if the plan would pass" to an
    unnamed questioner; the content stops at the comma that ends the participle clause."""
    if not _OPENS.search(art.masked[s:cs]):
        return None
    m = _QUESTION.match(art.masked, tail, e)
    if m is None:
        return None
    if m.group("wh"):
        start = m.start("wh")
        end = _trim_end(art.body, start, _question_end(art, start, e))
    else:  # the question in quotation marks: 'Lee was asked, “Will you run?”'
        start = m.end()
        end = art.chain_end[art.quote_at(start).chain]
    mention, mpos = _asker(art, s, cs, m)
    cand = _make(art, start, end, cue, "object", mention, mpos)
    if cand is not None:
        cand.question = True
    return cand


def _asker(art: _Article, s: int, cs: int, m: re.Match) -> tuple[Mention, int]:
    """Who asked: the name after ``by`` (``asked by Matt Lauer whether …``), the addressee
    of a ``told`` just before (``Rubio told The Weekly Standard when asked if …``: the
    paper asked), else an unnamed questioner."""
    told = _TOLD_WHEN.search(art.masked, s, cs)
    for found in (m if m.group("asker") else None, told):
        if found is None:
            continue
        named = art.parse_speaker(found.group("asker"))
        if named is not None and named.kind != "pronoun":
            return named, found.start("asker")
    return UNNAMED_ASKER, cs


def _question_end(art: _Article, start: int, e: int) -> int:
    """The comma closing the participle clause, which may sit inside a quotation's marks:
    ``Asked why he would not endorse her on “This Week,” Sanders said …``."""
    ends = [m.end() for m in (_QUOTE_COMMA.search(art.body, start, e),) if m]
    ends += [m.start() for m in (_CLAUSE_END.search(art.masked, start, e),) if m]
    return min(ends, default=e)
