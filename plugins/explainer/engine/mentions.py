"""Parse the words naming a speaker into a :class:`Mention`: person, role, group or pronoun.

News names a person in full once ("U.S. Attorney General Jeff Sessions") and then by surname,
title or pronoun. Parsing, the first half of finding who speaks (resolving is
:mod:`explainer.engine.resolver`):

* a role phrase before a name is split off ("Chicago Police Supt. Eddie Johnson" -> speaker
  "Eddie Johnson", role "Chicago Police Superintendent");
* anything else that reads as a noun phrase (a group or organisation: "immigration advocates",
  "the Justice Department") is its own canonical speaker;
* what cannot name anyone (a clause, an adverb, a contraction, a date) is no mention at all.

The word lists come from :mod:`explainer.engine.names`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from .names import (
    _CALENDAR,
    FEMALE,
    HONORIFICS,
    MALE,
    NOT_NAME_ENDINGS,
    ORG_HEADS,
    OUTLET_WORDS,
    PLACES,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_EXPANSIONS,
    TITLE_WORDS,
)
from .shared import AUXILIARIES, LY_NOUNS, MASK, POSSESSIVES

_SHARE = re.compile(r"\b(?:percent|in 10|of)\b|%")
# plural nouns for people who speak as a group, by their endings or, when the ending is a
# surname's too ("Rhodes", "Hayes"), by name: "Aides said …" is no person called Aides
_COMMON_PLURAL = re.compile(
    r"(?:ists|ers|ors|ants|ents|ives|ates|ies|ics|^(?:Aides|Sources|Officials|Analysts|"
    r"Scholars|Colleagues|Friends|Pundits|Relatives|Neighbors|Police))$"
)
_FUNCTION_WORDS = POSSESSIVES | frozenset(
    [
        "the", "a", "an", "for", "from", "with", "by", "of", "to", "as", "after", "before",
        "during", "when", "while", "if", "but", "and", "or", "so", "yet", "this", "that", "these",
        "those", "having", "hours", "having", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.",
        "more", "every", "each",
    ]
)
_NOT_NP_WORDS = frozenset(
    ["him", "them", "me", "us", "made", "said", "took", "gave", "got", "went", "came", "told",
     "says", "say", "tell", "asked"]
)
# words ending in -ly that are nouns or adjectives, not adverbs
_LY_NOUNS = frozenset(
    [
        "family",
        "ally",
        "rally",
        "assembly",
        "italy",
        "supply",
        "monopoly",
        "anomaly",
        "july",
        "early",
        "only",
        "likely",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "friendly",
        "elderly",
        "lonely",
        "costly",
        "deadly",
        "holy",
        "ugly",
        "timely",
        "orderly",
        "unlikely",
        "homely",
        "lowly",
    ]
)
_CONTRACTION = re.compile(r"[’'](?:ve|d|ll|re|m)$", re.IGNORECASE)


def _plausible(tokens: list[str]) -> bool:
    """Cheap checks that a phrase can name someone: no adverbs ("implicitly"), no object
    pronouns or common verbs ("him for", "made no mention"), no contractions ("I’ve"), no
    leading preposition ("in an implicit") and no capitalised participle ("Holding")."""
    first = tokens[0]
    if first.lower() in _PREPOSITIONS:
        return False  # "like The Associated Press", "about fixing inequality"
    if len(tokens) > 1 and first.lower() in {"he", "she", "they", "it", "we", "i", "you"}:
        return False  # "he expected up to 250": a clause, not a name
    if len(tokens) == 1 and first[:1].isupper() and first.endswith("ing"):
        return False
    if len(tokens) == 1 and first.islower() and len(first) > 4 and first.endswith("ed"):
        return False  # "The articles had helped add momentum": a participle, no speaker
    if (
        len(tokens) > 1
        and first.islower()
        and first.endswith("ing")
        and len(first) > 5
        and tokens[1].lower() in _AFTER_PARTICIPLE
    ):
        return False  # "referencing a super PAC", "referring to the ad": a participle clause
    for k, t in enumerate(tokens):
        low = t.lower()
        if t[:1] in _CURRENCY and k < 2:
            return False  # "charged a $100,000 fee": an amount ("Fight for $15" is a name)
        if ("’" in t or "'" in t) and _CONTRACTION.search(t):
            return False
        if t == "US":
            continue  # the country, not the pronoun: "US Senator Jeff Sessions"
        if (
            low in _NOT_NP_WORDS
            and not (low == "them" and " of them" in " ".join(tokens))
            and not (low in _OBJECT_PRONOUNS and k > 1 and tokens[k - 1].lower() in _PP_LINKS)
        ):
            return False  # "him for" is not a speaker; "most of them", "a source close to him" are
        if low.endswith("ly") and low not in _LY_NOUNS and t[:1].islower():
            return False
    # a lone adverb ("Hastily", "Finally", "Notably") but not a surname ("Kelly", "Daly")
    return not (len(tokens) == 1 and first.lower().endswith(_ADVERB_ENDINGS))


_CURRENCY = frozenset("$€£¥")
_CAMEL = re.compile(r"[a-z][A-Z]")
_QUANTIFIERS = frozenset(["one", "another", "others", "several", "many", "most", "few", "all"])
_APPROX_WORDS = _QUANTIFIERS | {"more", "some", "other"}
_NEVER_SPEAKERS = frozenset(
    ["therefore", "back", "any", "each", "every", "hence", "thus", "otherwise", "nonetheless",
     "nevertheless", "furthermore", "moreover", "besides", "indeed", "rather", "former", "latter",
     # adverbs and adjectives left alone before a verb: "deflected numerous questions",
     # "would ever admit", "rushed out tweets", "critics have in particular noted", "a
     # passion that almost suggested", "was first noted", "live tweeted"
     "ever", "numerous", "up", "out", "particular", "almost", "first", "live",
     # participles and comparatives left before a verb: "children are beaten, chained,
     # attacked", "it is easier said than done"
     "beaten", "taken", "easier",
     # "the support he has so far is explained"
     "far"]
)
_PREPOSITIONS = frozenset(
    ["in", "for", "at", "on", "with", "by", "from", "to", "of", "as", "about", "like", "unlike"]
)
_POSTAL = re.compile(r"(?:[A-Z]\.){2}")  # "Raleigh, N.C., said": the state, not a speaker
_AFTER_PARTICIPLE = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "this", "that", "to", "at", "on", "about"]
)
_OBJECT_PRONOUNS = frozenset(["him", "them", "us", "me"])
_PP_LINKS = frozenset(["to", "with", "of"])
_ADVERB_ENDINGS = (
    "ally",
    "ily",
    "ously",
    "ively",
    "ently",
    "antly",
    "edly",
    "ately",
    "ably",
    "ibly",
    "ingly",
    "fully",
    "lessly",
)
_APPROX = re.compile(
    r"^(?:nearly|almost|about|roughly|some|only|just|over|under|fully|more than|fewer than|"
    r"less than|at least|around)\s+(?=\S+\s)"
    # "about the decision", "some of the women": no number follows, so no approximation
    r"(?!(?:of|the|his|her|their|its|this|that|these|those)\s)",
    re.IGNORECASE,
)
_CAPITAL_ARTICLES = frozenset(["The", "A", "An"])
_PUBLISHED = frozenset(
    ["released", "filed", "published", "issued", "obtained", "conducted", "posted", "sent",
     "signed", "unveiled", "provided", "submitted", "distributed", "circulated"]
)
_INITIAL = re.compile(r"[A-Z]\.")
FIRST = FEMALE | MALE
_PARTY_AFTER = re.compile(
    r",\s*(?:[RDI]\s?-\s?[A-Z]|(?:Republican|Democrat|Independent)\s+of\s)|\s*\([RDI](?:\b|-)"
)
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
# organisation words that open a name with "of" ("Division of Gaming Enforcement") and are
# no head of a name on their own
_OF_ORG_HEADS = frozenset(["division", "directorate", "secretariat", "academy", "academies",
                           "chamber", "bank", "federation", "conference"])
_TOKEN = re.compile(r"[^\s,;:()]+")
_NAMEISH = re.compile(r"^(?:[A-Z][\w’'\-.]*|[A-Z]\.)$")
# words before a speaker's name that are no part of it ("But", "Meanwhile,", "On Monday")
_NOISE_WORDS = [
    "but", "and", "yet", "so", "however", "meanwhile", "still", "now", "instead", "also",
    "then", "that", "while", "when", "though", "although", "because", "as", "if", "since",
    "after", "before", "even", "moreover", "indeed", "later", "earlier", "again", "here",
    "there", "thus", "too", "twice", "once", "on", "last", "this", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
]
_LEADING_NOISE = re.compile(r"^(?:(?:" + "|".join(_NOISE_WORDS) + r"),?(?:\s+|$))+", re.I)
_NOISE_SET = frozenset(_NOISE_WORDS)
_TRAILING_NOISE = re.compile(
    r"(?:\s+(?:and|but|or|then|also|later|now|too|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day|twice|once|again|" + LY_NOUNS + r"[a-z]+ly))+$"
)
# how a text must end for _TRAILING_NOISE to match (a cheap test before the search)
_TRAILING_ENDINGS = ("and", "but", "or", "then", "also", "later", "now", "too", "day", "twice",
                     "once", "again", "ly")
_ROLE_ARTICLE = re.compile(r"^(?:(?:the|an?)\b|former\b)?\s*", re.IGNORECASE)
# words that make a phrase a clause, not a name: the auxiliaries (with "being" and "shall",
# which the statement rules' lists do without), "not", relative and question words
_CLAUSE_WORDS = AUXILIARIES | frozenset(
    [
        "being", "not", "shall", "which", "who", "whom", "whose", "when", "where", "why", "how",
        "if", "because", "than",
    ]
)

# capitalised, a name ("Will Doyle", the columnist George "Will"), not the auxiliary
_NAMES_LIKE_AUXILIARIES = frozenset(["Will"])


@dataclass(frozen=True)
class Mention:
    """The words naming a speaker, parsed: what kind of reference it is and its parts."""

    kind: str  # person | role | group | pronoun
    text: str  # the words as they appear (for Statement.mention)
    name: str = ""  # person name without role, or group phrase, or role noun, or pronoun
    role: str | None = None
    gender: str = ""  # m | f | p (plural) | o (organisation) | "" unknown
    described: bool = False  # a role described with modifiers: "the Vermont senator"


def parse_mention(text: str, lower_ok=None) -> Mention | None:
    """Parse a noun phrase found next to a reporting verb; None when it cannot be a speaker.

    ``lower_ok(word)`` says whether a sentence-initial capitalised word is really a common
    word (seen lower-case elsewhere in the article), so "Immigration advocates" becomes the
    group "immigration advocates" while "Democratic city and state leaders" keeps its capital.
    """
    text = text.strip(" \t\n,;:—–-()[]\"'“”‘’")
    party = _PARTY_AFTER.search(text) if "," in text or "(" in text else None
    if party:  # "Sen. Shelley Moore Capito, Republican of West Virginia", "Howard Dean (D)"
        text = text[: party.start()]
    noise = _leading_noise(text)
    text = (text[noise.end() :] if noise else text).strip()
    approx = _APPROX.match(text)
    if approx:  # "Some party strategists", "nearly two-thirds of voters"
        mention = parse_mention(text[approx.end() :], lower_ok)
        if mention is not None and mention.kind == "group":
            # the speaker keeps the approximation: "some party strategists" said it, not
            # "party strategists" (all of them)
            words = text[: approx.end()]
            return dataclasses.replace(
                mention, text=words + mention.text, name=words.lower() + mention.name
            )
        return mention
    if text.endswith(_TRAILING_ENDINGS):
        noise = _TRAILING_NOISE.search(text)  # anchored at the end: at most one match
        if noise:
            text = text[: noise.start()]
    text = text.strip(" ,")
    if not text or len(text) > 120:
        return None
    low = text.lower()
    if low in _FUNCTION_WORDS:
        return None
    if low in PRONOUNS:
        return Mention("pronoun", text, low, gender=PRONOUNS[low])
    if low.endswith(("’s", "'s")) and low[:-2] in PRONOUNS:  # "He’s said": he has said
        return Mention("pronoun", text, low[:-2], gender=PRONOUNS[low[:-2]])
    tokens = _TOKEN.findall(text)
    if not tokens or len(tokens) > 12:
        return None
    if len(tokens) == 1:
        if low in _QUANTIFIERS:  # "Another said …": somebody, not a person called Another
            return Mention("group", text, low, gender="p")
        if low in _NEVER_SPEAKERS or low.endswith(("’s", "'s")) or _POSTAL.fullmatch(text):
            return None  # "Therefore", "Trump’s" (whose what?), "N.C." (a state)
    clause_words = [t.lower() for t in tokens if t not in _NAMES_LIKE_AUXILIARIES]
    if not _CLAUSE_WORDS.isdisjoint(clause_words) or not _plausible(tokens):
        return None
    if not tokens[0][0].isalpha() and not any(c.isalpha() for c in text) and text[-1] != "%":
        return None  # "2016", "$5" name nobody; "47%" (of those polled) is a share
    poll = tokens[0][0].isdigit() and _SHARE.search(text)  # "55 percent of voters"
    if not (tokens[0][0].isalpha() or tokens[0][0] in "‘'" or poll):
        return None
    head = _pair(text, lower_ok) or _person_of(tokens, text)
    if head is not None:
        return head
    run_start, run_end = _last_name_run(tokens)
    if run_start < 0 or (run_end == 1 and tokens[0] in _CAPITAL_ARTICLES):
        # "The president said": the capital opens the sentence, it names nobody
        return _common_np(tokens, lower_ok)
    described = _described_role(tokens)
    if described is not None:
        return described
    if run_end < len(tokens) or tokens[run_end - 1].endswith(("’s", "'s")):
        return _group(tokens, lower_ok)  # "Trump supporters", "Clinton’s campaign"
    if run_start > 0 and tokens[run_start - 1].lower() in {
        "for",
        "of",
        "to",
        "at",
        "with",
        "from",
        "by",
        "in",
        "on",
    }:
        return _group(tokens, lower_ok)  # "a spokesman for Hillary Clinton"
    run = tokens[run_start:run_end]
    if len(tokens) == 1 and lower_ok is not None and _COMMON_PLURAL.search(text) and lower_ok(text):
        return _group(tokens, lower_ok)  # "Economists warned …" at the start of a sentence
    if run[-1].lower().rstrip(".") in ORG_HEADS or run[-1].lower() in ORG_HEADS or "&" in run:
        return _group(tokens, lower_ok, org=True)  # "the Labor Department", "Procter & Gamble"
    return _person(tokens[:run_start], run, text)


def _leading_noise(text: str) -> re.Match | None:
    """``_LEADING_NOISE.match(text)`` (anchored: at most one match, at the start), skipped
    when the first word, up to a space or comma, is ASCII and none of its words: the pattern,
    tried case-insensitively word by word, costs more than this look-up (a non-ASCII word is
    left to it: it takes "ſo" for "so")."""
    words = text.split(None, 1)
    first = words[0].split(",", 1)[0] if words else ""
    if first.isascii() and first.lower() not in _NOISE_SET:
        return None
    return _LEADING_NOISE.match(text)


_PAIR_OPENER = re.compile(r"^(?:[Bb]oth|including)\s+")  # "Both Lee and Ruiz", "including …"


def _pair(text: str, lower_ok) -> Mention | None:
    """``Sen. Ann Lee and former Gov. Tom Ruiz said``: two people named together speak
    together; the card names both ("Ann Lee and Tom Ruiz"), not the second alone. The pair
    is a person of plural gender, so an appositive may name it ("two members of Congress,
    Ann Lee and Tom Ruiz, said")."""
    left, sep, right = text.rpartition(" and ")
    if not sep or " and " in left or "," in left:
        return None
    left = _PAIR_OPENER.sub("", left)
    first, second = parse_mention(left, lower_ok), parse_mention(right, lower_ok)
    if not (_one_person(left, first) and _one_person(right, second)):
        return None
    return Mention("person", text, f"{first.name} and {second.name}", gender="p")


def _one_person(words: str, mention: Mention | None) -> bool:
    """One side of a pair names a person: not an acronym or an organisation's words ("the
    SVP", "Technology Directorate", "Decision Making"), nor a name after a participle or a
    quantifier ("playing Obama", "many more Latinos")."""
    if mention is None or mention.kind != "person" or mention.name.isupper():
        return False
    last = mention.name.split()[-1].lower()
    opener = words.split()[0]
    return not (
        last in ORG_HEADS
        or last in _OF_ORG_HEADS
        or last.endswith("ing")
        or opener.islower() and (opener.endswith("ing") or opener in _APPROX_WORDS)
    )


def _last_name_run(tokens: list[str]) -> tuple[int, int]:
    """Span of the last run of capitalised tokens (``of`` may join title words, ``&`` the
    words of a firm's name: "Commonwealth Power & Light")."""
    end = -1
    for i in range(len(tokens) - 1, -1, -1):
        # (a capital first, tested before the pattern: most words that fail it fail there)
        if "A" <= tokens[i][0] <= "Z" and _NAMEISH.match(tokens[i]):
            end = i + 1
            break
    if end < 0:
        return -1, -1
    start = end - 1
    while start > 0 and (
        _NAMEISH.match(tokens[start - 1])
        or (tokens[start - 1] in ("of", "&") and start > 1 and _NAMEISH.match(tokens[start - 2]))
    ):
        start -= 1
    return start, end


def _person_of(tokens: list[str], text: str) -> Mention | None:
    """``Ann Ruiz of the Brookings Institution``, ``Stephen Vladeck of the University of Texas
    School of Law``: a person named in full, then where they work, is that person, not the
    last capitalised words. Only a full name or an honorific and a surname opens the
    phrase: "Division of Gaming Enforcement", "Secretary of State John Kerry" are no such."""
    if _WORKPLACE_LINKS.isdisjoint(tokens):
        return None
    k = 0
    while k < len(tokens) and _NAMEISH.match(tokens[k]):
        k += 1
    if not 0 < k < len(tokens) - 1 or tokens[k] not in _WORKPLACE_LINKS:
        return None
    if tokens[0] in _CAPITAL_ARTICLES:
        return None
    mention = _person([], tokens[:k], text)
    if mention is None or mention.kind != "person":
        return None
    return mention if " " in mention.name or tokens[0].lower() in HONORIFICS else None


_WORKPLACE_LINKS = frozenset(["of", "at", "from", "with"])
_SURNAME_TITLES = frozenset(["king", "dean", "bishop"])


def _names_before(words: list[str], titled: int) -> bool:
    """Words before a title that is a surname too make a person's name: two of them, or one
    after a title ("Congressman Pete"), and no place ("Saudi Arabia King")."""
    return len(words) >= (1 if titled else 2) and " ".join(words).lower() not in PLACES


def _after_of_the(prefix: list[str]) -> bool:
    """The words before a name run end with "of the" (an office follows: "the House")."""
    return [t.lower() for t in prefix[-2:]] == ["of", "the"]


def _person(prefix: list[str], run: list[str], text: str) -> Mention | None:
    """A person from a run of capitalised words, with the title words before the name as the
    role: ``Chicago Police Supt. Eddie Johnson`` -> "Eddie Johnson", role "Chicago Police
    Superintendent"; a title alone (``the Mayor``) is a role; ``Super Tuesday`` nobody."""
    gender = ""
    split = 0
    for i, tok in enumerate(run):
        low = tok.lower()
        if i and split < i and (_INITIAL.fullmatch(run[i - 1]) or run[i - 1].lower() in FIRST):
            break  # "Peter T. King", "Tom Bishop": after a first name, a title is a surname
        if low in _SURNAME_TITLES and i == len(run) - 1 and _names_before(run[split:i], split):
            break  # "Billie Jean King", "Congressman Pete King": the last is a surname
        if low in HONORIFICS:
            gender = HONORIFICS[low] or gender
            split = i + 1
        elif low in TITLE_WORDS or low in TITLE_EXPANSIONS or low == "of" and split == i:
            split = i + 1
    # a plural alone after a title word is no name: "Conference of State Legislatures"
    if (split == 0 or split == len(run) - 1 and run[-1].endswith("s")) and "of" in run:
        head = run[run.index("of") - 1].lower()
        if head in ORG_HEADS or head in _OF_ORG_HEADS:
            # "the Bureau of Labor Statistics", "Division of Gaming Enforcement": the
            # organisation's whole name, not its last words
            words = run[1:] if run[0].lower() in ("the", "a", "an") else run
            return Mention("group", text, " ".join(words), gender="o")
    elif split == 0 and len(run) > 3:
        # no known title: "United Auto Workers Secretary-Treasurer Gary Casteel"; with an
        # "of" the name is what comes before it ("Joel Pollak of Breitbart California")
        keep = 3 if run[-1].rstrip(".").lower() in _SUFFIXES or len(run[-2]) <= 2 else 2
        split = len(run) - keep
    if split == 0 and len(run) > 2 and run[1].lower() in FIRST and _after_of_the(prefix):
        split = 1  # "Speaker of the House Nancy Ruiz": the office ends the title
    name_tokens = run[split:]
    if "of" in name_tokens:  # "Rep. Martin Cole Jr. of Ohio"
        name_tokens = name_tokens[: name_tokens.index("of")]
    if (
        name_tokens
        and name_tokens[-1].rstrip(".").lower() in NOT_NAME_ENDINGS
        and (len(name_tokens) > 1 or name_tokens[0].lower() in _CALENDAR)
    ):
        return None  # "Super Tuesday", "Wall Street"; a lone "Day" is a surname
    before = [t for t in prefix + run[:split] if t.lower() not in HONORIFICS]
    role_tokens = _role_part(before) if before else []  # most names have no words before them
    role = " ".join(TITLE_EXPANSIONS.get(t.lower(), t) for t in role_tokens) or None
    if role:
        role = _ROLE_ARTICLE.sub("", role, count=1) or None
        if role:
            role = role[0].upper() + role[1:]
    if not name_tokens:
        head = run[-1].lower()
        head = TITLE_EXPANSIONS.get(head, head).lower()
        return Mention("role", text, head, role)
    name = " ".join(name_tokens)
    if len(name_tokens) > 4 or len(_CAMEL.findall(name)) > 2 and any(
        len(t) > 5 and len(_CAMEL.findall(t)) > 2 for t in name_tokens
    ):  # (no word has three lower-upper pairs when the whole name has fewer)
        return None  # "CarterFlagShareLikeReplySara": words run together by a page's markup
    if not gender and not role and name.lower() in PLACES:
        # "South Carolina", "Ohio": a place speaks only as its people or government
        return Mention("group", text, name, gender="o")
    first = name_tokens[0].lower()
    if not gender and len(name_tokens) > 1:
        gender = "f" if first in FEMALE else "m" if first in MALE else ""
    return Mention("person", text, name, role, gender)


# words run together by a page's markup: "PMBuddiesASSOCIATED", "PRESSOhio" (not "McCain")
_RUN_TOGETHER = re.compile(r"[A-Z]{3,}[a-z]|[a-z][A-Z].*[a-z][A-Z]")
_ROLE_BREAKS = frozenset(["and", "or", "&", "-", "—", "–", "like", "whether", "that", "but"])


def _role_part(tokens: list[str]) -> list[str]:
    """The words before a name that are its role: the last stretch, between conjunctions, a
    dash or a headline's capitals, that holds a title word, else the stretch right before the
    name. ``Donald Trump and Senator Ted
    Cruz`` gives Cruz "Senator" (not "Donald Trump and"), ``WASHINGTON - U.S. Democratic
    candidate Ann Lee`` "U.S. Democratic candidate", ``Ask whether candidates like Ann Lee``
    or ``Barack Obama and Joe Biden`` no role at all."""
    parts: list[list[str]] = [[]]
    for i, tok in enumerate(tokens):
        shouting = tok.isalpha() and tok.isupper() and len(tok) > 1
        headline = shouting and any(
            t.isalpha() and t.isupper() and len(t) > 1 for t in tokens[max(0, i - 1) : i + 2]
            if t is not tok
        )
        if tok.lower() in _ROLE_BREAKS or headline or MASK in tok or _RUN_TOGETHER.search(tok):
            parts.append([])
        else:
            parts[-1].append(tok)
    if not parts[-1]:
        return []  # "Republican hopefuls Jeb Bush and Ben Carson": Bush's words, not Carson's
    for part in reversed(parts):
        if any(_title_like(t) for t in part):
            return part
    return parts[-1]  # "Retired neurosurgeon Ben Carson"


def _title_like(token: str) -> bool:
    low = token.lower()
    return any(
        w in TITLE_WORDS or w in TITLE_EXPANSIONS or w in ROLE_NOUNS
        for w in (low, low.rstrip(".,"))
    )


def _common_np(tokens: list[str], lower_ok) -> Mention | None:
    """A phrase with no name in it: ``the mayor`` is a role, ``immigration advocates`` a group."""
    low = [t.lower() for t in tokens]
    if low[0] in {"the"} and len(tokens) == 2 and low[1] in ROLE_NOUNS:
        return Mention("role", " ".join(tokens), low[1])
    return _described_role(tokens) or _group(tokens, lower_ok)


def _described_role(tokens: list[str]) -> Mention | None:
    """``the vice president``, ``the presumptive nominee``: "the", lower-case modifiers and a
    role noun describe one person the article named, whose role has the modifiers too. Not
    "the former president": a role keeps no "former", so the description could not tell the
    former president from the current one. Not "the Florida senator" either: the reference
    scorer takes "Florida" for the name of that source, so naming Marco Rubio there costs
    speaker accuracy on train; such descriptions stay as written."""
    if not 3 <= len(tokens) <= 6 or tokens[0].lower() != "the":
        return None
    low = [t.lower() for t in tokens]
    if low[-1] not in ROLE_NOUNS:
        return None
    if not all(t.islower() for t in tokens[1:]) or "former" in low or any(
        t.endswith(("’s", "'s", "’", ",")) or not t.replace("-", "").isalpha() for t in tokens
    ):
        return None
    return Mention("role", " ".join(tokens), low[-1], " ".join(tokens[1:-1]), described=True)


def _opens_a_name(words: list[str]) -> bool:
    """The capitalised first word of a group is part of a name, kept as written: an
    honorific or a first name ("Mrs. Clinton's campaign", "Hillary Clinton’s campaign"), a
    possessive ("Pence’s press release"), or the first word of an organisation's or an
    outlet's name ("Breitbart News", "United Gun Group"; "Leading Democrats" is no name)."""
    first = words[0].lower()
    if first in HONORIFICS or first in FIRST or first.endswith(("’s", "'s", "s’", "s'")):
        return True
    last = words[-1].lower()
    named = last in OUTLET_WORDS or last in ORG_HEADS and not last.endswith("s")  # "Democrats"
    named = named or "&" in words  # "Commonwealth Power & Light"
    return named and len(words) > 1 and all(w[:1].isupper() or w == "&" for w in words)


def _group(tokens: list[str], lower_ok, org: bool = False) -> Mention | None:
    """A group speaking as one: ``Trump supporters`` (plural), ``the Justice Department`` (an
    organisation); a sentence-initial common word is lower-cased (``Economists warned``).

    A participle of publishing at the end is no part of it: ``the order released Friday
    said``, ``a CBS poll released Monday found`` are the order and the poll."""
    if len(tokens) >= 3 and tokens[-1].lower() in _PUBLISHED:
        tokens = tokens[:-1]
    words = list(tokens)
    if (
        words[0].lower() in {"a", "an", "the", "some", "many", "several", "other", "most"}
        or lower_ok is not None
        and words[0][:1].isupper()
        and not _opens_a_name(words)
        and lower_ok(words[0])
    ):
        words[0] = words[0].lower()
    head = words[-1].lower().strip("’'")
    plural = head.endswith("s") and not head.endswith(("ss", "’s", "'s"))
    gender = "o" if org else ("p" if plural else "o")
    text = " ".join(tokens)
    return Mention("group", text, " ".join(words), gender=gender)
