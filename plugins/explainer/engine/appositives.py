"""Appositives around a speaker's name: which phrase set off by commas is the name.

``Paul Porter, a truck driver from Ava, Mo., who …, said`` (the name opening the clause),
``Sen. Lindsey Graham, R-S.C., said`` (a party and state are no speaker), and who a relative
"who" stands for after a place or a predicate (``… a staff member in Philadelphia who
said``, ``Donald Trump … is a serial liar and birther who has pledged``), the name after "One of
the men," (``One of the men, Jessie Elkins, 70, said``), and a name opening an aside between
dashes (``A former candidate -- John McCain, who lost in 2008 -- said``).
"""

from __future__ import annotations

import re

from .article import _Article
from .mentions import FIRST, Mention
from .shared import MASK

# a legislator's party and state after the name: "Sen. Lindsey Graham, R-S.C., said",
# "Senator Shelley Moore Capito, Republican of West Virginia, called"
PARTY_STATE = re.compile(r"(?:[RDI]\s?-\s?[A-Z][\w.]*|(?:Republican|Democrat|Independent)\s+of\s)")


# a lone first name set off by commas: "…'s son, Grant,"; a name of two to four words
# before its closing comma ("Ann Obi,"), and the same after the opening comma too
_APPOSED_FIRST = re.compile(r",?\s*([A-Z][a-z]+),")
_APPOSED_NAME = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),")
_APPOSED_FULL = re.compile(r",?\s*" + _APPOSED_NAME.pattern)
_POSSESSED = re.compile(r"(?:['’]s|\b(?:his|her|their|[Hh]is|[Hh]er|[Tt]heir))\s+[a-z-]+\s*$")


def kin_name(before: str, name: str) -> bool:
    """``Schilling's son, Grant, defended him``, ``Clinton's husband, Bill, said``: one word
    set off by commas after a possessed noun (a relative, an aide) names that person when it
    is a first name; other lone capitalised words there are as often places ("the mayor of
    Chicago, Illinois")."""
    return name.lower() in FIRST and _POSSESSED.search(before) is not None


def _looks_appositive(chunk: str) -> bool:
    """``who spoke in Miami``, ``a spokesman for X``, ``45``: a phrase set off by commas."""
    words = chunk.split()
    if not words:
        return False
    first = words[0]
    return (
        first.lower()
        in {
            "who",
            "which",
            "whose",
            "a",
            "an",
            "the",
            "himself",
            "herself",
            "both",
            "now",
            "then",
            "also",
        }
        or first[:1].islower()
        or first[:1].isdigit()
        or len(words) <= 6
    )


# a comma and a conjunction that opens a clause of its own, with its own subject
_NEXT_CLAUSE = re.compile(r",\s+(?:but|whereas|although|though|yet)\s+")


def _clause_head(art: _Article, s: int, pre: str) -> tuple[Mention, int] | None:
    """The name opening the clause when appositives follow it: ``Name, role, who …,``, and
    ``Sen. Lindsey Graham, R-S.C., said`` (a party and state are no speaker); a clause
    opens after ", but" too. After a quotation the clause opens past the comma that closes
    it: in ``“…,” Maria Lopez, 52, a teacher in Dayton, Ohio, said`` the name is Maria
    Lopez, not the last appositive."""
    start = max(pre.rfind(";"), pre.rfind(MASK)) + 1
    for m in _NEXT_CLAUSE.finditer(pre, start):
        start = m.end()  # "Gov. Ann Lee … called for limits, but the Senate president, Tom …"
    if start and pre[start - 1] == MASK:
        start += len(pre[start:]) - len(pre[start:].lstrip(", "))
    comma = pre.find(",", start)
    if comma < 0 or comma == len(pre) - 1:
        return None
    opened = _INTRODUCTORY.fullmatch(pre, start, comma) is not None
    if opened:
        # "Dashing into a luncheon, Sen. Ann Lee, R-Idaho, called": past the opening phrase,
        # a name in full ("In an article on the website, the Paper, …" names no one)
        start, comma = comma + 1, pre.find(",", comma + 1)
        if comma < 0 or comma == len(pre) - 1:
            return None
    chunk = pre[start:comma]
    lead = len(chunk) - len(chunk.lstrip())
    mention = art.parse(chunk)
    if mention is None or mention.kind != "person" or len(chunk.split()) > 8:
        return None
    if opened and " " not in mention.name:
        return None
    tail = pre[comma + 1 :].lstrip()
    if not tail or not (tail[0].islower() or tail[0].isdigit() or tail.startswith(("a ", "an "))
                        or PARTY_STATE.match(tail)):
        return None
    return mention, s + start + lead


def _who_after_place(art: _Article, s: int, pre: str, before: str, plural: bool):
    """``Elizabeth Arnold, 32, a former staff member for the campaign in Philadelphia who
    said``: "who" stands for a person, and when the words right before it end in a
    preposition's object that names no person ("in Philadelphia"), it stands for the person
    whose name opens the clause, set off by appositives, or else the last one named in full
    in the sentence before it; not with a plural verb ("farmers in Iowa who say")."""
    m = _PP_OBJECT.search(before)
    if m is None:
        return None
    near = art.parse(m.group(1))
    if near is not None and near.kind == "person" and " " in near.name:
        return None  # "a friend of Tom Hart who said": Tom Hart may be the one
    if plural:
        return None  # "Republicans in Congress who agree": a group, named before
    head = _clause_head(art, s, pre)
    if head is not None:
        return head
    # "“…,” said Elizabeth Arnold, 32, a former staff member … in Philadelphia who said":
    # the last person named in full in the sentence before the place
    cut = s + m.start()
    named = [(pos, p) for pos, p in art.people() if s <= pos < cut]
    return (named[-1][1], named[-1][0]) if named else None


def _who_after_role(art: _Article, s: int, before: str, plural: bool):
    """``said Bob Lane, a county supervisor and Democrat who has accused …``: "who" after an
    appositive that describes a person stands for that person, not for the description ("a
    county supervisor and Democrat" names nobody). So it does after an age (``Wes Hardy, 72,
    a retired bus driver who said``), after an appositive closed by its comma (``said Ana
    Ruiz, the director of the Harbor Fund, who added``) and after the surname of someone
    named in full (``Ruiz, the city's budget chief who said``)."""
    m = None if plural else _NAME_THEN_ROLE.search(before)
    if m is None:
        return None
    mention = art.parse(m.group(1))
    if mention is None or mention.kind != "person":
        return None
    if " " not in mention.name and mention.name.lower() not in art.surnames():
        return None
    return mention, s + m.start(1)


def who_before_comma(art: _Article, s: int, before: str, plural: bool):
    """The person ", who" stands for after a description of them or their name, or None
    (:func:`_who_after_role`, :func:`_who_after_name`)."""
    if plural:
        return None  # "the farmers in Iowa, who say": a group, the phrase before
    return _who_after_role(art, s, before, plural) or _who_after_name(art, s, before)


def _who_after_name(art: _Article, s: int, before: str):
    """``plans to vote for Sen. Ann Lee of Vermont, who blasts …``, ``a victory for Obama,
    who has complained …``: ", who" right after a person's name stands for that person,
    not for the whole phrase the name ends ("vote for Sen. Ann Lee of Vermont")."""
    m = _NAME_AT_END.search(before.rstrip(","))
    mention = art.parse(m.group(1)) if m else None
    if mention is None or mention.kind != "person":
        return None
    words = mention.name.lower().split()
    if not (len(words) > 1 and words[0] in FIRST or words[-1] in art.surnames()):
        return None  # a first name opens it, or a surname of someone named in full ends it
    return mention, s + m.start(1)


# the capitalised words ending a phrase, with a place after "of" ("Ann Lee of Vermont"),
# an age and a home town ("Ann Lee, 84, of Milwaukee")
_NAME_AT_END = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)(?:\s+of\s+[A-Z][\w.]*)?"
    r"(?:,\s+\d{1,3})?(?:,\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?$"
)


def _who_after_predicate(art: _Article, s: int, before: str):
    """``Donald Trump … is a serial liar, rampant xenophobe and birther who has pledged``:
    after a predicate of "is a" (or "is among those", "is one of the"), "who" stands for the
    one it describes, the last person named before the copula, not for the predicate's last
    noun (nor for "those")."""
    m = _PREDICATE.search(before)
    if m is None:
        return None
    cut = s + m.start()
    named = [(pos, p) for pos, p in art.people() if s <= pos < cut]
    return (named[-1][1], named[-1][0]) if named else None


# a phrase opening a sentence before its subject, with no capital after its first word
# ("Dashing into a closed-door luncheon of senators", "Just last week"), a place that a
# preposition opens ("Outside a union hall in suburban Maryland") or a distance or a time
# ("Two hours to the east in Steubenville")
_INTRODUCTORY = re.compile(
    r"\s*(?:[A-Z][a-z]+(?:\s+[a-z][\w’'-]*){1,8}"
    r"|(?:Outside|Inside|In|At|On|From|After|Before|During|Near|Across|Along|Behind)"
    r"\s+(?:an?|the)\s[^,]{1,80}"
    r"|(?:A|An|One|Two|Three|Four|Five|Six|Ten|A\s+few|Several|\d+)\s+"
    r"(?:hours?|minutes?|miles?|days?|weeks?|months?|years?|blocks?)\s[^,]{1,80})\s*"
)
_PREDICATE = re.compile(
    r"\b(?:is|was|has been|had been)\s+"
    r"(?:an?\s+[a-z][a-z ,’'-]*|(?:among|one of)\s+(?:those|the\s+[a-z][a-z ,’'-]*))$"
)
_PP_OBJECT = re.compile(r"\b(?:in|at|from|of|for|near|outside)\s+((?:the\s+)?[A-Z][^,;:()]{0,60})$")


def _one_of(art: _Article, at: int, rest: str) -> tuple[Mention, int] | None:
    """``One of the men, Jessie Elkins, 70, had served … and said``: the person in the
    apposition speaks, not a person the clause only mentions (``One of Grayson’s supporters
    who still backs Randolph, former Rep. Pat Schroeder, wrote`` is Schroeder)."""
    first = rest.find(", ", 0, 120)
    second = rest.find(",", first + 2, first + 60)
    if not rest.startswith(("One of ", "Another of ")) or first < 0 or second < 0:
        return None
    mention = art.parse(rest[first + 2 : second])
    if mention is None or mention.kind != "person":
        return None
    return mention, at + first + 2
_NAME_THEN_ROLE = re.compile(
    r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)(?:,\s+\d{1,3})?,\s+(?:a|an|the)\s+[a-zA-Z][^,;:()"
    + MASK + r"]{0,80},?$"
)


def named_aside(art: _Article, s: int, body: str, opener: int) -> tuple[Mention, int] | None:
    """``A former candidate -- John McCain, who lost in 2008 -- said``: an aside that opens
    with a person's full name after a description of nobody in particular names the speaker,
    as an appositive between commas does."""
    aside = body[opener:].lstrip("-—– ")
    name = aside.split(",", 1)[0]
    named = art.parse(name)
    if named is None or named.kind != "person" or " " not in named.name:
        return None
    head = art.parse(body[:opener].rsplit(",", 1)[-1])
    if head is not None and head.kind == "person":
        return None  # "Sanders -- Ann Lee's rival -- said": the head is the speaker
    return named, s + len(body) - len(aside)


_RELEASED = re.compile(
    r"\b(?:releas|issu|unveil|launch|air|post|publish|put|sen[dt])(?:e|es|ed|ing|s)?"
    r"(?:\s+out)?\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+)?$"
)


def released_by(art: _Article, s: int, before: str) -> tuple[Mention, int] | None:
    """``Sanders is releasing a new ad that urges …``, ``Greenberg released data Monday that
    suggest …``: what an ad, a video or a report says, its maker says; the person named last
    before the verb that puts it out, not the thing ("a new 30-second ad", "data Monday
    morning")."""
    m = _RELEASED.search(before)
    if m is None:
        return None
    head = _MAKER.search(before, 0, m.start())
    maker = art.parse(head.group(1)) if head else None
    if maker is not None and maker.kind == "person":
        return maker, s + head.start(1)  # "Trump released …": named by surname
    named = [(pos, p) for pos, p in art.people() if s <= pos < s + m.start()]
    return (named[-1][1], named[-1][0]) if named else None


# the name right before the verb that releases something ("Bernie Sanders is releasing")
_MAKER = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:(?:is|was|has|had)\s+)?$")
