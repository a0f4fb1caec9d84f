"""Sentences whose quotation is credited without a reporting cue in the usual shape.

Tried when no cue of the sentence gave a statement: ``Said Comey, “…”`` (the cue opens the
sentence), ``Gallup's Jeffrey M. Jones: “…”`` (a name and a colon), ``Trump mocked Rubio for
“having a tough night”`` (a quoted phrase after any verb of a person), and ``“Would it be
negotiable?” Hannity pressed.`` (a quotation, a name and any past-tense verb). Also the
quotation after a sentence of a name and a cue alone (``Sam Lau said in a statement. “…”``).
"""

from __future__ import annotations

import bisect
import re

from .article import _Article, _Candidate, _make
from .content import _content_end
from .openers import _subject_start
from .quotes import Quote
from .shared import _ASKS_OR_EXCLAIMS, _RUN_NOISE, MASK, _skip_space, _trim_end

_SUBJECT_VERB = re.compile(
    r"((?:He|She|They)|(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*(?<![’']s)"
    r"(?:\s+(?:campaign|administration|spokesman|spokeswoman|aides?|allies|supporters))?)\s+"
    r"(?:(?:also|later|then|repeatedly|once|again|has|had|have)\s+)?"
    r"((?!was\b|is\b|has\b|had\b|does\b|his\b|this\b|its\b|as\b|us\b)[a-z]+(?:ed|s))\s"
)
_NAME_COLON = re.compile(
    r"(?:^|(?<=[\s(]))((?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*)\s*:\s*(?=" + MASK + r"|$)"
)
_WRITER_AT = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*),?\s+writ(?:ing|es)\s+(?:at|for|in|on)\s+$"
)
_ADDRESSEE = re.compile(r"(?<![Aa]ccording )\b(?:to|for|with|at|about|against|on)\s+$")
_ENDS_COLON = re.compile(r"[^.;" + MASK + r"]*:\s*")
# "Said Dorothy Poynter, who grew up here, “…”": the cue opens the sentence
_SAID_FIRST = re.compile(
    r"(?:Said|Says|Added|Asked|Wrote)\s+([^,;:" + MASK + r"]{2,80}?)\s*"
    r"(?:,\s*(?:who|a|an|the)\b[^;:" + MASK + r"]{0,120}?)?[,:]\s*(?=" + MASK + ")"
)


def _said_first(art: _Article, s: int, e: int) -> _Candidate | None:
    """``Said Comey, “…”``: an inverted cue opening the sentence, the speaker, the quote."""
    m = _SAID_FIRST.match(art.masked, s, e)
    if not m:
        return None
    mention = art.parse_speaker(m.group(1))
    if mention is None or mention.kind == "pronoun":
        return None
    q = art.quote_at(m.end())
    if q is None:
        return None
    cue = art.body[s : s + len(m.group().split()[0])]
    return _Candidate(q.start, art.chain_end[q.chain], cue, mention, m.start(1), cue_pos=s)


_QUOTE_THEN_VERB = re.compile(
    r"[\s(]*(" + MASK + r"+)[\s,]*([^\s,;:" + MASK + r"][^,;:" + MASK + r"]{0,60}?)\s+"
    r"([a-z]{3,}ed|shot|fired|hit|struck)(?:\s+(?:back|up|in|out|again|[a-z]+ly))?[\s.!?]*"
)


def _quote_then_any_verb(art: _Article, s: int, e: int) -> _Candidate | None:
    """``“This would be a fine plan,” Hannity pressed.``: a sentence that is only a quotation,
    a name and a past-tense verb credits the quotation to the name, whatever the verb (after
    ``?”`` the sentence ends at the quotation: :func:`_name_verb_after_quote`)."""
    found = _person_and_verb(art, _QUOTE_THEN_VERB, s, e, 2)
    if found is None:
        return None
    m, mention = found
    q = art.quote_at(m.start(1))
    if q is None:
        return None
    start = art.chain_start[q.chain]
    return _Candidate(
        start, art.chain_end[q.chain], m.group(3), mention, m.start(2), cue_pos=m.start(3)
    )


def _person_and_verb(art: _Article, pattern: re.Pattern, s: int, e: int, name: int):
    """``pattern`` matching the whole sentence ``[s, e)``, and the person (or he/she) its group
    ``name`` names, or None: the rules that credit a quotation whatever the verb take only a
    person, never a thing (``“Too forced?” The plan collapsed.``)."""
    m = pattern.fullmatch(art.masked, s, e)
    if not m:
        return None
    mention = art.parse_speaker(m.group(name))
    if mention is None or mention.kind not in ("person", "pronoun"):
        return None
    return m, mention


_NAME_THEN_VERB = re.compile(
    r"\s*([A-Z][^,;:" + MASK + r"]{0,40}?)\s+([a-z]{3,}ed|shot|fired)"
    r"(?:\s+(?:back|up|in|out|again|[a-z]+ly))?[\s.!?]*"
)


def _name_verb_after_quote(art: _Article, s: int, e: int, previous) -> _Candidate | None:
    """``“Would it be negotiable?” Hannity pressed.``: after a quotation ending in ? or !
    (which ends the sentence), a sentence of only a name and a past-tense verb credits it."""
    if previous is None or not _ASKS_OR_EXCLAIMS.search(art.body, max(0, s - 8), s):
        return None
    q = art.quote_at(previous[0])
    if q is None or art.chain_end[q.chain] < previous[1] - 1:
        return None
    found = _person_and_verb(art, _NAME_THEN_VERB, s, e, 1)
    if found is None:
        return None
    m, mention = found
    return _Candidate(
        q.start, art.chain_end[q.chain], m.group(2), mention, m.start(1), cue_pos=m.start(2)
    )


_BYLINE_COLON = re.compile(r"\bby\s+[A-Z][^:\n]{0,60}:\s*$")


def after_byline(art: _Article, pos: int) -> bool:
    """True when a byline and a colon (``“Museum to close,” by Times' Ann Ruiz:``) come right
    before ``pos``: what follows is a digest's excerpt of an article, not a statement."""
    return _BYLINE_COLON.search(art.masked, max(0, pos - 80), pos) is not None


def _colon_quote(art: _Article, s: int, e: int) -> _Candidate | None:
    """``Gallup's Jeffrey M. Jones: “…”``: a name, a colon, then a quotation (here or opening
    the next paragraph) -- the style of round-ups and transcripts."""
    if art.masked.find(":", s, e) < 0:
        return None
    m = _NAME_COLON.search(art.masked, s, e)
    if not m:
        return None
    mention = art.parse(m.group(1))
    writer = _WRITER_AT.search(art.masked, s, m.start(1))
    if writer is not None:
        # "From Ana Ruiz writing at The Ledger:": the writer, not the outlet
        words = writer.group(1).split()
        mention = art.parse(" ".join(w for w in words if w not in _RUN_NOISE)) or mention
    elif _ADDRESSEE.search(art.masked, max(s, m.start(1) - 20), m.start(1)):
        return None  # "Tom Reyes delivered a blunt message to Lee: “…”": Lee is addressed
    if mention is None or mention.kind not in ("person", "group") or mention.name.isupper():
        return None
    q = quote_after_colon(art, m.end(), e)
    if q is None or after_byline(art, q.start):
        return None  # "“Museum to close,” by Times' Ann Ruiz: “…”": an article's excerpt
    return _Candidate(q.start, art.chain_end[q.chain], ":", mention, m.start(1))


def _quoted_after_verb(art: _Article, s: int, e: int) -> _Candidate | None:
    """``Trump mocked Rubio for “having a tough night”``: a quoted phrase after the verb of a
    sentence whose subject is a person is reported speech even when the verb is not a
    reporting verb. Scare quotes in sentences about things ("Her book “…” sold") are not."""
    quotes = [q for q in art.quotes_in(s, e) if q.start > s]
    if not quotes:
        return None
    text = art.masked[s : quotes[0].start]
    off = _subject_start(text)
    m = _SUBJECT_VERB.match(text, off)
    if not m:
        return None
    mention = art.parse(m.group(1))
    if mention is None or mention.kind not in ("person", "pronoun", "group"):
        return None
    if mention.kind == "group" and not any(w[:1].isupper() for w in mention.name.split()[1:]):
        return None  # "The Trump campaign" may speak; "The book" may not
    start = _skip_space(art.body, s + m.end(), e)
    end = _content_end(art, start, e)
    if not start < quotes[0].start < end:
        return None
    return _Candidate(start, end, m.group(2), mention, s + m.start(1))


def quote_after_colon(art: _Article, colon_end: int, e: int) -> Quote | None:
    """The quotation a colon ending at ``colon_end`` introduces: right after it, or opening
    the next paragraph when the colon ends its paragraph."""
    q = art.quote_at(_skip_space(art.body, colon_end, len(art.body)))
    return q if q is not None else _quote_paragraph_after(art, colon_end - 1, e)


def _quote_paragraph_after(art: _Article, tail: int, e: int) -> Quote | None:
    """``Judge Marsh wrote in her ruling:`` ending a paragraph, the quotation opening the
    next paragraph is the content."""
    nxt = _paragraph_after_colon(art, tail, e)
    return None if nxt is None else art.quote_at(nxt.start)


def block_paragraph_after(art: _Article, tail: int, e: int) -> tuple[int, int] | None:
    """``In a statement, the mayor's office said:`` ending a paragraph, then a paragraph
    with no quotation marks: a block quotation whose markup the page lost, as blogs print
    letters, tweets and speeches. The paragraph is the content, when it has a sentence's
    length and announces nothing itself (it does not end with a colon): ``(start, end)``."""
    nxt = _paragraph_after_colon(art, tail, e)
    if nxt is None or art.quote_at(nxt.start) is not None:
        return None
    end = _trim_end(art.body, nxt.start, nxt.end)
    text = art.masked[nxt.start : end]
    if text.endswith(":") or len(text.split()) < _BLOCK_WORDS or MASK in text:
        return None
    return nxt.start, end


_BLOCK_WORDS = 8


def _paragraph_after_colon(art: _Article, tail: int, e: int):
    """The paragraph after the one that ``[tail, e)`` ends with a colon, or None."""
    if not _ENDS_COLON.fullmatch(art.masked, tail, e):
        return None
    index = bisect.bisect_right(art.para_starts, tail) - 1
    if index + 1 >= len(art.paragraphs) or art.paragraphs[index].end > e:
        return None
    return art.paragraphs[index + 1]


def _quote_after(art, e, cue, cls, mention, mpos) -> _Candidate:
    """``Sam Lau said in a statement. “There are no ballots to recount.”``: a name and a cue
    alone, after no quotation, introduce the quotation that opens the next sentence of the
    paragraph."""
    gap = art.body[e : e + 3]
    nxt = art.quote_at(e + len(gap) - len(gap.lstrip(" ")))
    if nxt is None:
        return _Candidate(0, 0, cue, mention, mpos)
    end = art.chain_end[nxt.chain]
    return _make(art, nxt.start, _trim_end(art.body, nxt.start, end), cue, cls, mention, mpos)


# "“A,” and “B”", "“A,” “B,” and, yes, “C”": one more quotation joined to the last one
_AND_QUOTE = re.compile(r"\s*,?\s*(?:(?:and|or)\b,?\s*(?:yes,?\s*)?)?(?=" + MASK + ")")


def quotes_run_end(art: _Article, q: Quote, e: int) -> int:
    """The end of the quotation ``q`` and of those joined to it by a comma or "and" before
    ``e``: ``told the crowd, “I’m one of you,” and, “Who here doesn’t haggle?”`` says both."""
    end = art.chain_end[q.chain]
    while (m := _AND_QUOTE.match(art.masked, end, e)) and (nxt := art.quote_at(m.end())):
        end = art.chain_end[nxt.chain]
    return end


# "a message on Twitter reading “…”", "a memo titled “…”": an object that hands the words over
_LINKED = re.compile(
    r"(?:a|an)\s[^.;:" + MASK + r"]{0,80}?\b(?:reading|saying|titled|entitled)\s*[,:]?\s*"
    r"(?=" + MASK + ")"
)


def linked_quote(art: _Article, start: int, end: int) -> tuple[int, int] | None:
    """``posted a message on Twitter reading “Thank you Ohio” after the polls closed``: the
    content is the quotation that the message (a sign, a memo) reads, not the words that
    describe the message; ``(start, end)`` of it, or None."""
    m = _LINKED.match(art.masked, start, end)
    q = art.quote_at(m.end()) if m else None
    if q is None or q.start >= end:
        return None
    return q.start, quotes_run_end(art, q, end)

