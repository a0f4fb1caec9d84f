"""General policy topics: a short lexicon that labels what two statements are both about.

Deliberately story-independent (crime, policing, immigration, funding, …). Pairing uses it
as one piece of evidence and to label exchanges by a topic their statements share; the site
gathers exchanges on a topic page per label.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from .cues import trie_pattern
from .words import NUMBER, content_stems, stem

# General policy topics: label -> word prefixes or phrases. Deliberately story-independent.
TOPICS: tuple[tuple[str, str], ...] = (
    (
        "crime",
        r"crime|criminal|violen|murder|homicide|shoot|gun|killed|killing|predator|"
        r"drug dealer|gang|law and order|rule of law|public safety|safety|robber|assault|"
        r"knife|weapon|armed",
    ),
    (
        "policing",
        r"police|policing|officer|law enforcement|sheriff|arrest|jail|detain|"
        r"detention|prosecut",
    ),
    (
        "immigration",
        r"immigra|undocumented|deport|alien|sanctuary|detainer|border|asylum|"
        r"refugee|visa|migrant",
    ),
    (
        "funding",
        r"fund|grant|money|budget|dollar|million|billion|spending|cuts?\b|cost|"
        r"afford|deficit|revenue|subsid",
    ),
    ("taxes", r"tax|levy|levies"),
    (
        "the courts",
        r"lawsuit|sue\b|sued|suing|court|judge|ruling|ruled|legal|"
        r"unconstitutional|appeal|verdict|injunction",
    ),
    (
        "labor",
        r"strike|union|wage|paycheck|pay raise|contract|worker|employee|salar|layoff|"
        r"jobs?\b|overtime|staffing|shifts?\b",
    ),
    (
        "schools",
        r"school|student|teacher|classroom|curriculum|tuition|universit|college|"
        r"campus|education|enrollment",
    ),
    (
        "housing and zoning",
        r"housing|zoning|rezon|develop|rents?\b|apartment|density|tenant|"
        r"landlord|neighborhood|height",
    ),
    (
        "health care",
        r"hospital|patient|health|clinic|doctor|nurse|medical|emergency room|"
        r"ambulance|maternity",
    ),
    ("transit", r"transit|fares?\b|bus\b|buses|train|rider|commut|subway|ridership"),
    (
        "the environment",
        r"pollut|emission|environment|climate|contamina|toxic|permit|"
        r"wetland|air quality|water|habitat|wildlife",
    ),
    ("politics", r"politic|election|voter|campaign|partisan"),
    (
        "infrastructure",
        r"repair|maintenance|maintain|infrastructure|pipes?\b|pothole|roads?\b|bridges?\b|"
        r"sewer|roof|boiler|broken|crumbling",
    ),
    ("the weather", r"storms?\b|snow|winter|rain|flooding|hurricane|heat wave|ice\b|icy"),
    (
        "the figures",
        r"percent|per cent|\d|statistic|data\b|figures|rate\b|count\b|"
        r"a third|half|doubled|tripled|times as many",
    ),
)
# "the figures" is no word topic: it says that there are numbers, not what they are about
_FIGURES = next(n for n, (label, _) in enumerate(TOPICS) if label == "the figures")


def plain_stems(text: str) -> list[str]:
    """Content stems of words that no topic covers: a shared topic already counts once, so
    'immigration' in two statements should not count again as a shared word. Numbers stay
    (the figures topic only says that there are some): the same number twice is a stronger
    sign than any two numbers."""
    words = _PLAIN_WORD.findall(text.lower())  # the words content_stems reads
    plain = " ".join(w for w in words if not _word_topics(w) - {_FIGURES})
    return content_stems(plain)


_PLAIN_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|" + NUMBER)


def topic_words(text: str) -> dict[str, set[str]]:
    """Lexicon topic -> the stems of the words of ``text`` that touch it ("immigrants" and
    "immigration" meet as one stem; "the figures" is not a word topic)."""
    found: dict[str, set[str]] = {}
    for word in _PLAIN_WORD.findall(text.lower()):
        for n in sorted(_word_topics(word) - {_FIGURES}):
            found.setdefault(TOPICS[n][0], set()).add(stem(word))
    return found


def lexicon_topic(text: str) -> str | None:
    """The first lexicon topic ``text`` touches, in the lexicon's order: one label for a
    statement."""
    found = _topic_indexes(text)
    return TOPICS[min(found)][0] if found else None


def topics_of(text: str) -> set[str]:
    """The lexicon topics that ``text`` touches."""
    return {TOPICS[n][0] for n in _topic_indexes(text)}


# Every topic pattern matches at the start of a word (a run of \w, which each of its
# alternatives starts with), and each alternative but a few phrases stays within that word.
# So the topics a text touches are those of its words (each word's found once: words repeat)
# and of the phrases that start at one of them: the same answer as searching the text with
# each of the 16 patterns, in a quarter of the time.
_WORD_RUN = re.compile(r"\w+")
_ALTERNATIVES = [(n, alternative) for n, (_, pattern) in enumerate(TOPICS)
                 for alternative in pattern.split("|")]
_IN_WORD = tuple(
    (n, re.compile("|".join(a for m, a in _ALTERNATIVES if m == n and " " not in a)))
    for n in range(len(TOPICS)))
_PHRASES: dict[str, list[tuple[int, str]]] = {}
for _n, _phrase in _ALTERNATIVES:
    if " " in _phrase:  # a literal phrase: starts with a whole word
        _PHRASES.setdefault(_phrase.split(" ", 1)[0], []).append((_n, _phrase))
# Where such a word may start: an alternative that stays within a word ("cuts?\b" by its
# letters: a word they open that it does not match touches no topic, and is passed over), or
# the first word of a phrase, whole ("a" of "a third" is no reason to look at every word that
# opens with an "a"), factored by their prefixes. Most words of a statement touch no topic;
# found after the non-word character before them, the others are skipped in C.
_LETTERS_OF = re.compile(r"([a-z]+)(?:s\?)?(?:\\b)?")  # "cuts?\b" -> "cut"
_OPENINGS = {found.group(1) for _, a in _ALTERNATIVES if " " not in a
             and (found := _LETTERS_OF.fullmatch(a))}
_TOUCHING = "(?:" + "|".join(
    [trie_pattern(sorted(_OPENINGS))]
    + [a for _, a in _ALTERNATIVES if " " not in a and not _LETTERS_OF.fullmatch(a)]
    + ["(?:" + trie_pattern(sorted(_PHRASES)) + r")\b"]) + ")"
_TOUCHING_FIRST = re.compile(_TOUCHING)
_TOUCHING_AFTER = re.compile(r"\W" + _TOUCHING)


@functools.lru_cache(maxsize=1 << 16)
def _word_topics(word: str) -> frozenset[int]:
    """The indexes in TOPICS of the topics a lower-case word touches on its own (words
    repeat: remembered)."""
    return frozenset(n for n, pattern in _IN_WORD if pattern.match(word))


def _topic_indexes(text: str) -> set[int]:
    """The indexes in TOPICS of the topics that ``text`` touches: those of the words where
    one may start (:data:`_TOUCHING`), and of the phrases that start there."""
    lowered = text.lower()
    starts = [m.start() + 1 for m in _TOUCHING_AFTER.finditer(lowered)]
    if _TOUCHING_FIRST.match(lowered):
        starts.insert(0, 0)
    found: set[int] = set()
    for start in starts:
        word = _WORD_RUN.match(lowered, start).group()
        found |= _word_topics(word)
        for n, phrase in _PHRASES.get(word, ()):
            if lowered.startswith(phrase, start):
                found.add(n)
    return found


def first_topic(counts: Counter[str]) -> str:
    """The topic counted most; among equals the lexicon's first (crime before immigration:
    the lexicon lists the more specific disputes first)."""
    order = [label for label, _ in TOPICS]
    return min(counts, key=lambda label: (-counts[label], order.index(label)))
