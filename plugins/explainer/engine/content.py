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
from .names import ROLE_NOUNS
from .shared import _ADVERBIAL, _ED_ADJECTIVES, _FINITE, _WORD, MASK, _skip_space, _trim_end

_THAT = re.compile(r"\s*(?:[,:—–]\s*)?(?:that\s+)?")
_OF_ABOUT = re.compile(r"\s+(?:of|about)\s+[^,]{1,60},\s*(?=" + MASK + ")")
# a word that opens a clause's subject, not the second word of an addressee
_NOT_A_SUBJECT = r"(?!(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|this|there)\b)"
_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|"
    r"reporters|journalists|supporters|voters|the crowd|him|her|them|us|me|you|"
    # "told host Sean Hannity …": a role word before the addressee's name
    r"[a-z]+\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+|"
    # "told the city council …" (not "told the board the plan …": its clause's subject)
    r"(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+" + _NOT_A_SUBJECT + r"[a-z]+)?|"
    r"(?:[a-z]+\s+)?[a-z]+s(?=\s+(?:he|she|they|it|we|I|there|the|a)\b)|"
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
# past tenses that do not end in -ed: "… as a “law and order” candidate and made an appeal …"
_PAST = (
    r"(?:made|took|went|gave|sent|put|set|began|spent|won|lost|left|held|kept|met|ran|"
    r"brought|cast|wrote|spoke|sought|struck|threw|drew|became|came|got|stood|led|paid|sold)"
)
# a past tense of the reported clause's own ("said he recorded calls for Lee")
_PAST_VERB = re.compile(r"\b(?:had|[a-z]{3,}ed|" + _PAST + r")\b")
_CLAUSE_TAIL = re.compile(
    # (the comma before the lookbehind: most positions tried are spaces, and fail at once)
    r",\s+(?P<rel>who|whose)\b|,\s+(?P<which>which)\b"
    r"|,?\s+(?P<time>before|after|when|while)\s+[a-z]+ing\b"
    # "… “leading from behind” and Ann Ruiz says …": another speaker's clause
    r"|,?\s+(?P<named>and)\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:said|says|[a-z]+ed|[a-z]+ing)\b"
    r"|,(?<!that,)\s+" + _NOT_PARTICIPLE + r"(?P<part>[a-z]+ing)\b"
    r"|\s+(?P<dash>—|--|-)\s+|;\s"
    # (no colon: "said it fails for one reason: The council …" goes on with what was said)
    # a second verb of the same subject: "called it “shameful” and called on leaders …"
    r"|(?P<comma>,)?\s+and\s+(?:(?:then|also|later|recently|again|quickly)\s+)?"
    r"(?:(?P<past>(?P<ed>[a-z]+ed)|" + _PAST + r")|said|told|says|(?P<ing>[a-z]+ing))\b"
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
# "told supporters in Columbus, Ohio, that …": a city and its state inside the addressee (the
# state's comma may be missing before a day: "in Dover, Delaware on Monday that …")
_CITY_STATE = r",\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?:,|(?=\s+(?:on|last|this)\s))"
_TELL_THAT = re.compile(r"\s*(?:(?:[^,.;" + MASK + r"]|" + _CITY_STATE + r"){0,100}?\s)?that\s+")
_TO_QUOTE = re.compile(r"\s*[,:—]?\s*(?=" + MASK + ")")
# (not "told Reuters at least six members had …": a quantity opens the clause)
_PREP_NEXT = re.compile(r"\s*(?:to|about|of|for|on|in|at(?!\s+(?:least|most)\b)|by|with|from)\b")
_THAT_OR_QUOTE = re.compile(r"[^.;]*?(?:\bthat\s+|[:,]\s*(?=" + MASK + "))")
_PREP_START = re.compile(
    r"(?:with|at|in|on|after|during|before|about|from|for|over|by|"
    r"against|outside|inside|near|while)\b"
    # "said about half of the jobs …", "said over 40 percent …": a quantity, no preposition
    r"(?<!about)(?<!over)|(?:about|over)\b(?!\s+(?:\d|half\b|a\s+(?:third|quarter|dozen)\b))"
)
_PP_QUOTE = re.compile(
    r"\s*(?:to|in|at|on|during|after|before)\b[^,.;:" + MASK + r"]{0,60}[,:]\s*(?=" + MASK + ")"
)


def _skip_addressee(masked: str, tail: int, e: int) -> str:
    """What follows ``told CNN on Tuesday`` / ``told reporters``: the rest of the sentence."""
    a = _ADDRESSEE.match(masked, tail, e)
    if not a:
        return masked[tail:e]
    return masked[_ADVERBIAL.match(masked, a.end(), e).end() : e]


_STRONG_PARTICIPLES = frozenset(["saying", "adding", "noting", "arguing", "citing"])
# a verb whose object is a gerund: "would consider adding the word", "stop citing the poll"
# (a participle right after it is its object, not a new clause of the reporter's)
_GERUND_TAKER = re.compile(
    r"\b(?:consider|stop|keep|start|begin|avoid|resume|continue|finish|recommend|suggest|"
    r"delay|postpone|quit|try|risk|propose)(?:s|ed|ing|ped|ping)?$"
)


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


# Every alternative of _CLAUSE_TAIL starts with a comma, a semicolon or white space
# (tests/engine/test_speed.py checks it): behind a lookahead for them, the search fails at
# any other character after one test instead of trying every alternative there, three times
# faster through a long content, with the same matches and groups. Those that start with
# white space go on with one of a few words or a dash: a second lookahead for them fails at
# most spaces at once (a quarter less time; tests/engine/test_speed_extraction.py).
_TAIL_OPENING = r"(?=[,;]|\s+(?:before|after|when|while|and|but|as|[—-]))"
_CLAUSE_TAIL = re.compile(r"(?=[,;\s])(?:" + _TAIL_OPENING + "(?:" + _CLAUSE_TAIL.pattern + "))")


# ", which said …": a relative clause that reports what its antecedent said is a
# statement of its own, not part of the content before it
_SAYS_NEXT = re.compile(r"\s+(?:\w+ly\s+)?(?:said|says|found|concluded|warned|stated|noted)\b")


_VERB_AFTER = re.compile(r",\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _aside_end(masked: str, start: int, tail: re.Match, e: int) -> int | None:
    """``said the plan, including the new taxes, would fail``: a participle phrase between
    commas after the reported clause's subject, before its verb (an auxiliary or a past
    tense), is an aside, not the reporter's clause; where it closes, or None."""
    subject = masked[start : tail.start()].split()
    if not 0 < len(subject) <= 6 or any(w in _FINITE or w.endswith("ed") for w in subject):
        return None
    comma = masked.find(",", tail.end(), min(e, tail.end() + 80))
    verb = _VERB_AFTER.match(masked, comma) if comma >= 0 else None
    word = verb.group(1) if verb else ""
    if not (word in _FINITE or word.endswith("ed")) or MASK in masked[tail.end() : comma]:
        return None
    return comma + 1


def _content_end(art: _Article, start: int, e: int) -> int:
    """End of the reported clause: the sentence end, or just before ``, saying …``."""
    masked = art.masked
    named = _named_in_relative(art, start, e)
    if named is not None:
        return named
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
            if comma or word in _STRONG_PARTICIPLES and not _GERUND_TAKER.search(before):
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
        if tail.group("ed") and _adjective_ed(tail.group("ed")) or (
            tail.group("past")
            and not tail.group("comma")
            and _has_past_verb(masked, start, tail.start())
        ):
            # "said the heat and unsettled weather could last", "party leaders and elected
            # officials": "and" joins two nouns, the first with an adjective, not a second verb;
            # "said he recorded calls for Lee and hosted a dinner": with no comma before it, a
            # second past tense goes on with the reported clause's own past tense
            tail = _CLAUSE_TAIL.search(masked, tail.end(), e)
            continue
        if tail.group("part") and masked.find(MASK, tail.end(), e) >= 0:
            # "said Lee has been tested, coming from far behind to a “dead heat” in Iowa": a
            # participle clause that leads to a quotation is what was said, not the reporter's
            # comment on it
            tail = _CLAUSE_TAIL.search(masked, tail.end(), e)
            continue
        if tail.group("part") and (close := _aside_end(masked, start, tail, e)):
            tail = _CLAUSE_TAIL.search(masked, close, e)  # "the plan, including …, would"
            continue
        if (
            (tail.group("which") and not _SAYS_NEXT.match(masked, tail.end(), e))
            or tail.group("time")
            or tail.group("named")
        ) and masked.find(MASK, start, tail.start()) < 0:
            # ", which", "before/after/when/while …ing" and "and <Name> <verb>" end only a
            # content that has quoted its words already ("said he would “take a look” at the
            # bill, which would …", "called her a “clown” on his show when commenting on …":
            # the reporter's); in a paraphrase they are as often part of what was said
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


# a naming verb inside a relative clause: "the marchers, whom he described as “peaceful,” …",
# "what Lee called a “rough week” for Ruiz"
_RELATIVE_NAMING = re.compile(
    r"\b(?:whom|what|which)\s+(?:[\w’'.-]+\s+){1,4}?(?:(?:had|has|have)\s+)?"
    r"(?:call|calls|called|describe|describes|described|dub|dubs|dubbed|label|labels|labeled|"
    r"labelled|term|terms|termed|brand|brands|branded)\s+(?:(?:it|them|him|her)\s+)?(?:as\s+)?$"
)
_QUOTE_NEAR = re.compile(
    r"(?:as\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?[^\s" + MASK + r"]*\s*" + MASK
)


def _named_in_relative(art: _Article, start: int, e: int) -> int | None:
    """``whom he described as “peaceful,” for the length of the route``: what a naming verb
    inside a relative clause reports is the name it gives, so the content ends with the
    quotation that gives it; None when no such verb or quotation is there."""
    masked = art.masked
    if masked.find("wh", max(0, start - 80), start) < 0 or not _RELATIVE_NAMING.search(
        masked, max(0, start - 80), start
    ):
        return None  # (every match holds "wh": a find in C rules out most contents at once)
    near = _QUOTE_NEAR.match(masked, start, e)
    q = art.quote_at(near.end() - 1) if near else None
    if q is None or art.chain_end[q.chain] > e:
        return None
    return art.chain_end[q.chain]


# after a quotation whose comma sits inside its closing mark: the reporter's own words
_AFTER_QUOTE_COMMA = re.compile(
    r"\s+(?:(?:who|whose|which|in which|where)\b|" + _NOT_PARTICIPLE + r"[a-z]+ing\b"
    r"|(?:although|though|even though)\s"
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
    a comma inside its marks, then an appositive, a participle, "who" (or "which": ``called
    the fee “a backdoor tax,” which is what critics …``), "although", "but" or
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


_NOT_PAST = frozenset(["hundred", "indeed", "proceed", "succeed", "exceed", "sacred", "naked"])


def _has_past_verb(masked: str, start: int, end: int) -> bool:
    """``he recorded calls for Lee``: the reported clause has a past tense of its own (not an
    adjective in -ed such as "undocumented" or "elected")."""
    return any(
        not _adjective_ed(w) and w not in _NOT_PAST
        for w in _PAST_VERB.findall(masked, start, end)
    )


def _bare_subject(masked: str, start: int, end: int) -> bool:
    """A short noun phrase with no verb: ``Mr. Trump``, ``the new mayor of Ames``."""
    words = masked[start:end].split()
    return 0 < len(words) <= 5 and not any(
        w.lower() in _FINITE or w.endswith("ed") or w.endswith("s") and w.islower()
        for w in words
    )


_THAT_WORD = re.compile(r"\s*that\s+([a-z]+)\b")


def relative_that(text: str) -> bool:
    """``… at a briefing that stretched past an hour``: "that" followed at once by a verb
    is a relative pronoun of the noun before it, not "that" opening a reported clause
    (``said that the plan failed``, ``that Lee lied``)."""
    m = _THAT_WORD.match(text)
    if m is None:
        return False
    word = m.group(1)
    return (
        word in _FINITE
        or word.endswith("ed") and not _adjective_ed(word)
        or _IRREGULAR_PAST.fullmatch(word) is not None
    )


_IRREGULAR_PAST = re.compile(_PAST)


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


def end_before_role(art: _Article, start: int, end: int, mention_pos: int) -> int:
    """``“…,” the White House spokesman, Josh Earnest, said``: the speaker's role set off
    before his name belongs to the attribution, not to the quotation; the content ends with
    the quotation. Other contents keep ``end``."""
    text = art.masked[start:end]
    q = text.rfind(MASK)
    words = text[q + 1 :].strip(" ,").split()
    if q < 0 or not words or art.masked[end:mention_pos].strip() != ",":
        return end
    role = words[-1].lower() in ROLE_NOUNS and len(words) <= 6
    opens = words[0][:1].isupper() or words[0] in ("the", "a", "an", "his", "her", "its", "their")
    return start + q + 1 if role and opens else end  # not "“…” than that of the CIA chief"
