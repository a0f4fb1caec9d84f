"""Statement extraction: find reported speech in an article body and who said it.

The public entry point is :func:`extract_statements`. It is rule-based, pure Python and
deterministic. The pipeline:

1. paragraphs (:mod:`explainer.engine.paragraphs`) and quotations (:mod:`explainer.engine.quotes`);
2. a *masked* copy of the body in which every quotation is blanked out, so reporting verbs
   and speaker names are only looked for in the reporter's own words;
3. sentences (:mod:`explainer.engine.sentences`), never broken inside a quotation or at a title;
4. per sentence, every reporting cue (:mod:`explainer.engine.cues`) is read in one of three shapes:
   trailing (``“…,” X said`` / ``…, said X``), leading (``X said (that) …`` / ``X said: “…”``)
   or ``according to X``; participles (``…, saying …``) take the clause's subject;
5. quotations nobody was credited with, opening a sentence, continue the previous speaker
   (follow-on quote paragraphs, ``“A,” she said. “B.”``);
6. speakers are parsed (:mod:`explainer.engine.mentions`) and resolved to canonical names
   (:mod:`explainer.engine.resolver`).

Quotations that belong to no reporting cue (scare quotes, titles of books or laws, nicknames)
are never statements on their own.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass

from .cues import (
    AMBIGUOUS_FORMS,
    FORMS,
    INFINITIVE_OK,
    THAT_REQUIRED,
    cue_info,
    find_cues,
    has_cue,
    is_participle,
)
from .mentions import Mention, parse_mention
from .model import Statement
from .names import ORG_HEADS, ROLE_NOUNS, TITLE_WORDS
from .paragraphs import split_paragraphs
from .quotes import Quote, find_quotes
from .resolver import Resolver
from .sentences import is_abbreviation, split_sentences

MASK = "\x1a"
_BOUNDARY = ",;:—–()" + MASK
_ADVERBIAL = re.compile(
    r"(?:,?\s+(?:in\s+(?:a|an|his|her|their|its|the)\s+(?:written\s+|joint\s+|prepared\s+)?"
    r"(?:statement|interview|speech|email|e-mail|letter|tweet|post|release|op-ed|radio "
    r"interview|television interview|TV interview|memo|report|news release|press release|"
    r"ruling|decision|opinion|book|column|letter|affidavit|filing|complaint|testimony|remarks|"
    r"message|blog post|Facebook post|newsletter|essay|op-ed)"
    r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?"
    r"|on\s+(?:Twitter|Facebook|Instagram|CNN|Fox(?:\s+News)?|MSNBC|NBC|CBS|ABC|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day "
    r"(?:morning|afternoon|evening|night))"
    r"|(?:last\s+|on\s+|this\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:also|later|earlier|then|again|recently|previously|repeatedly|publicly|privately|"
    r"often|once|further|simply|bluntly|flatly|repeatedly|yesterday|today|tonight|"
    r"afterward|afterwards|separately|frequently|firmly|angrily|openly|sharply|strongly)"
    r"|for\s+(?:days|weeks|months|years|decades|some\s+time|a\s+while)"
    r"|(?:in|over)\s+(?:recent|the\s+past|the\s+last)\s+(?:days|weeks|months|years)"
    r"|at\s+(?:a|an|the)\s+(?:news conference|press conference|rally|briefing|town hall|"
    r"hearing|debate|event|campaign event|forum)(?:\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?"
    r"))*"
)
_ADVERB_BEFORE = re.compile(
    r"(?:\s+(?:also|later|earlier|then|again|recently|previously|repeatedly|publicly|privately|"
    r"often|once|has|have|had|would|will|could|might|may|should|can|did|does|do|is|was|are|"
    r"were|been|never|always|frequently|flatly|strongly|sharply|quickly|simply|openly|"
    r"firmly|angrily|bluntly|further|just|long|reportedly|separately|then|yesterday|"
    r"nevertheless|nonetheless|already|even|still|"
    r"(?!(?:family|ally|rally|assembly|supply|elderly|monopoly|only)\b)[a-z]{3,}ly|"
    r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+week|"
    r"in\s+a\s+statement|in\s+an\s+interview))+\s*$"
)
# the last word of every match of _ADVERB_BEFORE is one of these or ends in "ly" or "day"
# (a cheap test before the search: most subjects end in a name or a noun)
_ADVERB_LAST_WORDS = frozenset(
    [
        "also", "later", "earlier", "then", "again", "recently", "previously", "repeatedly",
        "publicly", "privately", "often", "once", "has", "have", "had", "would", "will", "could",
        "might", "may", "should", "can", "did", "does", "do", "is", "was", "are", "were", "been",
        "never", "always", "frequently", "flatly", "strongly", "sharply", "quickly", "simply",
        "openly", "firmly", "angrily", "bluntly", "further", "just", "long", "reportedly",
        "separately", "yesterday", "nevertheless", "nonetheless", "already", "even", "still",
        "week", "statement", "interview",
    ]
)
_ADVERB_LAST_ENDINGS = ("ly", "day")
# time phrases between a subject and its verb ("at the time", "two weeks ago", "on Thursday
# evening"), tried only when the words before the verb end like one (a cheap test first)
_TIME_BEFORE = re.compile(
    r"\s+(?:at\s+the\s+time|in\s+the\s+past|"
    r"(?:(?:less|more)\s+than\s+)?\w+\s+(?:days?|weeks?|months?|years?)\s+ago|"
    r"during\s+(?:a|an|the)\s+[A-Za-z]+|"
    r"(?:on\s+|last\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?:morning|afternoon|evening|night))\s*$"
)
_TIME_ENDINGS = ("time", "past", "ago", "morning", "afternoon", "evening", "night")
_TRAIL_END = re.compile(r"[\s.!?]*$")
_SPLIT_QUOTE = re.compile(
    # “A,” she said, “B” / “A,” he said of the plan, “B” / “A,” she said - “B”
    # but not “A,” he said, adding, “B”: a participle opens a statement of its own
    r"\s*(?![^.!?;:" + MASK + r"]{0,60}?,\s*(?:and\s+)?[a-z]+ing\b[,:]?\s*" + MASK + r")"
    r"(?:[^.!?;:" + MASK + r"]{0,60}?,\s*|[,:—–-]*\s*)" + MASK
)
_PARTICIPLE_NEXT = re.compile(r"\s*,\s+(?:and\s+)?(?:\w+ing)\b")
_THAT = re.compile(r"\s*(?:[,:—–]\s*)?(?:that\s+)?")
_OF_ABOUT = re.compile(r"\s+(?:of|about)\s+[^,]{1,60},\s*(?=" + MASK + ")")
_ADDRESSEE = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|"
    r"reporters|journalists|supporters|voters|the crowd|him|her|them|us|me|you|"
    r"(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?|"
    r"[a-z]+s(?=\s+(?:he|she|they|it|we|I|there|the|a)\b)|"
    r"[a-z]+(?:\s+[a-z]+)?\s+(?:reporters|supporters|audience|crowd))"
    r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)?"
)
_VERBISH = re.compile(r"^[a-z]+(?:ed|ing)$")
_STOP_BACK = frozenset(
    [
        "from",
        "in",
        "on",
        "at",
        "by",
        "with",
        "into",
        "about",
        "over",
        "after",
        "before",
        "during",
        "against",
        "to",
        "than",
        "said",
        "says",
        "told",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "not",
        "never",
        "also",
        "when",
        "while",
        "if",
        "because",
        "although",
        "though",
        "since",
        "until",
        "unless",
        "as",
        "so",
    ]
)
_NOUN_BEFORE = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "these",
        "those",
        "no",
        "any",
        "each",
        "every",
        "of",
    ]
)
_SUBJECT_SKIP = re.compile(
    r"^(?:(?:(?i:but|and|yet|so|still|however|meanwhile|instead|now|later|earlier|also|then|"
    r"even so)|(?i:although|though|because|since|despite|amid|here|there)\s+[^,]{1,80}|"
    r"(?:In|At)\s+[^,]{1,100}(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?=,))?"
    r"(?:,?\s+on\s+[A-Z][a-z]+day)?|On\s+[^,]{1,60}|During\s+[^,]{1,60}|"
    r"After\s+[^,]{1,60}|Before\s+[^,]{1,60}|Last\s+[^,]{1,30}|Speaking\s+[^,]{1,60}|"
    r"Asked\s+[^,]{1,80}|When\s+[^,]{1,80}|While\s+[^,]{1,80}|"
    r"(?:Minutes|Hours|Days|Weeks|Months|Years|Moments)\s+(?:later|earlier|after[^,]{0,60}))"
    r"\s*,?\s+)+"
)
# possessive (*+, ++): giving characters of a name back can never let a run continue, and
# not trying to makes the scan over every capitalised word of an article a third faster
_NAME_TOKEN = r"[A-Z](?:[\w’'\-]++|\.(?=[A-Za-z]))*+\.?"
_RUN = re.compile(r"(?:" + _NAME_TOKEN + r")(?:[ ](?:" + _NAME_TOKEN + r"|of(?= [A-Z])))*")
# the runs of _RUN that have two words or more (a shorter run fails at every later start too)
_RUNS_OF_TWO = re.compile(r"(?:" + _NAME_TOKEN + r")(?:[ ](?:" + _NAME_TOKEN + r"|of(?= [A-Z])))+")
_RUN_NOISE = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "Of",
        "To",
        "As",
        "After",
        "Before",
        "During",
        "When",
        "While",
        "If",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
        "Your",
        "We",
        "I",
        "He",
        "She",
        "It",
        "They",
        "Last",
        "Next",
        "Since",
        "Until",
        "Under",
        "Over",
        "Despite",
        "Although",
        "Though",
        "Because",
        "Meanwhile",
        "However",
        "Still",
        "Now",
        "Then",
        "Also",
        "Even",
        "Just",
        "Only",
        "Many",
        "Some",
        "Most",
        "More",
        "Every",
        "Each",
        "Both",
        "According",
        "Asked",
        "Speaking",
        "Like",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
)
_PRONOUN_SUBJECT = re.compile(r"^(He|She|They|It|We)\b")
_PRONOUN_ANY = re.compile(r"^(he|she|they|it|we)(?=\s)", re.IGNORECASE)  # after an intro phrase
_WORD = re.compile(r"\w+")
_QUOTE_LED = re.compile(
    r"[\s(]*" + MASK + r"+[\s,]*[^\s,;:" + MASK + r"][^;:" + MASK + r"]{0,160}$"
)
_TO_SOMEONE = re.compile(
    r"\s+to\s+[^.;:" + MASK + r"]{1,60}?(?:[,:]\s*(?=" + MASK + r")|\s+that\s+)"
)
_LAST_CONJ = re.compile(r"(?:,?\s+(?:and|but)(?:\s+(?:also|then|later))?|,)\s*$")
_CLAUSE_TAIL = re.compile(
    # (the comma before the lookbehind: most positions tried are spaces, and fail at once)
    r",\s+(?P<rel>who|whose)\b|,(?<!that,)\s+(?!according\b)[a-z]+ing\b|\s+(?P<dash>—|--|-)\s+|;\s"
    r"|:\s+(?=[A-Z])"
    # a second verb of the same subject: "called it “shameful” and called on leaders …"
    r"|,?\s+and\s+(?:then\s+|also\s+)?(?:(?P<ed>[a-z]+ed)|said|told|says|[a-z]+ing)\b"
    r"|,?\s+(?:and|but)\s+(?:has|have|did|does)\s+(?:not\s+|also\s+|never\s+)?[a-z]+"
    r"|,\s+(?:although|though|even though)\s"
)
_DASH = re.compile(r"(?<=\s)(?:—|--|-)(?=\s)")
_PP_TAIL = re.compile(
    r"\s*(?:(?:to|in|at|on|during|after|before|while|when|as|from|with|about|of)\b"
    r"(?:\s+[^\s.;]+){0,12})?[\s.!?]*"
)
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z .,'’-]{2,}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?"
    r"|[A-Z][\w .,'’-]{2,30}?\s*\([A-Z]{2,10}\))\s*(?:—|–|-|:)\s*"
)
_SUBJECT_VERB = re.compile(
    r"((?:He|She|They)|(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]*"
    r"(?:\s+(?:campaign|administration|spokesman|spokeswoman|aides?|allies|supporters))?)\s+"
    r"(?:(?:also|later|then|repeatedly|once|again|has|had|have)\s+)?"
    r"((?!was\b|is\b|has\b|had\b|does\b)[a-z]+(?:ed|s))\s"
)
_NAME_COLON = re.compile(
    r"(?:^|(?<=[\s(]))((?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'-]*)\s*:\s*(?=" + MASK + r"|$)"
)
_PROGRESSIVE = re.compile(r"\b(?:is|was|are|were|been|be|keep|kept|keeps)\s*$")
_ENDS_COLON = re.compile(r"[^.;" + MASK + r"]*:\s*")
_WORDS_AFTER = re.compile(r"[^\s,;:()" + MASK + r"]+")
_WORDS_BEFORE = re.compile(r"[^\s,;:()—–" + MASK + r"]+")
# the source runs to the next comma or full stop, but not the stop of "U.S." or "B." (an
# initial): "according to U.S. officials", "according to Dennis B. Ross"
_ACC_NP = re.compile(r"\s*((?:[^,.;:" + MASK + r"]|\.(?=[A-Za-z])|(?<=\b[A-Z])\.)+)")
_TELL_THAT = re.compile(r"\s*(?:[^,.;" + MASK + r"]{0,100}?\s)?that\s+")
_TO_QUOTE = re.compile(r"\s*[,:—]?\s*(?=" + MASK + ")")
_PREP_NEXT = re.compile(r"\s*(?:to|about|of|for|on|in|at|by|with|from)\b")
_THAT_OR_QUOTE = re.compile(r"[^.;]*?(?:\bthat\s+|[:,]\s*(?=" + MASK + "))")
_NOT_A_CLAUSE = re.compile(r"(?:was|is|were|are|has|had|have|would|will)\b")
_BARE_PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"]
)
_SOURCE_CUT = re.compile(
    r"\s+(?:conducted|released|obtained|published|filed|issued|who|that|which|by|from)\b"
)
_TO_SAY_OK = frozenset(
    ["on", "twitter", "facebook", "instagram", "podium", "stage", "microphone", "floor"]
)
_CONTRACTED = frozenset(["he", "she", "it", "that", "there", "who", "what", "where"])
_BE = frozenset(["is", "was", "were", "are", "been", "be", "being"])
_PROPER_ADJ_ENDINGS = ("an", "ans", "ese", "ish", "ic", "ican", "icans")
_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "no"]
)
_QUOTE_SOON = re.compile(r"[^,;:" + MASK + r"]{0,60}" + MASK)
_NUMBERISH = re.compile(r"(?i)^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$")
_PAREN = re.compile(r"\([^()]{0,100}\)")
_PREP_START = re.compile(
    r"(?:with|at|in|on|after|during|before|about|from|for|over|by|"
    r"against|outside|inside|near|while)\b"
)
_INVERTED_STOP = frozenset(
    _STOP_BACK
    | {"when", "who", "which", "adding", "noting", "after", "according", "whose", "where"}
)
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which|whose)\s[^,;" + MASK + r"]*,\s*$")
_RELATIVE_CUE = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+)?$")
# the comma closing a relative clause, before the main clause's verb ("…, said", "…, has")
_RELATIVE_END = re.compile(
    r",\s+(?:((?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|"
    r"did|does)\b|[a-z]+ed\b|(?!(?:is|as|his|this|has|was|its|thus|plus|perhaps|unless|"
    r"across|whereas|towards)\b)[a-z]{3,}s\b)|([a-z]+))"
)
_EVIDENCE = frozenset(
    [
        "records",
        "record",
        "data",
        "figures",
        "statistics",
        "documents",
        "filings",
        "logs",
        "numbers",
        "minutes",
        "transcripts",
        "files",
    ]
)
_PP_QUOTE = re.compile(
    r"\s*(?:to|in|at|on|during|after|before)\b[^,.;:" + MASK + r"]{0,60},\s*(?=" + MASK + ")"
)
# a quotation ending in ? or ! right before the sentence: "“Too forced?” He tweeted when …"
_ASKS_OR_EXCLAIMS = re.compile(r"[?!][”\"]\s*$")
# "Said Dorothy Poynter, who grew up here, “…”": the cue opens the sentence
_SAID_FIRST = re.compile(
    r"(?:Said|Says|Added|Asked|Wrote)\s+([^,;:" + MASK + r"]{2,80}?)\s*"
    r"(?:,\s*(?:who|a|an|the)\b[^;:" + MASK + r"]{0,120}?)?[,:]\s*(?=" + MASK + ")"
)
# "for Democratic presidential candidate Hillary Clinton" after a role noun: up to a name's end
_ROLE_TAIL = re.compile(
    r"(?:for|of)\s+(?:(?:[a-z]+|[A-Z][\w.’'-]*)\s+){0,4}[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
    r"(?=\s+[a-z]|,|$)"
)
_APPOSED_NAME = re.compile(r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),")
_APPROXIMATORS = frozenset(["about", "nearly", "almost", "roughly", "around", "some", "just"])
_OF_PLACE = re.compile(r"\s(?:of|from|at|in)\s+(?:the\s+)?[A-Z]")
_NAMING = frozenset(["call", "label", "brand", "dub"])
_CALLED_NP = re.compile(
    r"(?:it|him|her|them|this|that|(?:the|his|her|their|its|this|that|[A-Z][\w’'-]*[’']s)\s"
    r"(?:(?!\b(?:for|than|after|before|since|when|with)\b)[^,.;:" + MASK + r"]){0,60}?)"
    r"\s(?:a|an)\s(?!(?:day|week|month|year|few|second|couple|"
    r"number|lot|time|taxi|cab|meeting|vote|halt|press|news|hearing|doctor|lawyer)\b)[a-z]"
)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|as)\s|;\s")


@dataclass
class _Candidate:
    """A statement before its speaker is resolved."""

    start: int
    end: int
    cue: str
    mention: Mention | None
    mention_pos: int
    inherit: bool = False  # take the speaker of the previous statement
    cue_pos: int = -1


_PARSE_CACHE: dict[str, list[tuple[tuple[tuple[str, bool], ...], Mention | None]]] = {}


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _has_lower_word(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` with no word character, apostrophe or hyphen either side.

    A ``str.find`` loop: a regular expression built for each distinct word costs more to
    compile than the search itself."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (_word_char(before) or before in "’'-") and not (
            _word_char(after) or after in "’'-"
        ):
            return True
        i = text.find(word, i + 1)
    return False


def _has_mid_cap(text: str, word: str) -> bool:
    """``word`` (capitalised) occurs after a lower-case letter or comma and a space, ending at
    a word boundary: it is capitalised mid-sentence, so it is a name."""
    n = len(word)
    last_is_word = _word_char(word[-1])
    i = text.find(word, 2)
    while i >= 0:
        if text[i - 1] == " " and (text[i - 2] == "," or "a" <= text[i - 2] <= "z"):
            after = i + n < len(text) and _word_char(text[i + n])
            if after != last_is_word:
                return True
        i = text.find(word, i + 1)
    return False


class _Article:
    """Per-article state shared by the sentence rules."""

    def __init__(self, body: str):
        self.body = body
        self.paragraphs = split_paragraphs(body)
        self.para_starts = [p.start for p in self.paragraphs]
        self.quotes = find_quotes(body, self.paragraphs)
        self.quote_starts = [q.start for q in self.quotes]
        self.chain_end: dict[int, int] = {}
        self.chain_start: dict[int, int] = {}
        for q in self.quotes:
            self.chain_end[q.chain] = q.end
            self.chain_start.setdefault(q.chain, q.start)
        parts, pos = [], 0
        for q in self.quotes:
            parts.append(body[pos : q.start])
            parts.append(MASK * (q.end - q.start))
            pos = q.end
        parts.append(body[pos:])
        self.masked = "".join(parts)
        self._lower_words: dict[str, bool] | None = None
        self._parsed: dict[str, Mention | None] = {}
        self._surnames: set[str] | None = None
        self._people: list[tuple[int, Mention]] | None = None
        self.cues: tuple[int, int, list] = (0, 0, [])

    def parse(self, text: str) -> Mention | None:
        """:func:`parse_mention` with this article's case rule, cached.

        The result depends on the article only through the case questions parse_mention
        asks (is "Immigration" a common word here?), so a process-wide cache keyed on the
        phrase stores the questions with their answers and reuses a result when this
        article answers them the same way."""
        try:
            return self._parsed[text]
        except KeyError:
            pass
        entries = _PARSE_CACHE.get(text)
        if entries is not None:
            for answers, mention in entries:
                if all(self.lower_ok(w) == a for w, a in answers):
                    self._parsed[text] = mention
                    return mention
        asked: list[tuple[str, bool]] = []

        def lower_ok(word: str) -> bool:
            answer = self.lower_ok(word)
            asked.append((word, answer))
            return answer

        mention = self._parsed[text] = parse_mention(text, lower_ok)
        if len(_PARSE_CACHE) > 50_000:
            _PARSE_CACHE.clear()
        _PARSE_CACHE.setdefault(text, []).append((tuple(asked), mention))
        return mention

    def parse_speaker(self, text: str) -> Mention | None:
        """:meth:`parse`, and a lone surname of someone named in full in the article even when
        it looks like a participle or adverb ("Boreing", "Manning")."""
        mention = self.parse(text)
        if mention is None:
            word = text.strip()
            if word[:1].isupper() and word.isalpha() and word.lower() in self.surnames():
                return Mention("person", word, word)
        return mention

    def people(self) -> list[tuple[int, Mention]]:
        """Every full name outside quotations (computed once per article)."""
        if self._people is None:
            self._people = _people(self)
        return self._people

    def surnames(self) -> set[str]:
        """Lower-cased surnames of the people named in full in the article."""
        if self._surnames is None:
            self._surnames = {m.name.split()[-1].lower() for _, m in self.people() if " " in m.name}
        return self._surnames

    def lower_ok(self, word: str) -> bool:
        """True when a capitalised first word of a group is a common word, not a name.

        It is when it also appears in lower case, or when it never appears capitalised
        mid-sentence and does not look like a proper adjective ("Democratic", "Chicagoan").
        """
        if self._lower_words is None:
            self._lower_words = {}
        known = self._lower_words.get(word)
        if known is None:  # a couple of searches per distinct word beat indexing every word
            low = word.lower()
            if word.isupper():
                known = False  # "U.S. officials", "GOP leaders": an acronym is a name
            elif low[:1].isalpha() and _has_lower_word(self.masked, low):
                known = True
            else:
                known = not _has_mid_cap(self.masked, word) and not word.endswith(
                    _PROPER_ADJ_ENDINGS
                )
            self._lower_words[word] = known
        return known

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation starting exactly at ``pos``."""
        i = bisect.bisect_left(self.quote_starts, pos)
        if i < len(self.quotes) and self.quotes[i].start == pos:
            return self.quotes[i]
        return None

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        i = bisect.bisect_left(self.quote_starts, start)
        j = bisect.bisect_left(self.quote_starts, end)
        return self.quotes[i:j]

    def paragraph_number(self, pos: int) -> int:
        return max(1, bisect.bisect_right(self.para_starts, pos))


def extract_statements(body: str) -> list[Statement]:
    """Return the statements of ``body`` ordered by start, with ids s1, s2, …"""
    art = _Article(body)
    candidates: list[_Candidate] = []
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for q in art.quotes:
        by_paragraph.setdefault(q.paragraph, []).append((q.start, q.end))
    for index, para in enumerate(art.paragraphs):
        protected = by_paragraph.get(index, [])
        previous: tuple[int, int] | None = None
        for s, e in split_sentences(body, para.start, para.end, protected):
            for a, b in _chunks(art.masked, s, e):
                candidates.extend(_sentence(art, a, b, previous))
            previous = (s, e)
    candidates.extend(_orphan_quotes(art, candidates))
    return _resolve(art, _dedupe(candidates))


# --------------------------------------------------------------------------- sentence rules


_CHUNK = 1500


def _chunks(masked: str, s: int, e: int) -> list[tuple[int, int]]:
    """A run-on "sentence" longer than any real one (no full stops: lists, transcripts,
    hostile input) is read in pieces cut at commas or spaces, so that the work per cue stays
    bounded and extraction stays linear in the length of the article."""
    if e - s <= 2 * _CHUNK:
        return [(s, e)]
    out = []
    while e - s > 2 * _CHUNK:
        cut = max(masked.rfind(", ", s + _CHUNK // 2, s + _CHUNK), masked.rfind(" ", s, s + _CHUNK))
        cut = cut + 1 if cut > s else s + _CHUNK
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


def _sentence(art: _Article, s: int, e: int, previous) -> list[_Candidate]:
    """All statements whose cue lies in the sentence ``[s, e)``."""
    out: list[_Candidate] = []
    masked = art.masked
    subject: tuple[Mention, int] | None = None
    headline = s == 0 and _is_headline(masked, s, e)
    cues = list(find_cues(masked, s, e, headline))
    art.cues = (s, e, cues)  # reused by _content_end instead of scanning again
    for m in cues:
        cs, ce = m.span()
        if m.group("acc"):
            if _evidence_inside(art, out, cs, ce, e):
                continue  # "X said that …, according to records": X's evidence, not a speaker
            cand = _according(art, s, e, cs, ce)
        else:
            word = m.group("verb")
            if _is_noun_or_infinitive(masked, s, cs, word):
                continue
            cand = _verb(art, s, e, cs, ce, word, subject, previous)
        if cand is not None:
            if cand.mention is not None and cand.mention.kind != "group":
                subject = (cand.mention, cand.mention_pos)
            cand.cue_pos = cs
            if cand.end > cand.start:
                if out:
                    _yield_clause(art, out[-1], cand)
                out.append(cand)
    out = [c for c in out if c.end > c.start]
    if not out:
        if masked.find(MASK, s, e) < 0 and masked.find(":", s, e) < 0:
            # the other rules need a quotation (or a colon) in the sentence
            extra = _name_verb_after_quote(art, s, e, previous)
        else:
            extra = (
                _said_first(art, s, e)
                or _colon_quote(art, s, e)
                or _quoted_after_verb(art, s, e)
                or _quote_then_any_verb(art, s, e)
                or _name_verb_after_quote(art, s, e, previous)
            )
        if extra is not None:
            out.append(extra)
    return out


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
    """``“Would it be negotiable?” Hannity pressed.``: a sentence that is only a quotation,
    a name and a past-tense verb credits the quotation to the name, whatever the verb."""
    m = _QUOTE_THEN_VERB.fullmatch(art.masked, s, e)
    if not m:
        return None
    mention = art.parse_speaker(m.group(2))
    if mention is None or mention.kind not in ("person", "pronoun"):
        return None
    q = art.quote_at(m.start(1))
    if q is None:
        return None
    start = art.chain_start[q.chain]
    return _Candidate(
        start, art.chain_end[q.chain], m.group(3), mention, m.start(2), cue_pos=m.start(3)
    )


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
    m = _NAME_THEN_VERB.fullmatch(art.masked, s, e)
    if not m:
        return None
    mention = art.parse_speaker(m.group(1))
    if mention is None or mention.kind not in ("person", "pronoun"):
        return None
    return _Candidate(
        q.start, art.chain_end[q.chain], m.group(2), mention, m.start(1), cue_pos=m.start(2)
    )


def _colon_quote(art: _Article, s: int, e: int) -> _Candidate | None:
    """``Gallup's Jeffrey M. Jones: “…”``: a name, a colon, then a quotation (here or opening
    the next paragraph) -- the style of round-ups and transcripts."""
    if art.masked.find(":", s, e) < 0:
        return None
    m = _NAME_COLON.search(art.masked, s, e)
    if not m:
        return None
    mention = art.parse(m.group(1))
    if mention is None or mention.kind not in ("person", "group") or mention.name.isupper():
        return None
    q = art.quote_at(_skip_space(art.body, m.end(), len(art.body)))
    if q is None:
        q = _quote_paragraph_after(art, m.end() - 1, e)
    if q is None:
        return None
    return _Candidate(q.start, art.chain_end[q.chain], ":", mention, m.start(1))


def _subject_start(text: str) -> int:
    """Where a sentence's subject can start: after a dateline and an introductory phrase."""
    off = 0
    d = _DATELINE.match(text)
    if d:
        off = d.end()
    skip = _SUBJECT_SKIP.match(text[off:])
    if skip:
        off += skip.end()
    return off


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


def _is_headline(masked: str, s: int, e: int) -> bool:
    """A first line in title case: most words capitalised, no line break inside."""
    if "\n" in masked[s:e]:
        return False
    words = masked[s:e].split()
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words)


def _yield_clause(art: _Article, first: _Candidate, second: _Candidate) -> None:
    """``X didn't disclose A, but he did say B``: the earlier content stops where a later
    speaker's own clause begins, if a comma or semicolon separates them."""
    if first.start < second.cue_pos < first.end and not first.start < second.mention_pos:
        # "he respects Clinton and calls her …": a second verb of the same subject
        m = _LAST_CONJ.search(art.masked, max(first.start, second.cue_pos - 80), second.cue_pos)
        if m:
            end = _trim_end(art.body, first.start, m.start())
            if len(_WORD.findall(art.masked, first.start, end)) >= 2:
                first.end = end
        return
    if not first.start < second.mention_pos < first.end:
        return
    gap = art.masked[first.start : second.mention_pos]
    cut = max(gap.rfind(","), gap.rfind(";"))
    if cut < 0:
        return
    end = _trim_end(art.body, first.start, first.start + cut)
    if len(_WORD.findall(art.masked, first.start, end)) >= 3:
        first.end = end


def _is_noun_or_infinitive(masked: str, s: int, cs: int, word: str = "") -> bool:
    """``the report``, ``her claim``, ``declined to say`` are not reporting cues."""
    if cs > 0 and masked[cs - 1] == "-":
        return True  # "so-called", "self-described": part of a compound word
    before = masked[max(s, cs - 20) : cs].split()
    if not before:
        return False
    prev = before[-1].lower()
    if word.endswith("ed") and (prev[:1].isdigit() or prev.endswith(("’s", "'s"))):
        return True  # "20 pledged delegates", "Clinton’s pledged delegates"
    if word == "pledged" and masked.startswith(" delegate", cs + len(word)):
        return True  # "the figures include pledged delegates": the adjective of a compound
    if (
        prev.endswith(("’s", "'s", "s’", "s'"))
        and prev[:-2] not in _CONTRACTED
        and cue_info(word)[0] == word.lower()
    ):
        return True  # "Trump’s tweet", "Sanders’ claim": a base form after a possessive
    if prev in _BE and not word.endswith("ing"):
        return True  # passive: "the request was denied", "he was asked"
    if prev.endswith("ly") and len(before) > 1 and before[-2].lower() == "to":
        before, prev = before[:-1], "to"  # "declined to openly criticize": an adverb between
    if prev == "to":
        # "declined to say" is not a statement; "went on to say", "took to Twitter to say" are
        return not (len(before) > 1 and before[-2].lower().strip(",") in _TO_SAY_OK)
    return prev in _NOUN_BEFORE


def _verb(art, s, e, cs, ce, word, subject, previous) -> _Candidate | None:
    masked = art.masked
    lemma, cls = cue_info(word)
    adv = _ADVERBIAL.match(masked, ce, e)
    tail = adv.end()
    cue = art.body[cs:tail].strip(" ,")
    rest = masked[tail:e]
    pre = masked[s:cs]
    participle = is_participle(word) and not _PROGRESSIVE.search(pre, max(0, len(pre) - 12))
    # trailing: “…,” X said. / …, X said. / “…,” X said, “…”
    if cls == "tell" and not participle:
        rest = _skip_addressee(masked, tail, e)
    if not participle and _is_trailing(pre, rest):
        return _trailing(art, s, e, cs, tail, cue, cls, previous)
    if (
        not participle
        and previous is not None
        and art.quote_at(previous[0]) is not None
        and MASK not in rest.split(",", 1)[0]  # a later quotation may follow ", remarking, …"
        and (_PP_TAIL.fullmatch(rest) or _ASKS_OR_EXCLAIMS.search(art.body, max(0, s - 8), s))
        and _only_subject(art, s, cs)
    ):
        # “Sometimes we need our fix!” Clinton said to People. -- split after the quote
        cand = _trailing(art, s, e, cs, cs, cue, cls, previous, quote_only=True)
        if cand is not None:
            return cand
    if (
        not participle
        and _QUOTE_LED.match(pre)
        and not _SPLIT_QUOTE.match(rest)
        and not has_cue(pre)  # "“…,” Clinton said, referencing a PAC called …": said's quote
        and not rest.lstrip().startswith("that ")  # "“…?” Trump acknowledged that …"
    ):
        # “…,” Kasich told supporters in Berea. -- whatever follows the cue, the quote is it
        cand = _trailing(art, s, e, cs, cs, cue, cls, previous, quote_only=True)
        if cand is not None:
            return cand
    # inverted: “…,” said X. / …, says Y, a spokesman.
    if (
        not participle
        and pre.rstrip().endswith((",", MASK))
        and cls not in ("object", "tell")
        and not (pre.rstrip().endswith(",") and _clause_head(art, s, pre.rstrip()))
        and not _RELATIVE_BEFORE.search(pre, max(0, len(pre) - 200))
    ):
        cand = _inverted(art, s, e, cs, tail, cue, cls)
        if cand is not None:
            return cand
    found = None if participle else _np_before(art, s, cs)
    if participle and not _strip_adverbs(pre).endswith((",", MASK)):
        # "featuring Hispanics telling their stories", "with Trump reportedly yelling": a
        # name right before the participle (no comma) is its subject
        near = _np_before(art, s, cs)
        if (
            near is not None
            and (near[0].kind == "person" or near[0].kind == "group" and near[0].text[:1].isupper())
            and art.masked[max(s, near[1] - 6) : near[1]].rstrip().endswith(" with")
        ):
            found = near  # only "with X …ing": after a verb the name is its object
    if found is None:
        found = subject or _sentence_subject(art, s, cs)
    if found is None or found[0] is None:
        return None
    mention, mpos = found
    start = _content_start(art, tail, e, cls)
    if start is None:
        nxt = _quote_paragraph_after(art, tail, e)
        if nxt is None:
            return None
        return _make(art, nxt.start, art.chain_end[nxt.chain], cue, cls, mention, mpos)
    end = _content_end(art, start, e)
    if ("who" in pre[-40:] or "which" in pre[-40:]) and _RELATIVE_CUE.search(
        pre, max(0, len(pre) - 40)
    ):
        # "Alvarez, who wrote the measure, said …": the relative clause ends at its comma
        for comma in _RELATIVE_END.finditer(art.masked, start, end):
            if comma.group(1) is None and comma.group(2).lower() not in FORMS:
                continue  # a comma inside the clause, not before the main verb
            end = _trim_end(art.body, start, comma.start())
            break
    if cls == "quote" and lemma in _NAMING and MASK not in art.masked[start:end]:
        # "Liu called the team's threat an empty threat": naming something is a verdict
        if not _CALLED_NP.match(art.masked, start, end):
            return None
        cls = "object"
    q = art.quote_at(start)
    if (
        q is not None
        and art.chain_end[q.chain] < end
        and cls != "object"
        and art.body[art.chain_end[q.chain] - 2 : art.chain_end[q.chain] - 1]
        in (",", ".", "!", "?")
    ):
        end = art.chain_end[q.chain]  # yelled “You lie!” at the president: the quote is it
    if cls == "object":
        stop = _CLAUSE_BREAK.search(art.masked, start, end)
        if stop:
            end = _trim_end(art.body, start, stop.start())
    elif cls in ("clause", "tell") and not _introduced(art.masked, tail, start):
        quoted = MASK in art.masked[start:end]
        if word in AMBIGUOUS_FORMS and not quoted and not (
            _singular_subject(art, pre) and _clause_follows(art.masked, start, end)
        ):
            return None
        if lemma in THAT_REQUIRED and not quoted and not _has_clause(art.masked, start, end):
            return None  # "reported 294 homicides" no; "reported six planes filled the sky" yes
        if art.masked.startswith("to ", start) and lemma not in INFINITIVE_OK:
            return None
        if not quoted and _NOT_A_CLAUSE.match(art.masked, start):
            return None  # "said matter-of-factly as …", "said clutching …", "said was written"
        n_words = len(_WORD.findall(art.masked, start, end))
        first = art.masked[start : start + 8].split(" ", 1)[0].lower()
        if not quoted and (n_words <= 2 or (n_words == 3 and first in _DETERMINERS)):
            return None  # "announced his candidacy": an object, not a reported clause
    return _make(art, start, end, cue, cls, mention, mpos)


_FINITE = frozenset(
    [
        "is",
        "was",
        "were",
        "are",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "should",
        "did",
        "does",
    ]
)


def _has_clause(masked: str, start: int, end: int) -> bool:
    """True when the words after a verb like "reported" hold a clause of their own (a finite
    verb after a subject), not just an object ("reported earnings of $8 a share")."""
    words = masked[start:end].split()[:14]
    if not words or words[0].lower().endswith("ing"):
        return False
    for k in range(1, len(words)):
        low = words[k].lower().strip(",;")
        if low in _FINITE:
            return True
        if (
            low.endswith("ed")
            and low.isalpha()
            and words[k - 1].lower() not in _DETERMINERS
            and not words[k - 1].endswith(",")
        ):
            return True
    return False


def _singular_subject(art: _Article, pre: str) -> bool:
    """``The candidate claims``, ``Trump claims``: one speaker right before an -s form, so it
    is a verb; ``media reports``, ``campaign promises`` are nouns."""
    words = pre.split()[-2:]
    if not words:
        return False
    last = words[-1]
    if last[:1].isupper():
        return last.isalpha() and not art.lower_ok(last)
    before = words[0].lower() if len(words) == 2 else ""
    return before in ("the", "a", "an") and last.isalpha() and not last.endswith("s")


def _clause_follows(masked: str, start: int, end: int) -> bool:
    """``The candidate claims his worth is $10 billion``: a clause with its own subject and
    verb follows, so the -s form is a verb; ``campaign promises were broken`` it is not."""
    first = masked[start : start + 12].split(" ", 1)[0].lower()
    return first not in _FINITE and first not in _PLURAL_VERBS and _has_clause(masked, start, end)


# verbs that follow a plural noun: "FEC reports show that …" ("reports" is then the noun)
_PLURAL_VERBS = frozenset(
    ["show", "showed", "suggest", "suggested", "indicate", "indicated", "say", "said", "found"]
)


def _introduced(masked: str, tail: int, start: int) -> bool:
    """True when ``that`` or a colon introduces the content."""
    between = masked[tail:start]
    return "that" in between.split() or ":" in between


def _skip_addressee(masked: str, tail: int, e: int) -> str:
    """What follows ``told CNN on Tuesday`` / ``told reporters``: the rest of the sentence."""
    a = _ADDRESSEE.match(masked, tail, e)
    if not a:
        return masked[tail:e]
    return masked[_ADVERBIAL.match(masked, a.end(), e).end() : e]


def _quote_paragraph_after(art: _Article, tail: int, e: int) -> Quote | None:
    """``Judge Marsh wrote in her ruling:`` ending a paragraph, the quotation opening the
    next paragraph is the content."""
    if not _ENDS_COLON.fullmatch(art.masked, tail, e):
        return None
    index = bisect.bisect_right(art.para_starts, tail) - 1
    if index + 1 >= len(art.paragraphs) or art.paragraphs[index].end > e:
        return None
    return art.quote_at(art.paragraphs[index + 1].start)


def _only_subject(art: _Article, s: int, cs: int) -> bool:
    """True when the sentence up to the cue is just the speaker's name phrase."""
    found = _np_before(art, s, cs)
    return found is not None and not art.masked[s : found[1]].strip()


def _is_trailing(pre: str, rest: str) -> bool:
    """``…, X said.`` / ``“…,” X said, “…”``: content before the speaker, nothing after the cue
    but the end of the sentence, a split quotation or a participle clause. ``X said, “…”``
    with nothing before the speaker is a leading cue."""
    if _TRAIL_END.fullmatch(rest):
        return True
    split = _SPLIT_QUOTE.match(rest)
    head = rest.lstrip()[:1]
    if not split and head not in ",-—–(;" and not _PARTICIPLE_NEXT.match(rest):
        return False  # nothing after the cue fits a trailing one (tested before the subject)
    cleaned = _strip_adverbs(pre)
    cut = _last_boundary(cleaned)
    if cut < 0:
        return False
    if split and cleaned[cut] == MASK:
        # “A,” she said, “B.” -- but "At the hall, the supporter retorted: “…”" is leading
        return not rest.lstrip().startswith(":")
    if split and not _PARTICIPLE_NEXT.match(rest):
        return False  # "…, Spicer said, adding, “…”": a participle clause, not a split quote
    if cleaned[cut] == "," and rest.lstrip().startswith(",") and MASK not in rest:
        return True  # "Compaq, she predicted, would come to them.": the clause around it
    if cleaned[cut] == MASK and rest.lstrip()[:1] in "-—–(":
        return True  # "… unserious - “Again, …,” she said - and charged …"
    return bool(_PARTICIPLE_NEXT.match(rest) or rest.lstrip()[:1] == ";")


def _trailing(art, s, e, cs, tail, cue, cls, previous, quote_only=False) -> _Candidate | None:
    """``CONTENT, X said.``: the speaker is the phrase right before the cue."""
    masked = art.masked
    pre = masked[s:cs]
    pre_clean = _strip_adverbs(_PAREN.sub(lambda m: " " * len(m.group()), pre))
    if pre_clean.endswith(","):
        # "“…,” Paul Ryan, the convention chair, told …" -> skip the appositive
        inner = pre_clean[:-1]
        c = _last_boundary(inner)
        named = art.parse(inner[c + 1 :]) if c >= 0 and inner[c] == "," else None
        if named is not None and named.kind == "person" and " " in named.name:
            pre_clean = inner  # "…,” the chief, Paul Manafort, said": the name is last
        elif c >= 0 and inner[c] == "," and _looks_appositive(inner[c + 1 :]):
            pre_clean = _strip_adverbs(inner[:c])
    cut = _last_boundary(pre_clean)
    np_text = pre_clean[cut + 1 :]
    mention = art.parse_speaker(np_text)
    if mention is None and cut > 0 and pre_clean[cut] == ",":
        # "the bespectacled, 71-year-old diplomat said": a comma inside the noun phrase
        cut2 = _last_boundary(pre_clean[:cut])
        if cut2 >= 0 and pre_clean[cut2] == MASK:
            np_text = pre_clean[cut2 + 1 :]
            mention = art.parse(np_text)
            cut = cut2 if mention else cut
    if mention is None and pre_clean[cut:cut + 1] == ",":
        # "“…,” Harry Bond, 30, of Raleigh, N.C., said": the name opening the appositives
        head = _clause_head(art, 0, pre_clean + ",")
        if head is not None:
            cut = _last_boundary(pre_clean[: head[1]])
            np_text = pre_clean[cut + 1 :]
            mention = head[0]
    if mention is None:
        return None
    mpos = s + cut + 1 + (len(np_text) - len(np_text.lstrip()))
    if cut < 0:
        # "Sessions said." alone: the content is the previous sentence, if it is a quote.
        if previous is None or not art.quote_at(previous[0]):
            return _Candidate(0, 0, cue, mention, mpos)
        start, end = previous
        end = _trim_end(art.body, start, end)
        return _make(art, start, end, cue, cls, mention, mpos)
    content_end = s + cut + (1 if pre_clean[cut] == MASK else 0)
    start = s
    if pre_clean[cut] == MASK:
        # the content is the quotation right before the speaker, not the words before it
        q = art.quotes[bisect.bisect_right(art.quote_starts, s + cut) - 1]
        start = art.chain_start[q.chain] if q.start >= s else s
    end = content_end
    split = _SPLIT_QUOTE.match(masked, tail, e)
    if split:
        q = art.quote_at(split.end() - 1)
        if q is not None:
            end = art.chain_end[q.chain]
    elif (
        not quote_only
        and pre_clean[cut] != MASK  # “…,” Crowley told Becerra, alluding to …: the quote
        and _TRAIL_END.fullmatch(masked, tail, e) is None
        and not _PARTICIPLE_NEXT.match(masked, tail, e)
    ):
        end = e
    return _make(art, start, _trim_end(art.body, start, end), cue, cls, mention, mpos)


_STRONG_PARTICIPLES = frozenset(["saying", "adding", "noting", "arguing", "citing"])
_ABBREV_END = re.compile(r"(?:\b[A-Z]|Jr|Sr|Inc|Co|Corp|Ltd|St)\.$")
_QUOTE_LED_INV = re.compile(r"[\s(]*" + MASK + r"+[\s,]*$")
# the speaker after an inverted cue: up to a comma, the sentence end or a quotation
_INVERTED_NP = re.compile(
    r"\s+((?:[^,.!?;:" + MASK + r"]|\.(?= ?[A-Za-z]))+?)\s*(?:,[^" + MASK + r"]*?)?"
    r"(?=[.!?]*\s*$|,\s*" + MASK + ")"
)
_SPACES = re.compile(r"\s+")


def _np_after(masked: str, tail: int, e: int) -> tuple[int, int] | None:
    """``said Cruz constituent Dan Golvach when asked …``: the name words after the cue, as
    offsets from ``tail``."""
    words = list(_WORDS_AFTER.finditer(masked[tail:e]))
    n = 0
    for w in words:
        low = w.group().lower()
        gap = masked[tail + words[n - 1].end() : tail + w.start()] if n else ""
        if low in _INVERTED_STOP or (n and gap.strip()):
            break
        n += 1
        if n > 8:
            return None
    if not n:
        return None
    phrase = masked[tail + words[0].start() : tail + words[n - 1].end()]
    if phrase.endswith(".") and not _ABBREV_END.search(phrase):
        phrase = phrase[:-1]
    # the phrase right after the spaces that follow the cue (a string test, not a pattern
    # compiled for each phrase)
    spaces = _SPACES.match(masked, tail, e)
    if spaces is None or not masked.startswith(phrase, spaces.end(), e):
        return None
    return spaces.end() - tail, spaces.end() - tail + len(phrase)


def _inverted(art, s, e, cs, tail, cue, cls) -> _Candidate | None:
    """``“…,” said X.`` / ``…, says X, a spokesman.``"""
    masked = art.masked
    m = _INVERTED_NP.match(masked[tail:e])
    # offsets from tail: the speaker's words and the end of what was matched
    found = (m.start(1), m.end(1), m.end()) if m else None
    mention = art.parse(m.group(1)) if m else None
    if mention is None and _QUOTE_LED_INV.match(masked, s, cs):
        span = _np_after(masked, tail, e)
        found = (*span, span[1]) if span else None
        mention = art.parse(masked[tail + span[0] : tail + span[1]]) if span else None
    if mention is None or mention.kind == "pronoun" and mention.name == "i":
        return None
    pre = masked[s:cs].rstrip()
    end = s + len(pre) - (1 if pre.endswith(",") else 0)
    name_start, _name_end, matched_end = found
    split = _SPLIT_QUOTE.match(masked, tail + matched_end, e)
    if split and split.end() - 1 >= tail + matched_end:
        q = art.quote_at(split.end() - 1)
        if q is not None:
            end = art.chain_end[q.chain]
    return _make(art, s, _trim_end(art.body, s, end), cue, cls, mention, tail + name_start)


def _source_phrase(art: _Article, text: str) -> Mention | None:
    """The source after "according to": long descriptions are cut before a participle or
    relative clause ("exit polls conducted for the AP by Edison Research" -> "exit polls")."""
    mention = art.parse(text)
    if mention is None:
        cut = _SOURCE_CUT.search(text)
        if cut:
            mention = art.parse(text[: cut.start()])
            if mention is not None:  # the mention keeps every word naming the source
                mention = dataclasses.replace(mention, text=text.strip())
    return mention


def _evidence_inside(art: _Article, out: list[_Candidate], cs: int, ce: int, e: int) -> bool:
    """``Flores said that …, according to the county's records``: an ``according to`` ending
    a person's reported clause and naming records or data is their evidence, not a second
    statement by the records."""
    if not out:
        return False
    last = out[-1]
    if not (last.cue_pos < cs and last.start < cs <= last.end + 2):
        return False
    if last.mention is None or last.mention.kind not in ("person", "pronoun", "role"):
        return False
    m = _ACC_NP.match(art.masked, ce, e)
    words = m.group(1).lower().split() if m else []
    return bool(words) and words[-1] in _EVIDENCE


def _according(art, s, e, cs, ce) -> _Candidate | None:
    """``According to X, …`` and ``…, according to X.``"""
    masked = art.masked
    lead = masked[s:cs].strip()
    if not lead or lead.lower() in {"but", "and", "yet", "so"}:
        comma = masked.find(",", ce, e)
        if comma < 0:
            return None
        mention = _source_phrase(art, masked[ce:comma])
        start, end = comma + 1, e
    else:
        m = _ACC_NP.match(masked[ce:e])
        if not m:
            return None
        mention = _source_phrase(art, m.group(1))
        after = masked[ce + m.end() : e]
        start = s
        end = (
            e
            if _WORD.search(after.lstrip(" ,"))
            and after.lstrip().startswith(",")
            and len(_WORD.findall(after)) > 3
            else cs
        )
    if mention is None:
        return None
    start = _skip_space(art.body, start, end)
    return _make(
        art, start, _trim_end(art.body, start, end), art.body[cs:ce], "clause", mention, ce + 1
    )


# --------------------------------------------------------------------------- noun phrases


def _strip_adverbs(pre: str) -> str:
    """Drop adverbs, auxiliaries and time phrases between a subject and its verb.

    Only the last 120 characters are searched: an end-anchored search over a whole long
    sentence is slow, and the words to strip are always right before the verb."""
    out = pre.rstrip()
    last = out[out.rfind(" ") + 1 :]  # the last word, or more when other spaces end it
    if last in _ADVERB_LAST_WORDS or last.endswith(_ADVERB_LAST_ENDINGS) or not last.isalpha():
        m = _ADVERB_BEFORE.search(pre, max(0, len(pre) - 120))
        out = pre[: m.start()] if m else out
    for _ in range(2):  # "Trump at the time also said", "Spicer on Thursday evening said"
        if not out.endswith(_TIME_ENDINGS) and not (
            "during" in out[-30:] and out[-30:].split()[-3:-2] == ["during"]
        ):
            break
        t = _TIME_BEFORE.search(out, max(0, len(out) - 60))
        if not t:
            break
        out = out[: t.start()]
        m = _ADVERB_BEFORE.search(out, max(0, len(out) - 120))
        out = out[: m.start()] if m else out.rstrip()
    return out


def _last_boundary(text: str) -> int:
    return max(text.rfind(ch) for ch in _BOUNDARY)


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


def _clause_head(art: _Article, s: int, pre: str) -> tuple[Mention, int] | None:
    """The name opening the clause when appositives follow it: ``Name, role, who …,``."""
    start = max(pre.rfind(";"), pre.rfind(MASK)) + 1
    comma = pre.find(",", start)
    if comma < 0 or comma == len(pre) - 1:
        return None
    chunk = pre[start:comma]
    lead = len(chunk) - len(chunk.lstrip())
    mention = art.parse(chunk)
    if mention is None or mention.kind != "person" or len(chunk.split()) > 8:
        return None
    tail = pre[comma + 1 :].lstrip()
    if not tail or not (tail[0].islower() or tail[0].isdigit() or tail.startswith(("a ", "an "))):
        return None
    return mention, s + start + lead


def _np_before(art: _Article, s: int, cs: int) -> tuple[Mention, int] | None:
    """The subject right before a cue: walk back over words that can belong to a noun phrase.

    Stops at punctuation, prepositions and verb-looking words; skips a relative clause
    (``the lawsuit that alleged``) and an appositive (``Sessions, who spoke in Miami, said``).
    """
    masked = art.masked
    pre = _strip_adverbs(_PAREN.sub(lambda m: " " * len(m.group()), masked[s:cs]))
    if pre.endswith(("--", "—", "–")):
        # "The justice -- who has been in a scuffle with him -- said": skip the aside
        body = pre.rstrip("-—– ")
        opener = max(body.rfind("--"), body.rfind("—"), body.rfind("–"))
        if opener > 0:
            pre = _strip_adverbs(body[:opener])
    if pre.endswith(","):
        inner = pre[:-1]
        cut = _last_boundary(inner)
        chunk = inner[cut + 1 :]
        first = _clause_head(art, s, pre)
        if first is not None:
            return first  # "Paul Porter, a truck driver from Ava, Mo., who …, said"
        named = art.parse(chunk) if cut >= 0 and inner[cut] == "," else None
        if (named is None or named.kind != "person") and cut >= 0 and inner[cut] == ",":
            of = _OF_PLACE.search(chunk)  # "One pastor, Dan Wise of Grace Church in Ames, said"
            if of:
                head = art.parse(chunk[: of.start()])
                if head is not None and head.kind == "person" and " " in head.name:
                    named = head
        if named is not None and named.kind == "person" and " " in named.name:
            # "Her campaign manager, Robby Mook, said": the appositive is the name
            return named, s + cut + 1 + len(chunk) - len(chunk.lstrip())
        if cut >= 0 and _looks_appositive(chunk):
            pre = _strip_adverbs(inner[:cut])
        else:
            return None
    words = list(_WORDS_BEFORE.finditer(pre))
    if words and words[-1].group().lower() in {"who", "which"}:
        before = pre[: words[-1].start()].rstrip()
        if before.endswith(","):  # "…, like Jim Dale, who said": the relative's antecedent
            return _np_before(art, s, s + len(before) - 1)
    if not words:
        return None
    last_end = words[-1].end()
    if last_end < len(pre.rstrip()) or pre[last_end:].strip():
        return None
    i = len(words) - 1
    last = words[i].group()
    if last.lower() in {"and", "but", "or", "then"}:
        return None  # coordination: the caller takes the clause's subject
    if last.lower() in {"he", "she", "they", "it", "we"}:
        mention = parse_mention(last)
        return (mention, s + words[i].start()) if mention else None
    if words[i].group().lower() in {"that", "which", "who"}:
        i -= 1  # "the lawsuit that alleged"
    if i < 0:
        return None
    end_i = i
    rel = _restrictive_relative(pre, words, i)
    if rel is not None:
        end_i = i = rel  # "executives who have worked with Lachlan Murdoch say"
    taken = 0
    while i >= 0 and taken < 10:
        w = words[i].group()
        low = w.lower()
        if low == "with" and i > 0 and words[i - 1].group().lower() == "familiar":
            i -= 1  # "a person familiar with the planning says"
            taken += 1
            continue
        if low in {"who", "which"} and pre[: words[i].start()].rstrip().endswith(","):
            break  # "the policy, which officials said …": "officials" is the speaker
        if low in {"who", "which"}:
            end_i = i - 1  # "people who live here say": drop the relative clause
            taken = 0
            i -= 1
            continue
        if low == "in" and i > 0 and _NUMBERISH.match(words[i - 1].group()):
            pass  # "six in 10 voters"
        elif (
            low in _STOP_BACK
            or low == "that"
            or "n’t" in low
            or "n't" in low
            or (
                _VERBISH.match(w)
                and taken > 0
                and low not in {"united", "red"}
                and low not in _ED_ADJECTIVES  # "Democratic registered voters say"
            )
        ):
            break
        if _gap(pre, words, i):
            break
        i -= 1
        taken += 1
    first = i + 1
    if first > end_i:
        return None
    if (
        first > 0
        and words[first - 1].group().lower() in _APPROXIMATORS
        and not _gap(pre, words, first - 1)
    ):
        first -= 1  # "About 4 in 10 say": the mention keeps the approximation
    a, b = words[first].start(), words[end_i].end()
    mention = art.parse_speaker(pre[a:b])
    link = words[first - 1].group() if first > 0 else ""
    if (mention is None or mention.kind == "group") and (
        link.lower() in _PP_HEADS or _ING_WORD.fullmatch(link)
    ):
        # "A person familiar with the planning for Thursday’s meeting says": the noun
        # phrase the preposition belongs to, even when its object alone names nobody
        whole = _whole_subject(art, pre, words, first - 1, b)
        if whole is not None:
            return whole[0], s + whole[1]
    if mention is None:
        return None
    return mention, s + a


_PP_HEADS = frozenset(["on", "in", "to", "of", "at", "with", "over", "for", "from"])
_ING_WORD = re.compile(r"[a-z]{3,}ing")
_ED_ING_WORD = re.compile(r"[a-z]+(?:ed|ing)")
_PLURAL_WORD = re.compile(r"[a-z]{3,}s")
_NOT_IN_SUBJECT = (_STOP_BACK - _PP_HEADS) | {"and", "but", "or", "that", "then", "who", "which"}


def _whole_subject(art: _Article, pre: str, words, prep: int, b: int):
    """``People briefed on the move say``, ``the deputy head of the delegation to the forum
    said``: the walk back stopped at a preposition, but the clause's subject is the noun
    phrase that the preposition belongs to, from the start of the clause."""
    k = prep
    verbish = 0
    while k > 0 and prep - k < 10 and not _gap(pre, words, k - 1):
        low = words[k - 1].group().lower()
        if low in _NOT_IN_SUBJECT or "n’t" in low or "n't" in low:
            return None
        if _ED_ING_WORD.fullmatch(low):
            verbish += 1
            prev = words[k - 2].group() if k >= 2 else ""
            if prev[:1].isupper() and not art.lower_ok(prev):
                return None  # "Sessions quoted from the lawsuit": a name and its verb
        k -= 1
    if k == prep or verbish > 1:
        return None
    before = pre[: words[k].start()].rstrip()
    if before and not before.endswith((",", ";", MASK)) and _DATELINE.fullmatch(before) is None:
        return None  # only a noun phrase opening the sentence or a clause
    first_word = words[k].group()
    plural = _PLURAL_WORD.fullmatch(first_word) is not None
    if (
        first_word[:1].islower()
        and not plural
        and first_word.lower()
        not in _DETERMINERS
        | {
            "some",
            "many",
            "several",
            "most",
            "few",
        }
    ):
        return None
    mention = art.parse(pre[words[k].start() : b])
    if mention is None or mention.kind != "group":
        return None
    return mention, words[k].start()


def _restrictive_relative(pre: str, words, i: int) -> int | None:
    """Index of the word before ``who``/``that`` when a relative clause with its own verb sits
    between the subject and the cue ("executives who have worked with X say")."""
    for k in range(i, max(-1, i - 12), -1):
        low = words[k].group().lower()
        if _gap(pre, words, k):
            return None
        if low in {"who", "that"} and k > 0 and k < i:
            between = [w.group().lower() for w in words[k + 1 : i + 1]]
            if any(b in _STOP_BACK or _VERBISH.match(b) for b in between):
                return k - 1
            return None
    return None


def _gap(pre: str, words, i: int) -> bool:
    """True when punctuation separates word ``i`` from the next one."""
    if i + 1 >= len(words):
        return False
    between = pre[words[i].end() : words[i + 1].start()]
    return bool(between.strip())


def _group_head(word: str) -> bool:
    """``the mayor``, ``the campaign``, ``the protesters`` can speak; ``the first`` cannot."""
    low = word.lower().strip(",")
    return low in ROLE_NOUNS or low in ORG_HEADS or (low.endswith("s") and len(low) > 4)


def _sentence_subject(art: _Article, s: int, cs: int) -> tuple[Mention | None, int]:
    """The subject of the sentence's main clause, for ``…, saying …`` participles.

    Skips a dateline (``WASHINGTON (AP) —``), discourse words and an introductory phrase
    (``In a speech in Miami,``, ``Asked about it,``, ``Hastily, …``) before looking for a name,
    a pronoun or a short noun phrase.
    """
    text = art.masked[s:cs]
    off = _subject_start(text)
    first = text[off:].split(" ", 1)[0].strip(",")
    if (
        first
        and (first.endswith(("ing", "ly", "ed")) or first in _RUN_NOISE)
        and not (_PRONOUN_SUBJECT.match(first) or first in {"The", "A", "An"})
    ):
        comma = text.find(",", off, off + 120)
        if comma < 0:
            return None, 0
        off = comma + 1
        while off < len(text) and text[off] == " ":
            off += 1
    rest = text[off:]
    m = (_PRONOUN_ANY if off else _PRONOUN_SUBJECT).match(rest)
    if m:
        return parse_mention(m.group(1)), s + off
    m = _RUN.match(rest)
    if m:
        words = m.group().split(" ")
        lead = 0
        while lead < len(words) and words[lead] in _RUN_NOISE:
            lead += 1
        if lead < len(words):
            start = off + len(" ".join(words[:lead])) + (1 if lead else 0)
            phrase = words[lead:]
            if phrase[-1].endswith(("’s", "'s")):
                # "Hillary Clinton’s right-hand woman rallied …": the possessed noun speaks
                for w in rest[m.end() :].split()[:4]:
                    low = w.lower().strip(",")
                    if low in _STOP_BACK or _VERBISH.match(low) or not low.isascii() or MASK in low:
                        break
                    phrase.append(w.rstrip(","))
                    if w.endswith(","):
                        break
            return art.parse(" ".join(phrase)), s + start
    words = rest.split()
    if len(words) >= 2 and words[0].lower() in {"the", "a", "an"}:
        head = 0
        for k in range(1, min(len(words), 6)):
            low = words[k].lower().strip(",")
            if (
                (k == 1 or head)
                and _group_head(low)
                or low in ROLE_NOUNS
                or low in ORG_HEADS
                or low in TITLE_WORDS
            ):
                head = k  # "The former Republican presidential candidate continued, saying …"
            elif head or (
                low in _STOP_BACK
                or "’" in low
                or "'" in low
                or _VERBISH.match(low)
                and low not in {"former", "retired"}
            ):
                break
            if words[k].endswith(","):
                break
        if head:
            tail = " ".join(words[head + 1 : head + 8])
            named = _ROLE_TAIL.match(tail) if not words[head].endswith(",") else None
            if named:  # "A spokesman for Gov. Ann Lee …", not "A spokesman …"
                phrase = " ".join(words[: head + 1]) + " " + named.group()
                mention = art.parse(phrase)
                if mention is not None and mention.kind == "person":
                    # the spokesman speaks, not the candidate named after "for"
                    name = phrase[0].lower() + phrase[1:]
                    mention = Mention("group", phrase, name, gender="o")
                if mention is not None:
                    return mention, s + off
            apposed = _APPOSED_NAME.match(tail) if words[head].endswith(",") else None
            if apposed:  # "The party chairman, Kelly Armstrong, …"
                mention = art.parse(apposed.group(1))
                if mention is not None and mention.kind == "person":
                    return mention, s + off + rest.find(apposed.group(1))
            mention = art.parse(" ".join(words[: head + 1]).rstrip(","))
            if mention is not None:
                return mention, s + off
    surnames = art.surnames()
    for m in _RUN.finditer(text, off):  # fall back on the first name in the clause
        mention = _parse_name(m.group())
        if mention is not None and mention.kind == "person" and " " in mention.name:
            return mention, s + m.start()
        word = m.group().split(" ")[-1]
        if word.lower() in surnames:  # "… -- Sanders claimed momentum and argued …"
            return art.parse(word), s + m.end() - len(word)
    return None, 0


# --------------------------------------------------------------------------- content


def _content_start(art: _Article, tail: int, e: int, cls: str) -> int | None:
    """Where the reported content begins after a leading cue."""
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
            if before.endswith(",") or word in _STRONG_PARTICIPLES:
                if before.endswith(",") or not before:
                    return _trim_end(art.body, start, start + len(before.rstrip(",")))
                return _trim_end(art.body, start, start + len(before))
    tail = _CLAUSE_TAIL.search(masked, start, e)
    while tail:
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
    if tail and len(_WORD.findall(art.body, start, tail.start())) >= 2:
        return _trim_end(art.body, start, tail.start())
    return _trim_end(art.body, start, e)


_ED_ADJECTIVES = frozenset(
    [
        "elected", "alleged", "armed", "retired", "registered", "married", "related", "concerned",
        "interested", "skilled", "qualified", "so-called",
    ]
)


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


def _skip_space(body: str, pos: int, end: int) -> int:
    while pos < end and (body[pos].isspace() or body[pos] in ",:—–"):
        pos += 1
    return pos


def _trim_end(body: str, start: int, end: int) -> int:
    """Drop trailing spaces and sentence punctuation outside quotation marks."""
    while end > start and (body[end - 1].isspace() or body[end - 1] in ".,;:—–-"):
        end -= 1
    return end


def _make(art, start, end, cue, cls, mention, mpos) -> _Candidate | None:
    """Build a candidate once the content is known; reject what cannot be speech."""
    if end <= start:
        return None
    quotes = art.quotes_in(start, end)
    q0 = art.quote_at(start)
    if q0 is not None and not q0.closed and art.chain_end[q0.chain] > end:
        end = art.chain_end[q0.chain]  # a multi-paragraph quotation runs on
    if quotes and not quotes[-1].closed and art.chain_end[quotes[-1].chain] > end:
        end = art.chain_end[quotes[-1].chain]
    if cls == "quote" and not (quotes and _QUOTE_SOON.match(art.masked, start, end)):
        return None  # "called it “a disgrace”" yes; "called to mind, …, “…”" no
    words = len(_WORD.findall(art.masked, start, end)) + len(quotes)
    if not quotes and words < (3 if cls == "object" else 2):
        return None
    return _Candidate(start, end, cue, mention, mpos)


def _orphan_quotes(art: _Article, candidates: list[_Candidate]) -> list[_Candidate]:
    """Quotations opening a sentence that no cue claimed: they continue the last speaker."""
    spans = sorted((c.start, c.end) for c in candidates)
    starts = [a for a, _ in spans]
    out, seen_chain = [], set()
    for q in art.quotes:
        if q.chain in seen_chain:
            continue
        i = bisect.bisect_right(starts, q.start) - 1
        if i >= 0 and spans[i][1] > q.start:
            seen_chain.add(q.chain)
            continue
        if not _opens_sentence(art, q):
            continue
        seen_chain.add(q.chain)
        inner = art.body[q.start + 1 : q.end - 1]
        if len(_WORD.findall(inner)) < 4:
            continue
        out.append(_Candidate(q.start, art.chain_end[q.chain], "", None, q.start, True))
    return out


def _opens_sentence(art: _Article, q: Quote) -> bool:
    """True when only sentence punctuation or the paragraph start precedes the quotation."""
    para = art.paragraphs[q.paragraph]
    before = art.masked[max(para.start, q.start - 40) : q.start].rstrip()
    return not before or before.endswith((".", "!", "?", MASK, ":"))


def _dedupe(candidates: list[_Candidate]) -> list[_Candidate]:
    """Sort by position and drop a candidate nested inside (or equal to) an earlier one."""
    out: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if out and c.start < out[-1].end:
            if c.start == out[-1].start and out[-1].start < c.cue_pos < out[-1].end:
                # "“…,” Clinton said, drawing applause at her play on his name.": the longer
                # content holds the shorter one's own cue, so it overran its sentence part
                out[-1] = c
                continue
            if c.end <= out[-1].end:
                continue
            if c.start == out[-1].start:
                continue
        out.append(c)
    return out


# --------------------------------------------------------------------------- speakers


def _resolve(art: _Article, candidates: list[_Candidate]) -> list[Statement]:
    """Resolve every candidate's speaker, merge continuations, number the statements."""
    resolver = Resolver(art.people(), art.masked)
    previous: list[tuple[int, str, str, str]] = []
    done: list[dict] = []
    for c in candidates:
        para = art.paragraph_number(c.start)
        if c.inherit:
            if not done or para - done[-1]["paragraph"] > 4:
                continue
            last = done[-1]
            if (
                last["paragraph"] == para
                and last["kind"] == "direct"
                and _only_attribution_between(art, last["end"], c.start)
            ):
                last["end"] = c.end
                continue
            entry = dict(
                last, start=c.start, end=c.end, kind="direct", paragraph=para, mention_pos=c.start
            )
            done.append(entry)
            continue
        resolved = resolver.resolve(c.mention, c.mention_pos, previous)
        if resolved is None:
            continue
        speaker, role, gender = resolved
        if not speaker or speaker.lower() in _BARE_PRONOUNS:
            continue  # never show a bare pronoun as a speaker
        mention_text = art.body[c.mention_pos : c.mention_pos + len(c.mention.text)]
        if mention_text != c.mention.text:
            mention_text = c.mention.text
        else:
            mention_text = _relative_subject(art, c) or mention_text
        previous.append(
            (c.start, speaker, c.mention.kind if c.mention.kind != "role" else "person", gender)
        )
        done.append(
            dict(
                start=c.start,
                end=c.end,
                speaker=speaker,
                mention=mention_text,
                cue=c.cue,
                role=role,
                paragraph=para,
                kind=_kind(art, c.start, c.end),
                mention_pos=c.mention_pos,
            )
        )
    statements = []
    for n, d in enumerate(done, 1):
        statements.append(
            Statement(
                id=f"s{n}",
                speaker=d["speaker"],
                mention=d["mention"],
                kind=d["kind"],
                cue=d["cue"],
                start=d["start"],
                end=d["end"],
                text=art.body[d["start"] : d["end"]],
                paragraph=d["paragraph"],
                role=d["role"],
            )
        )
    return statements


_RELATIVE_SUBJECT = re.compile(r"[\s,(—–-](who|which|that)\s*$")


def _relative_subject(art: _Article, c: _Candidate) -> str | None:
    """``Sanders, who said …``: the relative pronoun is the cue's subject as written.

    The speaker is still the antecedent; the mention records the words that actually stand
    before the verb, as it records "he" for a pronoun."""
    after = c.mention_pos + len(c.mention.text)
    if not after < c.cue_pos <= after + 200:
        return None
    gap = art.masked[after : c.cue_pos]
    if "who" not in gap and "which" not in gap and "that" not in gap:
        return None
    gap = _strip_adverbs(gap)
    m = _RELATIVE_SUBJECT.search(gap, max(0, len(gap) - 12)) if gap else None
    if m is None:
        return None
    return m.group(1)


def _only_attribution_between(art: _Article, a: int, b: int) -> bool:
    """``“A,” she said. “B.”``: only a short attribution sits between the two quotations."""
    gap = art.masked[a:b]
    return len(_WORD.findall(gap)) <= 6 and MASK not in gap.strip()


def _kind(art: _Article, start: int, end: int) -> str:
    """direct: the content is quotation(s) only; partial: it contains one; else indirect."""
    quotes = art.quotes_in(start, end)
    if not quotes:
        return "indirect"
    if quotes[0].start == start and art.chain_end[quotes[-1].chain] >= end:
        outside = art.masked[start:end].replace(MASK, "")
        if len(_WORD.findall(outside)) <= 6 and has_cue(outside):
            return "direct"
        if not _WORD.findall(outside):
            return "direct"
    return "partial"


@functools.lru_cache(maxsize=4096)
def _parse_name(text: str) -> Mention | None:
    """Names recur across and within articles: parse each distinct string once."""
    return parse_mention(text)


def _people(art: _Article) -> list[tuple[int, Mention]]:
    """Every capitalised name outside quotations, parsed, for surname and role look-ups."""
    out = []
    for m in _RUNS_OF_TWO.finditer(art.masked):  # one word names nobody in full
        mention = _run_person(m.group())
        if mention is not None:
            out.append((m.start(), mention))
    return out


@functools.lru_cache(maxsize=32768)
def _run_person(run: str) -> Mention | None:
    """The person a run of capitalised words names, if any (cached: names recur)."""
    words = run.split(" ")
    while words and words[0] in _RUN_NOISE:
        words.pop(0)
    for k, w in enumerate(words):
        if w.endswith(".") and len(w) > 3 and not is_abbreviation(w, len(w) - 1):
            words = words[: k + 1]  # "… in Virginia. The …": the sentence ended
            words[-1] = w[:-1]
            break
    if len(words) < 2 and not (words and words[0].lower() in {"mr.", "ms.", "mrs."}):
        return None
    mention = parse_mention(" ".join(words))
    return mention if mention is not None and mention.kind == "person" else None
