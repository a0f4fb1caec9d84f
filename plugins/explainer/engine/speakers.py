"""Who is speaking: parse the words naming a speaker and resolve them to a canonical name.

News names a person in full once ("U.S. Attorney General Jeff Sessions") and then by surname,
title or pronoun. The rules, in order:

* a role phrase before a name is split off ("Chicago Police Supt. Eddie Johnson" -> speaker
  "Eddie Johnson", role "Chicago Police Superintendent");
* a surname resolves to the earliest full mention with that surname;
* "the mayor"-style references resolve to the earliest person whose role has that word;
* he/she resolve to the nearest earlier person of compatible gender (first-name lexicon,
  honorifics), they/it to the nearest earlier group or organisation;
* anything else that reads as a noun phrase (a group or organisation: "immigration advocates",
  "the Justice Department") is its own canonical speaker.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

TITLE_EXPANSIONS = {
    "supt.": "Superintendent",
    "gov.": "Governor",
    "sen.": "Senator",
    "rep.": "Representative",
    "lt.": "Lieutenant",
    "gen.": "General",
    "atty.": "Attorney",
    "sec.": "Secretary",
    "ald.": "Alderman",
    "insp.": "Inspector",
    "det.": "Detective",
    "sgt.": "Sergeant",
    "capt.": "Captain",
    "col.": "Colonel",
    "adm.": "Admiral",
    "amb.": "Ambassador",
    "pres.": "President",
    "prof.": "Professor",
    "rev.": "Reverend",
    "cmdr.": "Commander",
    "asst.": "Assistant",
    "dep.": "Deputy",
    "lt. gov.": "Lieutenant Governor",
}
HONORIFICS = {
    "mr.": "m",
    "mr": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "dr.": "",
    "dr": "",
}
TITLE_WORDS = frozenset(
    [
        "principal",
        "dean",
        "provost",
        "lieutenant",
        "inspector",
        "captain",
        "sergeant",
        "president",
        "vice",
        "attorney",
        "general",
        "mayor",
        "governor",
        "senator",
        "representative",
        "congressman",
        "congresswoman",
        "superintendent",
        "secretary",
        "chief",
        "director",
        "judge",
        "justice",
        "speaker",
        "chairman",
        "chairwoman",
        "chair",
        "leader",
        "minister",
        "commissioner",
        "alderman",
        "officer",
        "detective",
        "sheriff",
        "ambassador",
        "deputy",
        "assistant",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "press",
        "candidate",
        "nominee",
        "treasurer",
        "comptroller",
        "prosecutor",
        "councilman",
        "councilwoman",
        "pastor",
        "pope",
        "king",
        "queen",
        "prince",
        "chancellor",
        "premier",
        "delegate",
        "lawmaker",
        "police",
        "majority",
        "minority",
        "whip",
        "former",
        "executive",
        "ceo",
        "founder",
        "host",
        "anchor",
        "adviser",
        "advisor",
        "manager",
        "strategist",
        "analyst",
        "professor",
        "coach",
        "sen.",
        "gov.",
        "supt.",
        "rep.",
        "lt.",
        "gen.",
        "atty.",
        "sec.",
        "ald.",
        "insp.",
        "det.",
        "sgt.",
        "capt.",
        "col.",
        "adm.",
        "amb.",
        "pres.",
        "prof.",
        "rev.",
        "cmdr.",
        "asst.",
        "dep.",
        "republican",
        "democratic",
        "democrat",
        "gop",
        "libertarian",
        "independent",
        "presumptive",
        "state",
        "u.s.",
        "federal",
        "first",
        "lady",
        "reverend",
        "bishop",
        "cardinal",
        "rabbi",
        "imam",
        "economist",
        "pollster",
        "correspondent",
        "editor",
        "columnist",
        "reporter",
        "commentator",
    ]
)
ORG_HEADS = frozenset(
    [
        "department",
        "committee",
        "party",
        "campaign",
        "administration",
        "agency",
        "bureau",
        "office",
        "council",
        "house",
        "court",
        "commission",
        "association",
        "union",
        "institute",
        "center",
        "centre",
        "foundation",
        "university",
        "college",
        "school",
        "times",
        "post",
        "news",
        "network",
        "group",
        "inc.",
        "corp.",
        "co.",
        "company",
        "corporation",
        "service",
        "services",
        "board",
        "police",
        "fbi",
        "cia",
        "senate",
        "congress",
        "assembly",
        "legislature",
        "government",
        "ministry",
        "embassy",
        "coalition",
        "caucus",
        "organization",
        "organisation",
        "project",
        "alliance",
        "fund",
        "county",
        "city",
        "state",
        "republicans",
        "democrats",
        "gop",
        "journal",
        "tribune",
        "magazine",
        "press",
        "review",
        "club",
        "society",
        "league",
        "federation",
        "center",
        "cnn",
        "msnbc",
        "nbc",
        "abc",
        "cbs",
        "pac",
        "council",
    ]
)
ROLE_NOUNS = frozenset(
    [
        "mayor",
        "president",
        "governor",
        "senator",
        "superintendent",
        "secretary",
        "director",
        "judge",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chairman",
        "chairwoman",
        "candidate",
        "nominee",
        "congressman",
        "congresswoman",
        "commissioner",
        "chief",
        "attorney",
        "sheriff",
        "prosecutor",
        "minister",
        "speaker",
        "leader",
    ]
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "o", "we": "p", "i": "s"}
FEMALE = frozenset(
    """
    hillary nancy elizabeth kellyanne sarah carly michelle melania ivanka debbie donna huma
    hope kelly jennifer mary susan karen lisa linda patricia barbara margaret jessica ashley
    emily amanda anna maria laura rebecca amy katherine kathleen catherine claire diane
    dianne maxine kirsten tammy tulsi nikki condoleezza loretta janet jill chelsea megyn
    dana hannah julia rachel samantha victoria andrea heather stephanie nicole christine
    angela jane joan judy sharon carol sandra ann anne ellen marsha kamala lindsey? ruth
    sonia elena valerie teresa jeanne jeanine katrina katie kate alice betsy connie gina
    martha monica natalie olivia paula rosa sally sheila tina wendy brenda cheryl denise
    deborah gloria irene jo madeleine marie megan michele pam pamela penny robin sue tara
    """.replace("?", "").split()
)
MALE = frozenset(
    [
        "donald",
        "barack",
        "bill",
        "bernie",
        "ted",
        "marco",
        "jeb",
        "john",
        "chris",
        "ben",
        "rand",
        "mike",
        "michael",
        "paul",
        "joe",
        "jeff",
        "rahm",
        "eddie",
        "bruce",
        "newt",
        "mitt",
        "rick",
        "scott",
        "tim",
        "jim",
        "james",
        "robert",
        "david",
        "richard",
        "charles",
        "thomas",
        "george",
        "mark",
        "steve",
        "steven",
        "kevin",
        "brian",
        "ron",
        "ronald",
        "gary",
        "larry",
        "eric",
        "frank",
        "peter",
        "harry",
        "reince",
        "corey",
        "sean",
        "stephen",
        "jason",
        "matt",
        "matthew",
        "andrew",
        "anthony",
        "daniel",
        "dan",
        "greg",
        "gregory",
        "jack",
        "jerry",
        "joseph",
        "josh",
        "ken",
        "kenneth",
        "lindsey",
        "martin",
        "patrick",
        "ray",
        "roger",
        "sam",
        "tom",
        "tony",
        "vladimir",
        "xi",
        "martin",
        "william",
        "willie",
        "carl",
        "chuck",
        "dick",
        "rudy",
        "rudolph",
        "lamar",
        "lincoln",
        "jesse",
        "al",
        "alan",
        "bob",
    ]
)
_SHARE = re.compile(r"\b(?:percent|in 10|of)\b|%")
_CALENDAR = frozenset(  # days and months; not 'may' (a surname too)
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
NOT_NAME_ENDINGS = _CALENDAR | frozenset(
    [
        "may",
        "day",
        "night",
        "street",
        "avenue",
        "road",
        "square",
        "states",
        "america",
        "news",
        # wars, laws and places are not people: "the Vietnam War", "the Patriot Act"
        "war",
        "act",
        "amendment",
        "doctrine",
        "boulevard",
        "airport",
        "island",
        "valley",
    ]
)
_COMMON_PLURAL = re.compile(r"(?:ists|ers|ors|ants|ents|ives|ates|ies|ics)$")
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "for",
        "from",
        "with",
        "by",
        "of",
        "to",
        "as",
        "after",
        "before",
        "during",
        "when",
        "while",
        "if",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "having",
        "hours",
        "having",
        "mr",
        "mrs",
        "ms",
        "dr",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "more",
        "every",
        "each",
    ]
)
_NOT_NP_WORDS = frozenset(
    [
        "him",
        "them",
        "me",
        "us",
        "made",
        "said",
        "took",
        "gave",
        "got",
        "went",
        "came",
        "told",
        "says",
        "say",
        "tell",
        "asked",
    ]
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
    if first.lower() in {"in", "for", "at", "on", "with", "by", "from", "to", "of", "as", "about"}:
        return False
    if len(tokens) > 1 and first.lower() in {"he", "she", "they", "it", "we", "i", "you"}:
        return False  # "he expected up to 250": a clause, not a name
    if len(tokens) == 1 and first[:1].isupper() and first.endswith("ing"):
        return False
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


_CAMEL = re.compile(r"[a-z][A-Z]")
_QUANTIFIERS = frozenset(["one", "another", "others", "several", "many", "most", "few", "all"])
_NEVER_SPEAKERS = frozenset(
    ["therefore", "back", "any", "each", "every", "hence", "thus", "otherwise", "nonetheless",
     "nevertheless", "furthermore", "moreover", "besides", "indeed", "rather", "former", "latter"]
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
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
_TOKEN = re.compile(r"[^\s,;:()]+")
_NAMEISH = re.compile(r"^(?:[A-Z][\w’'\-.]*|[A-Z]\.)$")
_LEADING_NOISE = re.compile(
    r"^(?:(?:but|and|yet|so|however|meanwhile|still|now|instead|also|then|that|while|"
    r"when|though|although|because|as|if|since|after|before|even|moreover|indeed|later|"
    r"earlier|again|here|there|thus|too|twice|once|on|last|this|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight),?(?:\s+|$))+",
    re.IGNORECASE,
)
_TRAILING_NOISE = re.compile(
    r"(?:\s+(?:and|but|or|then|also|later|now|too|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day|twice|once|again|[a-z]+ly))+$"
)
# how a text must end for _TRAILING_NOISE to match (a cheap test before the search)
_TRAILING_ENDINGS = ("and", "but", "or", "then", "also", "later", "now", "too", "day", "twice",
                     "once", "again", "ly")
_ROLE_ARTICLE = re.compile(r"^(?:(?:the|an?)\b|former\b)?\s*", re.IGNORECASE)
_CLAUSE_WORDS = frozenset(
    [
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "not",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "do",
        "does",
        "did",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "if",
        "because",
        "than",
    ]
)


@dataclass(frozen=True)
class Mention:
    """The words naming a speaker, parsed: what kind of reference it is and its parts."""

    kind: str  # person | role | group | pronoun
    text: str  # the words as they appear (for Statement.mention)
    name: str = ""  # person name without role, or group phrase, or role noun, or pronoun
    role: str | None = None
    gender: str = ""  # m | f | p (plural) | o (organisation) | "" unknown


def parse_mention(text: str, lower_ok=None) -> Mention | None:
    """Parse a noun phrase found next to a reporting verb; None when it cannot be a speaker.

    ``lower_ok(word)`` says whether a sentence-initial capitalised word is really a common
    word (seen lower-case elsewhere in the article), so "Immigration advocates" becomes the
    group "immigration advocates" while "Democratic city and state leaders" keeps its capital.
    """
    text = text.strip(" \t\n,;:—–-()[]\"'“”‘’")
    noise = _LEADING_NOISE.match(text)  # anchored: at most one match, at the start
    text = (text[noise.end() :] if noise else text).strip()
    approx = _APPROX.match(text)
    if approx:  # "nearly two-thirds of voters" -> "two-thirds of voters"
        mention = parse_mention(text[approx.end() :], lower_ok)
        if mention is not None and mention.kind == "group":
            # the speaker drops the approximation; the words naming it keep it
            return dataclasses.replace(mention, text=text[: approx.end()] + mention.text)
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
    if not _CLAUSE_WORDS.isdisjoint([t.lower() for t in tokens]) or not _plausible(tokens):
        return None
    if not tokens[0][0].isalpha() and not any(c.isalpha() for c in text):
        return None
    poll = tokens[0][0].isdigit() and _SHARE.search(text)  # "55 percent of voters"
    if not (tokens[0][0].isalpha() or tokens[0][0] in "‘'" or poll):
        return None
    run_start, run_end = _last_name_run(tokens)
    if run_start < 0:
        return _common_np(tokens, lower_ok)
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
    if run[-1].lower().rstrip(".") in ORG_HEADS or run[-1].lower() in ORG_HEADS:
        return _group(tokens, lower_ok, org=True)
    return _person(tokens[:run_start], run, text)


def _last_name_run(tokens: list[str]) -> tuple[int, int]:
    """Span of the last run of capitalised tokens (``of`` may join title words)."""
    end = -1
    for i in range(len(tokens) - 1, -1, -1):
        if _NAMEISH.match(tokens[i]):
            end = i + 1
            break
    if end < 0:
        return -1, -1
    start = end - 1
    while start > 0 and (
        _NAMEISH.match(tokens[start - 1])
        or (tokens[start - 1] == "of" and start > 1 and _NAMEISH.match(tokens[start - 2]))
    ):
        start -= 1
    return start, end


def _person(prefix: list[str], run: list[str], text: str) -> Mention | None:
    gender = ""
    split = 0
    for i, tok in enumerate(run):
        low = tok.lower()
        if low in HONORIFICS:
            gender = HONORIFICS[low] or gender
            split = i + 1
        elif low in TITLE_WORDS or low in TITLE_EXPANSIONS or low == "of" and split == i:
            split = i + 1
    if split == 0 and len(run) > 3:
        # no known title: "United Auto Workers Secretary-Treasurer Gary Casteel"
        keep = 3 if run[-1].rstrip(".").lower() in _SUFFIXES or len(run[-2]) <= 2 else 2
        split = len(run) - keep
    name_tokens = run[split:]
    if "of" in name_tokens:  # "Rep. Martin Cole Jr. of Ohio"
        name_tokens = name_tokens[: name_tokens.index("of")]
    if (
        name_tokens
        and name_tokens[-1].rstrip(".").lower() in NOT_NAME_ENDINGS
        and (len(name_tokens) > 1 or name_tokens[0].lower() in _CALENDAR)
    ):
        return None  # "Super Tuesday", "Wall Street"; a lone "Day" is a surname
    role_tokens = [t for t in prefix + run[:split] if t.lower() not in HONORIFICS]
    role = " ".join(TITLE_EXPANSIONS.get(t.lower(), t) for t in role_tokens) or None
    if role:
        role = _ROLE_ARTICLE.sub("", role, count=1) or None
        if role:
            role = role[0].upper() + role[1:]
    if not name_tokens:
        head = run[-1].lower()
        head = TITLE_EXPANSIONS.get(head, head).lower()
        return Mention("role", text, head, role)
    if len(name_tokens) > 4 or any(len(t) > 5 and len(_CAMEL.findall(t)) > 2 for t in name_tokens):
        return None  # "CarterFlagShareLikeReplySara": words run together by a page's markup
    first = name_tokens[0].lower()
    if not gender and len(name_tokens) > 1:
        gender = "f" if first in FEMALE else "m" if first in MALE else ""
    return Mention("person", text, " ".join(name_tokens), role, gender)


def _common_np(tokens: list[str], lower_ok) -> Mention | None:
    low = [t.lower() for t in tokens]
    if low[0] in {"the"} and len(tokens) == 2 and low[1] in ROLE_NOUNS:
        return Mention("role", " ".join(tokens), low[1])
    return _group(tokens, lower_ok)


def _group(tokens: list[str], lower_ok, org: bool = False) -> Mention | None:
    words = list(tokens)
    if (
        words[0].lower() in {"a", "an", "the", "some", "many", "several", "other", "most"}
        or lower_ok is not None
        and words[0][:1].isupper()
        and lower_ok(words[0])
    ):
        words[0] = words[0].lower()
    head = words[-1].lower().strip("’'")
    plural = head.endswith("s") and not head.endswith(("ss", "’s", "'s"))
    gender = "o" if org else ("p" if plural else "o")
    text = " ".join(tokens)
    return Mention("group", text, " ".join(words), gender=gender)


_LOOKBACK = 60  # statements or name mentions searched back for a pronoun's antecedent


# "a lawsuit filed by the city of Chicago": the document noun and who filed it. One pattern for
# every noun, read once per article (a pattern per noun cost more to compile than to run).
_OWNED = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:new\s+|recent\s+)?(\S+)"
    r"\s+(?:(?:filed|written|issued|released|brought|published|sent)\s+)?by\s+"
    r"((?:the\s+)?(?:[a-z]+\s+of\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
)


# definite descriptions that name an organisation mentioned earlier ("the company said")
_DEFINITE_ORGS = frozenset(
    [
        "company",
        "firm",
        "district",
        "union",
        "county",
        "city",
        "council",
        "board",
        "agency",
        "department",
        "commission",
        "coalition",
        "association",
        "alliance",
        "authority",
        "hospital",
        "university",
        "college",
        "utility",
    ]
)
# last words of company names ("Harlow Chemical", "Acme Corp.")
_COMPANY_WORDS = frozenset(
    [
        "company",
        "co.",
        "co",
        "corp.",
        "corp",
        "corporation",
        "inc.",
        "inc",
        "llc",
        "ltd.",
        "ltd",
        "chemical",
        "chemicals",
        "industries",
        "energy",
        "motors",
        "pharmaceuticals",
        "airlines",
        "technologies",
        "holdings",
        "bank",
        "foods",
        "systems",
        "manufacturing",
        "mining",
        "oil",
        "steel",
        "utilities",
    ]
)
_ORG_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)*")


@dataclass
class Person:
    """A person named in the article: canonical full name, role and gender when known."""

    name: str
    role: str | None
    gender: str


class Resolver:
    """Turns mentions into canonical speakers using what the article said before them."""

    def __init__(self, people: list[tuple[int, Mention]], body: str | None = None):
        """``people``: every full-name or role mention outside quotations, with offsets;
        ``body``: the (masked) article text, for naming documents by their authors."""
        self.body = body
        self._owners: dict[str, list[tuple[int, str]]] | None = None
        self._orgs: dict[str, list[tuple[int, str]]] = {}
        self._by_role: dict[str, Person | bool] = {}
        self.by_surname: dict[str, Person] = {}
        self.by_full: dict[str, Person] = {}
        self.timeline: list[tuple[int, Person]] = []
        for pos, m in people:
            person = self._register(m)
            if person:
                self.timeline.append((pos, person))
        self._positions = [p for p, _ in self.timeline]

    def _register(self, m: Mention) -> Person | None:
        if m.kind != "person":
            return None
        tokens = m.name.split()
        surname = tokens[-1].lower()
        if len(tokens) >= 2:
            key = (tokens[0] + " " + tokens[-1]).lower()
            person = self.by_full.get(key)
            if person is None:
                person = Person(m.name, m.role, m.gender)
                self.by_full[key] = person
                self.by_surname.setdefault(surname, person)
            if not person.role and m.role:
                person.role = m.role
            return person
        person = self.by_surname.get(surname)
        if person is None and (m.gender or m.role):
            # "Mr. Hannity", "Sen. Grassley": a surname with an honorific or title is a person
            person = self.by_surname[surname] = Person(m.name, m.role, m.gender)
        return person

    def resolve(self, m: Mention, pos: int, previous: list[tuple[int, str, str, str]]):
        """Return ``(speaker, role, gender)`` or None when the mention cannot be resolved.

        ``previous``: earlier statements as ``(pos, speaker, kind, gender)``.
        """
        if m.kind == "person":
            person = self._register(m)
            if person is None:
                return m.name, m.role, m.gender
            if m.role and not person.role:
                person.role = m.role
            return person.name, m.role or person.role, person.gender
        if m.kind == "role":
            person = self._by_role.get(m.name)
            if person is None:
                person = next(
                    (p for _, p in self.timeline if p.role and m.name in p.role.lower()), None
                )
                self._by_role[m.name] = person or False
            if person:
                return person.name, person.role, person.gender
            return m.text if m.text.lower().startswith("the ") else m.name, m.role, ""
        if m.kind == "group":
            owner = self._owner(m.name, pos) or self._named_org(m.name, pos)
            return owner or m.name, None, m.gender
        return self._pronoun(m.gender, pos, previous)

    def _named_org(self, name: str, pos: int) -> str | None:
        """``the company`` after ``Eastvale Water Company`` or ``Harlow Chemical``: a definite
        institution noun names the latest organisation before it whose name ends in that
        noun (or, for a company, in a word companies are named with)."""
        words = name.split()
        if self.body is None or len(words) != 2 or words[0] != "the":
            return None
        head = words[1]
        if head not in _DEFINITE_ORGS:
            return None
        found = self._orgs.get(head)
        if found is None:
            ends = _COMPANY_WORDS if head in ("company", "firm") else frozenset([head])
            found = self._orgs[head] = []
            for m in _ORG_RUN.finditer(self.body):
                run = m.group().split()
                cut = [
                    k
                    for k, w in enumerate(run[:-1])
                    if w.endswith(".") and len(w) > 3 and w.lower() not in _COMPANY_WORDS
                ]
                if cut:
                    run = run[cut[-1] + 1 :]  # "… Muslim Ban. The St. Paul City Council"
                last = run[-1].lower()
                if last not in ends or len(run) < 2:
                    continue
                if run[0] in ("The", "A", "An"):
                    run = run[1:]
                if len(run) >= 2 or last not in _DEFINITE_ORGS:
                    found.append((m.start(), " ".join(run)))
        i = bisect.bisect_left(found, (pos, "")) - 1
        return found[i][1] if i >= 0 else None

    def _owner(self, name: str, pos: int) -> str | None:
        """``the lawsuit`` after ``a lawsuit filed by the city of Chicago``: name the document
        by whoever filed, wrote or issued it (``the city of Chicago's lawsuit``)."""
        words = name.split()
        if self.body is None or len(words) != 2 or words[0] != "the":
            return None
        noun = words[1]
        if self._owners is None:  # every "a <noun> filed by …" of the article, found once
            self._owners = {}
            for m in _OWNED.finditer(self.body):
                self._owners.setdefault(m.group(1), []).append((m.start(), m.group(2)))
        found = self._owners.get(noun, [])
        i = bisect.bisect_left(found, (pos, "")) - 1
        if i < 0:
            return None
        owner = found[i][1].split()
        while owner and owner[-1].rstrip(".").lower() in NOT_NAME_ENDINGS:
            owner.pop()
        if not owner:
            return None
        mark = "’" if "’" in self.body else "'"
        return f"{' '.join(owner)}{mark}s {noun}"

    def _pronoun(self, gender: str, pos: int, previous):
        """Nearest compatible antecedent; looks back a bounded distance so that long
        articles stay linear."""
        recent = previous[-_LOOKBACK:]
        if gender in ("p", "o"):
            for _p, speaker, kind, g in reversed(recent):
                if kind == "group" and (g == gender or gender == "p"):
                    return speaker, None, g
            return None
        if gender == "s":
            return None
        best = None
        i = bisect.bisect_left(self._positions, pos) - 1
        for k in range(i, max(-1, i - _LOOKBACK), -1):
            p, person = self.timeline[k]
            if not person.gender or person.gender == gender:
                best = (p, person.name, person.role, person.gender)
                break
        for p, speaker, kind, g in reversed(recent):
            if kind == "person" and (not g or g == gender):
                if best is None or p >= best[0]:
                    return speaker, None, g
                break
        if best:
            return best[1], best[2], best[3]
        return None
