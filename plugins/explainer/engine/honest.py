"""Honest speakers: a card names who spoke, or says that the article does not.

The speaker rules sometimes leave on a card words that name nobody: a phrase that opens the
sentence ("Criticizing the senator", "Alongside"), a common noun ("investigation"), a
contraction ("That’s quite a contrast"), a possessive whose noun was lost ("Republican
Party’s"), a place that "he" was taken for, or a name with words glued to it ("Staff Katie
Walsh", "Ben Jacobs in The Guardian", "Cruz himself"). The statement is still real, so it
stays; its speaker is cut back to the name it holds, or, when it holds none, called what the
article leaves it: "an unnamed source" ("an unnamed official" when a role is all it says), in
the style of "an unnamed questioner" (:mod:`explainer.engine.asked`).
"""

from __future__ import annotations

import re

from .article import _has_lower_word, _has_mid_cap
from .mentions import FIRST
from .names import _CALENDAR, PLACES, ROLE_NOUNS, TITLE_WORDS
from .shared import _ED_ADJECTIVES
from .sides import word_set

UNNAMED = "an unnamed source"
# a first name and one or two capitalised words, none of them possessive
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][\w.-]*){1,2}")

# words that open a phrase of the reporter's, never a name: prepositions, conjunctions and
# adverbs ("While Clinton", "Alongside BLM", "Absent", "Through")
_OPENERS = word_set(
    """absent alongside among amid amidst beyond soon through throughout without within front
    despite toward towards upon via besides beside behind across against along while when
    though although because since after before during however meanwhile still yet instead
    perhaps also even just on in at by for from with to into of about as like unlike
    what never let such"""
)
# approximations that open a share of a poll ("about half of voters", "just 28 percent")
_SHARE = re.compile(
    r"\d|\b(?:half|third|quarter|percent|one|two|three|four|five|six|seven|eight|nine)"
)
# people named by a role alone in a headline ("Win or not, candidate says"): "an unnamed …"
_PERSON_NOUNS = ROLE_NOUNS | word_set(
    """official expert analyst source person politician aide adviser advisor lawyer economist
    strategist activist critic voter resident witness officer diplomat historian"""
)
# nouns for many people or an institution: a speaker in one lower-case word ("police said")
_COLLECTIVES = frozenset(
    ["police", "staff", "public", "media", "military", "clergy", "press", "people"]
)
_WEEKDAYS = frozenset(w for w in _CALENDAR if w.endswith("day"))
# the quantifiers the mention rules keep as a group ("Another said …", "Many agreed")
_QUANTIFIERS = word_set(
    "one another others several many most few all some both none somebody someone"
)
_CONTRACTION = re.compile(r"(?i)(?:it|that|there|here|what|this)[’']s$")
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_REFLEXIVE_OR_ADVERB = word_set("himself herself itself themselves however first all too also")
# "… in a statement", "… during the second debate", "… in The Guardian": where, not who
_CIRCUMSTANCE = re.compile(
    r"(\s)(?:in|during)\s+(?:a|an|the|his|her|their|its|The)\s.*$"
)
# "Larry Ode on Hot Air", "Ann Lee at Harbor Radio": a plain name, then where it was said
_WHERE_AFTER_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][\w.’'-]*){1,2}( )(?:on|in|at) [A-Z].*")
_NAME_LINKS = frozenset(["of", "for", "and", "on"])
_OBJECTS = frozenset(["it", "you", "them", "him", "me", "us"])
_PREPOSITIONS = frozenset(["for", "of", "to", "with", "from", "by", "at", "in", "on", "about"])
_TIME_ADVERBS = frozenset(["soon", "now", "still", "then", "later", "again"])
_PARTICLES = frozenset(["out", "up", "off"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "their", "its", "this", "that"])
_PERSON_PRONOUNS = frozenset(["he", "she", "him", "who", "whom", "i", "we"])
_PRONOUNS = _PERSON_PRONOUNS | {"it", "that", "which", "they"}  # none stands for an ocean
# what stands before a place that ends a longer phrase ("voters in Ohio", "Iowa and Ohio")
_IN_A_PHRASE = re.compile(r"\b(?:in|of|at|from|and|near)\s*$")
# the last words of places that are no person ("the Aral Sea", "the Situation Room")
_PLACE_ENDINGS = word_set(
    "sea ocean river room asia africa europe america mountains valley island"
)


def honest_speaker(
    speaker: str, mention: str, body: str, before: str = "", memo: dict | None = None
) -> str:
    """The speaker a card can show: ``speaker`` cut back to the name it holds, or an unnamed
    source when it names nobody.

    ``mention``: the words the article used ("he"), ``before``: the words before them;
    ``body``: the article text. "Staff Katie Walsh" -> "Katie Walsh", "Trump in his speech"
    -> "Trump", "Alongside" -> "an unnamed source", "official" -> "an unnamed official".

    ``memo``: a dict kept for one ``body`` (one article), in which answers are remembered: an
    article asks about the same speaker and mention again and again (every statement twice,
    "he" for the same person), and the answer scans the body."""
    words = speaker.split()
    if 1 < len(words) < 4 and words[0].lower() in FIRST and _PLAIN_NAME.fullmatch(speaker):
        return speaker  # "Ann Lee", "Tom R. Ruiz": most speakers, at once
    in_a_phrase = bool(mention.endswith(speaker) and _IN_A_PHRASE.search(before))
    if memo is None:
        return _honest(words, speaker, mention, body, in_a_phrase)
    key = (speaker, mention, in_a_phrase)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _honest(words, speaker, mention, body, in_a_phrase)
    return found


def _honest(words: list[str], speaker: str, mention: str, body: str, in_a_phrase: bool) -> str:
    """:func:`honest_speaker` past its shortcut for a plain name; ``in_a_phrase``: the
    mention ends with the speaker and a preposition or "and" stands before it."""
    words = _without_tail(_without_head(words, body))
    if not words:
        return UNNAMED
    words = _capital_kept(words, mention, body)
    pronoun = mention.lower()
    if _is_place(words) and (pronoun in _PERSON_PRONOUNS or in_a_phrase) or (
        pronoun in _PRONOUNS and words[-1].lower() in _PLACE_ENDINGS
    ):
        # "he" taken for "the Aral Sea" named before it, "that" for the Atlantic Ocean;
        # "veterans at rallies in South Carolina … said": the place ends a longer phrase
        return UNNAMED
    if len(words) == 1 and _cut_from(mention, speaker, body):
        return mention  # "Development" cut from "the Organization for … and Development"
    if _CONTRACTION.match(words[0]) or _is_clause(words):
        words = _name_at_end(words)  # "There’s still time for Cruz": Cruz
        if not words:
            return UNNAMED
    if len(words) == 1 and words[0].islower() and mention.islower():
        return _lone_word(words[0])  # the article's own lower-case word (not "State said")
    if _names_nobody(words):
        return UNNAMED
    return " ".join(words)


def _without_head(words: list[str], body: str) -> list[str]:
    """Drop the words before a name that are no part of it: an opening preposition or
    conjunction ("While Clinton", "About Latinos"), a participle with its preposition
    ("Reporting On Carson"), a day or month, or a capitalised common word glued before a
    name that the article also writes in lower case, when a first name follows or the
    surname stands without the word before it elsewhere ("Staff Katie Walsh … Walsh said",
    "Actor Clint Howard"; not "Giovanni Maria Vian", nor "Black Lives Matter")."""
    while len(words) > 1 and (words[1][:1].isupper() or words[0] == "what"):
        if not _stray_head(words, body):
            break
        words = words[1:]  # "what her team called …": her team
    return words


def _stray_head(words: list[str], body: str) -> bool:
    """The first of ``words`` (a name follows it) is no part of the name."""
    first = words[0].lower()
    if first in _OPENERS or first in _WEEKDAYS:
        return True
    if first.endswith("ing") and words[1].lower() in _OPENERS:
        return True
    return (
        len(words) >= 3
        and words[0].isalpha()
        and words[0][0].isupper()
        and first not in FIRST
        and f"{first} {words[1].lower()}" not in PLACES  # "New Hampshire …"
        and _has_lower_word(body, first)
        and (words[1].lower() in FIRST or _called_without(body, words[-2], words[-1]))
    )


def _capital_kept(words: list[str], mention: str, body: str) -> list[str]:
    """A name's first word lower-cased as if it were a common word opening the sentence
    ("house Speaker Paul Ryan", "north Carolina election officials") gets its capital back
    when the article writes the two words capitalised mid-sentence too ("rival Hillary
    Clinton’s campaign", "other Republican leaders" stay)."""
    first = mention.split()[0] if mention else ""
    if (
        len(words) > 1
        and words[0].islower()
        and words[0] not in _DETERMINERS | _QUANTIFIERS
        and not _SHARE.match(words[0])  # "the New York Times", "six Gannett newspapers"
        and first.lower() == words[0]
        and first[:1].isupper()
        and words[1][:1].isupper()
        and _has_mid_cap(body, f"{first} {words[1]}")
    ):
        return [first, *words[1:]]
    return words


def _cut_from(mention: str, word: str, body: str) -> bool:
    """``word`` is the last word of an organisation's name (the mention), and the article
    never writes it without the word before it: only the whole name names anyone."""
    return (
        mention.endswith(" " + word)
        and _whole_name(mention)
        and not _called_without(body, mention.split()[-2], word)
    )


def _whole_name(mention: str) -> bool:
    """The mention is an organisation's name of several capitalised words that small words
    link, and no title ("the Organization for Economic Cooperation and Development",
    "Engineering and Medicine"; not "President Obama", "Mr. Trump", "the AP")."""
    words = mention.split()
    capitals = [w for w in words if w[:1].isupper()]
    return (
        len(capitals) > 1
        and not _NAME_LINKS.isdisjoint(words[1:])
        and all(w[:1].isupper() or w in _NAME_LINKS or w == "the" for w in words)
        and not any(w.endswith(".") or w.lower() in TITLE_WORDS for w in capitals)
    )


def _called_without(body: str, before: str, surname: str) -> bool:
    """``surname`` occurs in ``body`` without ``before`` just before it ("Walsh said" after
    "Katie Walsh"): the last word is a person's surname, not part of a longer name."""
    return any(
        not body.endswith(before, 0, m.start() - 1)
        for m in re.finditer(r"\b" + re.escape(surname) + r"\b", body)
    )


def _without_tail(words: list[str]) -> list[str]:
    """Drop what follows a name and is no part of it: where it was said ("in a statement",
    "in The Guardian", "Larry Ode on Hot Air"), an adverb of time ("fact-checkers soon"), a
    reflexive or an adverb ("Cruz himself", "BuzzFeed News first"), a verb in the past
    tense ("Carson implied") and one with its object ("the former governor mocked Ruiz")."""
    for k in range(2, len(words) - 1):
        verb = words[k]
        if (
            _ACTIVE_PAST.fullmatch(verb)
            and verb not in _ED_ADJECTIVES  # "registered Latino voters"
            and _OBJECT_OPENS.fullmatch(words[k + 1])
        ):
            words = words[:k]  # "the former secretary of state mocked Trump"
            break
    text = " ".join(words)
    m = _CIRCUMSTANCE.search(text)
    if m is None and words[0].lower() in FIRST:  # a person's, not "House Committee on …"
        m = _WHERE_AFTER_NAME.match(text)
    if m and text[: m.start(1)].split()[-1][:1].isupper():
        words = text[: m.start(1)].split()
    while len(words) > 1 and words[-1] in _TIME_ADVERBS:
        words = words[:-1]  # "fact-checkers soon"
    while (
        len(words) > 1
        and words[-2][:1].isupper()
        and words[-1].islower()
        and (words[-1] in _REFLEXIVE_OR_ADVERB or re.fullmatch(r"[a-z]{3,}ed", words[-1]))
    ):
        words = words[:-1]
    return words


_ACTIVE_PAST = re.compile(r"[a-z]{3,}ed")
# an object after a verb: a determiner or a name ("mocked Trump"), not a day ("released
# Friday by …": a passive participle's time)
_OBJECT_OPENS = re.compile(
    r"(?:the|a|an|his|her|their|its|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z]\w+)"
)


def _name_at_end(words: list[str]) -> list[str]:
    """The capitalised words that end a clause after its last lower-case word ("Cruz" in
    "There’s still time for Cruz"); none when it ends in lower case."""
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    return words[k:]


def _lone_word(word: str) -> str:
    """A speaker in one lower-case word: a group or a site stays; a role alone ("official
    says") is an unnamed one; any other word ("investigation", "amid") names nobody."""
    if word in _QUANTIFIERS or word in _COLLECTIVES or word.endswith("s") or "." in word:
        return word  # "another", "police", "officials", "ouest-france.fr" (a web site)
    if word in _PERSON_NOUNS:
        return "an unnamed " + word
    return UNNAMED


def _names_nobody(words: list[str]) -> bool:
    """A contraction ("That’s quite a contrast"), a participle's clause ("Criticizing the
    senator", "drawing applause"), an opening preposition ("throughout his campaign"), "Other"
    alone, days and months alone, or a possessive with its noun lost ("Republican Party’s")."""
    first = words[0]
    low = first.lower()
    if low.endswith("ing") and len(low) > 4 and low not in FIRST:
        if len(words) == 1:
            return first.islower()  # "showing"; "Manning" may be a surname
        nxt = words[1]
        if nxt.lower() in _DETERMINERS or first.islower() and not (
            nxt.endswith("s") and not _POSSESSIVE.search(nxt)
        ):
            return True
    if low in _OPENERS and not _SHARE.search(" ".join(words)) or words == ["Other"]:
        return True  # "throughout his campaign", not "about half of voters"
    if all(w.lower() in _CALENDAR for w in words):
        return True
    return bool(_POSSESSIVE.search(words[-1])) and "of" not in words


def _is_clause(words: list[str]) -> bool:
    """Words of a clause, not a name: an object pronoun no preposition governs ("rivals
    deride it as poll-tested", "brand you a liar and NBC News": the name that ends it
    spoke), "whether", a verb and its particle ("set up a website"), or a preposition at
    the end ("manhunt underway for")."""
    for k, w in enumerate(words):
        if w in _OBJECTS and (k == 0 or words[k - 1].lower() not in _OPENERS):
            return True
    return (
        "whether" in words
        or words[0].islower() and len(words) > 1 and words[1] in _PARTICLES
        or words[-1] in _PREPOSITIONS
    )


def _is_place(words: list[str]) -> bool:
    """A state, a country or a sea: no one a personal pronoun stands for."""
    return " ".join(words).lower() in PLACES or words[-1].lower() in _PLACE_ENDINGS


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")
# what may stand between a subject and its verb: a short time or place ("during a rally")
_BEFORE_VERB = re.compile(
    r"\s*(?:(?:during|on|in|at|last|this|earlier|later|also)\s[^,;]{0,30})?$"
)


def named_in_subject(body: str, surnames: set[str], start: int, cue: int):
    """``(surname, position)`` of a person the article names (``surnames``) whose surname
    stands right before the verb, a short time or place aside, in the words taken for a
    speaker who names nobody (``body[start:cue]``); None otherwise.

    "It’s become such a presence that Sanders during a rally thanked …": Sanders thanked;
    "requests were made to Clinton for security, but …" names no one who spoke."""
    found = None
    for m in _CAPITALISED.finditer(body, start, cue):
        if m.group().lower() in surnames and _BEFORE_VERB.match(body, m.end(), cue):
            found = m.group(), m.start()
    return found
