"""One article as the statement rules see it, and the candidate statements they find.

:class:`_Article` holds the body, its paragraphs and quotations, the masked copy, the case
rule for names ("Immigration" is a common word in this article, "Gallup" is a name) and the
people it names in full; :class:`_Candidate` is a statement before its speaker is resolved,
built by :func:`_make` once a rule knows where its content starts and ends.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from .cues import cue_info
from .mentions import Mention, parse_mention
from .names import PLACES
from .paragraphs import split_paragraphs
from .quotes import Quote, find_quotes
from .sentences import is_abbreviation
from .shared import _RUN_NOISE, _RUNS_OF_TWO, MASK

_PROPER_ADJ_ENDINGS = ("an", "ans", "ese", "ish", "ic", "ican", "icans", "crats")
# words that open a sentence and never a name ("Another Clinton ally", "Given Sanders’ …")
_QUANTIFIER_CAPS = frozenset(
    ["Another", "Every", "Each", "Both", "Several", "Many", "Some", "Most", "Other", "Such",
     "No", "All", "Few", "Whether", "Without", "Within", "Given", "Following", "Absent", "What",
     "Unlike", "Like", "Among", "Amid", "Unless", "Whatever", "Whoever", "Top", "One", "Two",
     "Three"]
)
_QUOTE_SOON = re.compile(r"[^,;:" + MASK + r"]{0,60}" + MASK)


@dataclass
class _Candidate:
    """A statement before its speaker is resolved."""

    start: int
    end: int
    cue: str
    mention: Mention | None
    mention_pos: int
    inherit: bool = False  # take the speaker of the previous statement
    question: bool = False  # "Asked whether …": no later quotation continues it
    cue_pos: int = -1


_PARSE_CACHE: dict[str, list[tuple[tuple[tuple[str, bool], ...], Mention | None]]] = {}


def _parse_asking(text: str, lower_ok) -> Mention | None:
    """``parse_mention(text, lower_ok)``, remembered in the process-wide cache with the case
    questions it asked and their answers."""
    asked: list[tuple[str, bool]] = []

    def recording(word: str) -> bool:
        answer = lower_ok(word)
        asked.append((word, answer))
        return answer

    mention = parse_mention(text, recording)
    if len(_PARSE_CACHE) > 50_000:
        _PARSE_CACHE.clear()
    _PARSE_CACHE.setdefault(text, []).append((tuple(asked), mention))
    return mention


def parse_plain(text: str) -> Mention | None:
    """``parse_mention(text)`` with no article's case rule, through the cache that
    :meth:`_Article._parse` fills: without a case rule no word reads as a common one, which
    is a rule answering no to every question, so any cached parse whose questions were all
    answered no is this one (the same name is often parsed both ways: a run of capitals for
    the article's people, and a speaker's words)."""
    for answers, mention in _PARSE_CACHE.get(text, ()):
        if not any(answer for _, answer in answers):
            return mention
    return _parse_asking(text, _never_common)


def _never_common(word: str) -> bool:
    return False


def _word_char(ch: str) -> bool:
    """A word character (letter, digit or underscore), for the ``str.find`` loops below."""
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
        # a no-break space is a space to every rule ("Donald\xa0Trump is a\xa0serial liar"),
        # and a horizontal bar the dash some sites print for an em dash ("WASHINGTON ― The
        # agency announced"); both the same length, so offsets stay those of the body
        self.masked = "".join(parts).replace("\xa0", " ").replace("\u2015", "\u2014")
        self._lower_words: dict[str, bool] | None = None
        self._parsed: dict[str, Mention | None] = {}
        self._surnames: set[str] | None = None
        self._people: list[tuple[int, Mention]] | None = None
        self.cues: tuple[int, int, list] = (0, 0, [])

    def parse(self, text: str) -> Mention | None:
        """:meth:`_parse`; and a place's name that is the surname of someone the article names
        in full is that person ("Kerry Washington … Washington, star of “Scandal,” said")."""
        mention = self._parse(text)
        if (
            mention is not None
            and mention.kind == "group"
            and mention.name.lower() in PLACES
            and mention.name.lower() in self.surnames()
        ):
            return Mention("person", mention.text, mention.name)
        return mention

    def _parse(self, text: str) -> Mention | None:
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
        mention = self._parsed[text] = _parse_asking(text, self.lower_ok)
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
        mid-sentence and does not look like a proper adjective or a party ("Democratic",
        "Chicagoan", "Democrats say …" opening the only sentence that names them).
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
        """The quotations starting in ``[start, end)``."""
        i = bisect.bisect_left(self.quote_starts, start)
        j = bisect.bisect_left(self.quote_starts, end)
        return self.quotes[i:j]

    def paragraph_number(self, pos: int) -> int:
        """The 1-based number of the paragraph holding ``pos``."""
        return max(1, bisect.bisect_right(self.para_starts, pos))


def _is_headline(masked: str, s: int, e: int) -> bool:
    """A first line in title case: most words capitalised, no line break inside (``Trump Says
    He Will Win Iowa``: its capitalised verbs are cues too)."""
    if "\n" in masked[s:e]:
        return False
    words = masked[s:e].split()
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words)


def headline_end(masked: str) -> int:
    """Where a title-case first line ends (0 when the article opens with no headline): its
    capitalised words ("Clinton Wades In: Urges Britain to Remain") name nobody."""
    end = masked.find("\n")
    end = len(masked) if end < 0 else end
    return end if _is_headline(masked, 0, end) else 0


def _make(art, start, end, cue, cls, mention, mpos) -> _Candidate | None:
    """Build a candidate once the content is known; reject what cannot be speech.

    A multi-paragraph quotation runs on to its end; a naming verb needs a quotation soon
    (``called it “a disgrace”``, not ``called to mind, …, “…”``); one word is no statement."""
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
    if not quotes and not _has_words(
        art.masked, start, end, 3 if cls == "object" and not _speech_object(cue) else 2
    ):
        return None
    return _Candidate(start, end, cue, mention, mpos)


def _has_words(text: str, start: int, end: int, n: int) -> bool:
    """``text[start:end]`` holds at least ``n`` words (runs of ``\\w``): counted up to ``n``,
    not through a whole content, by one match (possessive: a word is never split in two)."""
    pattern = _N_WORDS.get(n)
    if pattern is None:
        pattern = _N_WORDS[n] = re.compile(rf"(?:\W*+\w++){{{n}}}")
    return pattern.match(text, start, end) is not None


_N_WORDS: dict[int, re.Pattern] = {}


def words_up_to(text: str, start: int, end: int, n: int) -> int:
    """The number of words in ``text[start:end]``, or ``n`` when there are more: a long
    content is not counted through."""
    return next((k for k in range(n, 0, -1) if _has_words(text, start, end, k)), 0)


# object-class verbs of saying whose object may be two words ("called for his dismissal",
# "blasted the statement"); acts like "defended his vote" need three
_SAY_OBJECT = frozenset(
    ["call for", "call on", "call upon", "blast", "criticize", "criticise", "accuse", "slam",
     "urge", "respond to", "reply to", "agree with", "complain about"]
)


def _speech_object(cue: str) -> bool:
    """True when the cue (``called for``, ``blasted on Monday``) is a verb of saying whose
    object is what was said."""
    words = cue.lower().split()
    return cue_info(" ".join(words[:2]))[0] in _SAY_OBJECT or cue_info(words[0])[0] in _SAY_OBJECT


def _people(art: _Article) -> list[tuple[int, Mention]]:
    """Every capitalised name outside quotations, parsed, for surname and role look-ups."""
    out = []
    for m in _RUNS_OF_TWO.finditer(art.masked):  # one word names nobody in full
        run, start = m.group(), m.start()
        mention = _run_person(run)
        if mention is not None:
            out.append((start, mention))
        stop = run.find(". ")
        while stop > 0 and is_abbreviation(run, stop):
            stop = run.find(". ", stop + 1)
        if stop > 0 and run.count(" ", stop + 2):
            # "… on Tuesday. Ana Lund spoke": the name after the full stop is a name too
            mention = _run_person(run[stop + 2 :])
            if mention is not None:
                out.append((start + stop + 2, mention))
    return out


@functools.lru_cache(maxsize=32768)
def _run_person(run: str) -> Mention | None:
    """The person a run of capitalised words names, if any (cached: names recur)."""
    words = run.split(" ")
    while words and (words[0] in _RUN_NOISE or words[0] in _QUANTIFIER_CAPS):
        words.pop(0)  # "Another Clinton ally": no person called Another Clinton
    for k, w in enumerate(words):
        if w.endswith(".") and len(w) > 3 and not is_abbreviation(w, len(w) - 1):
            words = words[: k + 1]  # "… in Virginia. The …": the sentence ended
            words[-1] = w[:-1]
            break
    if len(words) < 2 and not (words and words[0].lower() in {"mr.", "ms.", "mrs."}):
        return None
    return _named_person(" ".join(words))


@functools.lru_cache(maxsize=32768)
def _named_person(name: str) -> Mention | None:
    """The person ``name`` names, if any: cached apart from the raw run, as runs that differ
    in what is cut off ("The White House" and "White House"; "Ann Lee. The" and "Ann Lee")
    name the same words (about one parse in eight on a first pass)."""
    mention = parse_plain(name)
    return mention if mention is not None and mention.kind == "person" else None
