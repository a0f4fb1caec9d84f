"""Clause boundaries: where the reported content after a cue starts, and where it ends.

``told reporters in Nashua last week, “…”`` starts at the quotation; ``said that …`` after
"that"; the content ends at the sentence end or before ``, saying …``, a relative clause of
its own, a dash, a semicolon, a second verb of the same subject or a clause of the
reporter's (``…, but for Republicans, it is …``, ``… and he railed against …``).
"""

from __future__ import annotations

import re

from .article import _Article
from .cues import find_cues, is_participle
from .shared import _ADVERBIAL, _ED_ADJECTIVES, _FINITE, _WORD, MASK, _skip_space, _trim_end

_THAT = re.compile(r"\s*(?:[,:—–]\s*)?(?:that\s+)?")
_OF_ABOUT = re.compile(r"\s+(?:of|about)\s+[^,]{1,60},\s*(?=" + MASK + ")")
_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|"
    r"reporters|journalists|supporters|voters|the crowd|him|her|them|us|me|you|"
    # "told host Sean Hannity …": a role word before the addressee's name
    r"[a-z]+\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+|"
    r"(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?|"
    r"[a-z]+s(?=\s+(?:he|she|they|it|we|I|there|the|a)\b)|"
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:reporters|supporters|audience|crowd))"
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?"
)
_TO_SOMEONE = re.compile(
    r"\s+to\s+[^.;:" + MASK + r"]{1,60}?(?:[,:]\s*(?=" + MASK + r")|\s+that\s+)"
)
# words in -ing that are no participle: ", during her tenure", "the morning"
_NOT_PARTICIPLE = (
    r"(?!(?:according|during|morning|evening|thing|spring|string|king|building|meeting|"
    r"funding|spending)\b)"
)
_CLAUSE_TAIL = re.compile(
    # (the comma before the lookbehind: most positions tried are spaces, and fail at once)
    r",\s+(?P<rel>who|whose)\b|,(?<!that,)\s+" + _NOT_PARTICIPLE + r"[a-z]+ing\b"
    r"|\s+(?P<dash>—|--|-)\s+|;\s"
    # (no colon: "said it fails for one reason: The council …" goes on with what was said)
    # a second verb of the same subject: "called it “shameful” and called on leaders …"
    r"|(?P<comma>,)?\s+and\s+(?:then\s+|also\s+)?(?:(?P<ed>[a-z]+ed)|said|told|says|(?P<ing>[a-z]+ing))\b"
    r"|,?\s+(?:and|but)\s+(?:has|have|did|does)\s+(?:not\s+|also\s+|never\s+)?[a-z]+"
    r"|,\s+(?:although|though|even though)\s"
    # "said she was confident when asked whether …": the question is the asker's
    r"|,?\s+(?:when|after being|after|before|as)\s+asked\b"
    # a clause of the reporter's joined to the reported one: "…, but for Republicans it is
    # …", "… and he railed against …"
    r"|,\s+but\s+(?=(?:he|she|they|it|we|I|there|for|in|at|on|when|if|the|his|her|their|its|"
    r"[A-Z][a-z]+)\b)(?!that\b)"
    r"|,?\s+and\s+(?:he|she|they|we)\s+(?!and\b|or\b)"
    r"|,\s+and\s+(?=(?:Mr\.|Mrs\.|Ms\.|[A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?(?:is|was|has|had|will|would|said)\b)"
)
_DASH = re.compile(r"(?<=\s)(?:—|--|-)(?=\s)")
_PRONOUN_SUBJECT = re.compile(r"(?:he|she|they|we|I)\s")
# "told supporters in Columbus, Ohio, that …": a city and its state inside the addressee
_CITY_STATE = r",\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,"
_TELL_THAT = re.compile(r"\s*(?:(?:[^,.;" + MASK + r"]|" + _CITY_STATE + r"){0,100}?\s)?that\s+")
_TO_QUOTE = re.compile(r"\s*[,:—]?\s*(?=" + MASK + ")")
_PREP_NEXT = re.compile(r"\s*(?:to|about|of|for|on|in|at|by|with|from)\b")
_THAT_OR_QUOTE = re.compile(r"[^.;]*?(?:\bthat\s+|[:,]\s*(?=" + MASK + "))")
_PREP_START = re.compile(
    r"(?:with|at|in|on|after|during|before|about|from|for|over|by|"
    r"against|outside|inside|near|while)\b"
    # "said about half of the jobs …", "said over 40 percent …": a quantity, no preposition
    r"(?<!about)(?<!over)|(?:about|over)\b(?!\s+(?:\d|half\b|a\s+(?:third|quarter|dozen)\b))"
)
_PP_QUOTE = re.compile(
    r"\s*(?:to|in|at|on|during|after|before)\b[^,.;:" + MASK + r"]{0,60},\s*(?=" + MASK + ")"
)


def _skip_addressee(masked: str, tail: int, e: int) -> str:
    """What follows ``told CNN on Tuesday`` / ``told reporters``: the rest of the sentence."""
    a = _ADDRESSEE.match(masked, tail, e)
    if not a:
        return masked[tail:e]
    return masked[_ADVERBIAL.match(masked, a.end(), e).end() : e]


_STRONG_PARTICIPLES = frozenset(["saying", "adding", "noting", "arguing", "citing"])


def _content_start(art: _Article, tail: int, e: int, cls: str) -> int | None:
    """Where the reported content begins after a leading cue: after ``that`` or a colon, an
    addressee (``told reporters in Nashua last week, “…”``), or a phrase that is not the
    content (``said of the plan, “…”``, ``joked with reporters that …``); None when nothing
    after the cue can be what was said (``told him to leave``)."""
    masked = art.masked
    pos = tail
    if cls == "tell":
        m = _TELL_THAT.match(masked[pos:e])
        if m:
            pos += m.end()
        else:
            a = _ADDRESSEE.match(masked, pos, e)
            if not a:
                return None
            pos = _ADVERBIAL.match(masked, a.end(), e).end()
            m = _TO_QUOTE.match(masked[pos:e])
            if m:
                pos += m.end()
            elif _PREP_NEXT.match(masked[pos:e]):
                m = _PP_QUOTE.match(masked, pos, e)
                if not m:
                    return None  # "told Breitbart about …", "told him to leave"
                pos = m.end()  # "told reporters in Nashua last week, “…”"
    elif cls in ("clause", "quote"):
        m = _OF_ABOUT.match(masked, pos, e) or _TO_SOMEONE.match(masked, pos, e)
        if m:
            pos = m.end()
        elif _PREP_START.match(masked, _skip_space(art.body, pos, e)):
            # "joked with reporters that …" / "said at a rally: “…”" / else no content
            m = _THAT_OR_QUOTE.match(masked, pos, e)
            if not m:
                return None
            pos = m.end()
        pos += _THAT.match(masked, pos, e).end() - pos
    pos = _skip_space(art.body, pos, e)
    return pos if pos < e else None


def _content_end(art: _Article, start: int, e: int) -> int:
    """End of the reported clause: the sentence end, or just before ``, saying …``."""
    masked = art.masked
    cs_, ce_, cues = art.cues
    if not (cs_ <= start and e <= ce_):
        cues = list(find_cues(masked, start, e))
    for m in cues:
        if m.start() < start or m.start() >= e:
            continue
        word = m.group("verb")
        if word and is_participle(word):
            before = masked[start : m.start()].rstrip()
            comma = before.endswith(",") or _comma_inside_quote(art, start + len(before))
            if comma or word in _STRONG_PARTICIPLES:
                if comma or not before:
                    return _trim_end(art.body, start, start + len(before.rstrip(",")))
                return _trim_end(art.body, start, start + len(before))
    tail = _CLAUSE_TAIL.search(masked, start, e)
    while tail:
        if (
            tail.group("ing")
            and not tail.group("comma")
            and masked.find(MASK, start, tail.start()) < 0
        ):
            # "says Obama is acting unlawfully and showing disregard for …": without a comma
            # or a quotation before it, "and" + participle goes on with the reported clause
            # (but "calling him “dopey” and accusing him of …" is the reporter's)
            tail = _CLAUSE_TAIL.search(masked, tail.end(), e)
            continue
        if tail.group("ed") and not tail.group("comma") and _PRONOUN_SUBJECT.match(masked, start):
            # "said she was tired of the status quo and wanted a candidate who …": with its
            # own pronoun subject the reported clause goes on over "and" + a past tense
            tail = _CLAUSE_TAIL.search(masked, tail.end(), e)
            continue
        if tail.group("ed") and _adjective_ed(tail.group("ed")):
            # "said the heat and unsettled weather could last", "party leaders and elected
            # officials": "and" joins two nouns, the first with an adjective, not a second verb
            tail = _CLAUSE_TAIL.search(masked, tail.end(), e)
            continue
        if tail.group("rel") and _bare_subject(masked, start, tail.start()):
            # "said that Mr. Trump, whose own affair …, is an imperfect messenger": the
            # relative clause describes the reported clause's subject, which has no verb yet
            tail = _CLAUSE_TAIL.search(masked, tail.end(), e)
            continue
        if tail.group("dash"):
            # "said the word — used by several observers — was changing …": a paired aside
            close = _DASH.search(masked, tail.end(), e)
            if (
                close
                and close.group() == tail.group("dash")
                and len(_WORD.findall(masked, close.end(), e)) >= 2
            ):
                tail = _CLAUSE_TAIL.search(masked, close.end(), e)
                continue
        break
    quoted = _quote_comma_end(art, start, tail.start() if tail else e)
    if quoted is not None:
        return _trim_end(art.body, start, quoted)
    if tail and len(_WORD.findall(art.body, start, tail.start())) >= 2:
        return _trim_end(art.body, start, tail.start())
    return _trim_end(art.body, start, e)


# after a quotation whose comma sits inside its closing mark: the reporter's own words
_AFTER_QUOTE_COMMA = re.compile(
    r"\s+(?:(?:who|whose)\b|" + _NOT_PARTICIPLE + r"[a-z]+ing\b|(?:although|though|even though)\s"
    r"|but\s+(?=(?:he|she|they|it|we|I|there|for|in|at|on|when|if|the|his|her|their|its|"
    r"[A-Z][a-z]+)\b)(?!that\b)|(?:a|an)\s|and\s+(?:his|her|their|its|the)\s)"
)


# after any quotation: a clause of time with its own subject ("… “excited where we stand” as
# he faces a test", "chanting “no peace” after the union failed …")
_AFTER_QUOTE_SUB = re.compile(
    r",?\s+(?:as|after|before|when|while|until)\s+(?:he|she|they|it|we|the)\b"
)


def _quote_comma_end(art: _Article, start: int, stop: int) -> int | None:
    """``called him a "moderate," a subtle dig at …``, ``the “Charleston loophole,” a flaw
    in …``, ``Afghanistan was "a terrible mistake," although he …``: a quotation closing with
    a comma inside its marks, then an appositive, a participle, "who", "although", "but" or
    "and" with a new subject (``called inversions "unpatriotic," and his administration …``)
    ends the reported clause as a bare comma would. Not when another quotation follows at
    once (``a “loser,” a “liar” and a “whiner”``: a list of what was said). After any
    quotation, a clause of time with its own subject (``“excited where we stand” as he
    faces …``) ends it too."""
    masked = art.masked
    pos = masked.find(MASK, start, stop)
    while pos >= 0:
        q = art.quote_at(pos)
        if q is None:
            return None
        end = art.chain_end[q.chain]
        if end >= stop:
            return None
        if (
            _AFTER_QUOTE_SUB.match(masked, end, stop)
            or art.body[end - 2 : end - 1] == ","
            and _AFTER_QUOTE_COMMA.match(masked, end, stop)
            and not any(MASK in w for w in masked[end:stop].split()[:4])
        ) and len(_WORD.findall(art.body, start, end)) >= 2:
            return end
        pos = masked.find(MASK, end, stop)
    return None


def _bare_subject(masked: str, start: int, end: int) -> bool:
    """A short noun phrase with no verb: ``Mr. Trump``, ``the new mayor of Ames``."""
    words = masked[start:end].split()
    return 0 < len(words) <= 5 and not any(
        w.lower() in _FINITE or w.endswith("ed") or w.endswith("s") and w.islower()
        for w in words
    )


def _adjective_ed(word: str) -> bool:
    """An -ed word that is usually an adjective before a noun ("unsettled", "elected")."""
    if word in _ED_ADJECTIVES:
        return True
    return word.startswith("un") and not word.startswith("under") and word not in _UN_VERBS


_UN_VERBS = frozenset(
    [
        "unveiled", "unleashed", "unlocked", "unloaded", "unraveled", "unravelled", "unfolded",
        "unified", "united", "unpacked", "unseated", "unplugged", "unmasked",
    ]
)


_RELATIVE_OPENER = re.compile(r"\b(?:which|that|who|whom|what)\s+$")


def _relative_speaker(masked: str, s: int, mpos: int) -> bool:
    """``a bill, which critics said was unfair``, ``the job that economists say is the
    future``: the speaker stands inside a relative clause, whose verb follows the cue, so
    content opening with "was" or "is" is the rest of that clause, not a misread cue."""
    return _RELATIVE_OPENER.search(masked, max(s, mpos - 8), mpos) is not None


_TRAIL_END = re.compile(r"[\s.!?]*$")
# "…, Lee said in Paris, noting …": where or when she spoke may stand before the participle
_PARTICIPLE_NEXT = re.compile(
    r"(?:\s+(?:in|at|from|on|during|outside|inside|after|before)\s+(?!that\b)"
    r"(?:[^\s.;,]+\s+){0,5}[^\s.;,]+)?\s*,\s+(?:and\s+)?(?:\w+ing)\b"
)


def _clause_goes_on(masked: str, tail: int, e: int, cls: str) -> bool:
    """``Compaq, she predicted, would come to them.``: the clause goes on after a trailing
    cue, unless only the sentence's end, a participle clause (``…,” Crowley told Becerra,
    alluding to …``) or, after ``told``, the addressee follows (``…, Lee told CNN.``)."""
    rest = _skip_addressee(masked, tail, e) if cls == "tell" else masked[tail:e]
    return _TRAIL_END.fullmatch(rest) is None and not _PARTICIPLE_NEXT.match(rest)


def _comma_inside_quote(art: _Article, end: int) -> bool:
    """``that he has “expanded the party,” claiming …``: a quotation ending at ``end`` whose
    comma sits inside its closing mark ends the clause as a bare comma would."""
    return art.masked[end - 1 : end] == MASK and art.body[end - 2 : end - 1] == ","


_ANSWER = re.compile(r"(?i:yes|no)(?=\s*(?:[,.;:!]|$)|\s+(?:and|but|while|when|after)\b)")


def _bare_answer(masked: str, start: int, e: int) -> int | None:
    """Where a one-word answer ends (``Asked if …, 72 percent said yes, but …``, ``Lee said
    no.``), which is all that was said; None otherwise (``said no to the war``, ``says no
    matter what …``)."""
    m = _ANSWER.match(masked, start, e)
    return m.end() if m else None
