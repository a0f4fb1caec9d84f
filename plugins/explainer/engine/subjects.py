"""Who the subject of a reporting verb is: the noun phrase before the cue, or the clause's.

``Her campaign manager, Robby Mook, said`` (an appositive names the speaker), ``people who live
here say`` (a relative clause is skipped), ``A person familiar with the planning says`` (the
phrase a preposition belongs to), ``In a speech in Miami, he said`` (an introductory phrase
is skipped), and the adverbs, auxiliaries and time phrases between a subject and its verb
(``Trump at the time also said``).
"""

from __future__ import annotations

import functools
import re

from .appositives import (
    _APPOSED_FIRST,
    _APPOSED_FULL,
    _APPOSED_NAME,
    _clause_head,
    _looks_appositive,
    _one_of,
    _who_after_place,
    _who_after_predicate,
    _who_after_role,
    kin_name,
    named_aside,
    released_by,
    who_before_comma,
)
from .article import _Article, parse_plain
from .cues import cue_info
from .heads import _SPACED_WORD, _head_after, _possessive, _role_word
from .mentions import Mention
from .names import FEMALE, MALE, ORG_HEADS, PLACES, ROLE_NOUNS, TITLE_WORDS
from .openers import _DATELINE, _discourse_word, _subject_start
from .shared import (
    _ADVERB_BEFORE,
    _DETERMINERS,
    _ED_ADJECTIVES,
    _RUN,
    _RUN_NOISE,
    _STOP_BACK,
    MASK,
    blank_parens,
)

_BOUNDARY = ",;:—–()" + MASK
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
        "only",
        "week", "weekend", "month", "year", "statement", "interview",
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
_VERBISH = re.compile(r"^[a-z]+(?:ed|ing)$")
_PRONOUN_SUBJECT = re.compile(r"^(He|She|They|It|We)\b")
_PRONOUN_ANY = re.compile(r"^(he|she|they|it|we)(?=\s)", re.IGNORECASE)  # after an intro phrase
_WORDS_BEFORE = re.compile(r"[^\s,;:()—–" + MASK + r"]+")
# words a subject never runs back over: "… on April 4 - but the Ruiz campaign rejected" (but
# "all but two said")
_NEVER_IN_SUBJECT = frozenset(["that", "but", "-"])
_NUMBERISH = re.compile(r"(?i)^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$")
# "for Democratic presidential candidate Hillary Clinton" after a role noun: up to a name's end
_ROLE_TAIL = re.compile(
    r"(?:for|of)\s+(?:(?:[a-z]+|[A-Z][\w.’'-]*)\s+){0,4}[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
    r"(?=\s+[a-z]|,|$)"
)
_APPROXIMATORS = frozenset(["about", "nearly", "almost", "roughly", "around", "some", "just"])
_OF_PLACE = re.compile(r"\s(?:of|from|at|in)\s+(?:the\s+)?[A-Z]")


def _strip_adverbs(pre: str) -> str:
    """Drop adverbs, auxiliaries and time phrases between a subject and its verb: ``Trump at
    the time also``, ``Spicer on Thursday evening``, ``the mayor has repeatedly`` end in the
    subject.

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
    """Where the last phrase before a cue starts: the last comma, semicolon, colon, dash,
    bracket, quotation (``“…,” the mayor`` -> the offset of the quotation's last mask) or
    hyphen between spaces (``… on April 4 - but the Ruiz campaign``)."""
    spaced = text.rfind(" - ")
    return max(max(text.rfind(ch) for ch in _BOUNDARY), spaced + 1 if spaced >= 0 else -1)


# "both" floated after a named subject: "Lee and Ruiz have both said", "…, Ted Cruz of Texas and
# Marco Rubio of Florida, have both urged"
_FLOATING_BOTH = re.compile(
    r"(?<![\w’'.-])(?!(?:And|But|Or|So|Yet|Now|Then)\b)[A-Z][\w’'.-]*,?((?:\s+(?:have|had))?\s+both)$"
)


def _np_before(art: _Article, s: int, cs: int) -> tuple[Mention, int] | None:
    """The subject right before a cue: walk back over words that can belong to a noun phrase.

    Stops at punctuation, prepositions and verb-looking words; skips a relative clause
    (``the lawsuit that alleged``) and an appositive (``Sessions, who spoke in Miami, said``).
    """
    masked = art.masked
    pre = _strip_adverbs(blank_parens(masked[s:cs]))
    if pre.endswith("both"):  # "Ann Lee and Tom Ruiz have both said": the pair, not "both"
        floated = _FLOATING_BOTH.search(pre)
        pre = pre[: floated.start(1)] if floated else pre
    if pre.endswith(("--", "—", "–", " -")):
        # "The justice -- who has been in a scuffle with him -- said": skip the aside (a
        # spaced hyphen sets one off too: "Sanders - who flew home to Vermont - has vowed")
        body = pre.rstrip("-—– ")
        opener = max(body.rfind("--"), body.rfind("—"), body.rfind("–"), body.rfind(" - "))
        if opener > 0:
            named = named_aside(art, s, body, opener)
            if named is not None:
                return named
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
        if named is not None and named.kind == "person" and (
            " " in named.name or kin_name(inner[:cut], named.name)
        ):
            # "Her campaign manager, Robby Mook, said": the appositive is the name
            return named, s + cut + 1 + len(chunk) - len(chunk.lstrip())
        if cut >= 0 and _looks_appositive(chunk):
            pre = _strip_adverbs(inner[:cut])
        else:
            return None
    words = list(_WORDS_BEFORE.finditer(pre))
    if words and words[-1].group().lower() in {"who", "which"}:
        before = pre[: words[-1].start()].rstrip()
        who = words[-1].group().lower() == "who"
        if who:
            verb = art.masked[cs : cs + 30].split(" ", 1)[0].strip(",.").lower()
            plural = cue_info(verb)[0] == verb
        if before.endswith(","):  # "…, like Jim Dale, who said": the relative's antecedent
            named = who and who_before_comma(art, s, before, plural)
            return named or _np_before(art, s, s + len(before) - 1)
        if who:
            head = (_who_after_place(art, s, pre, before, plural)
                    or _who_after_role(art, s, before, plural)
                    or _who_after_predicate(art, s, before))
            if head is not None:
                return head
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
        mention = _parse_name(last)
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
            or low in _NEVER_IN_SUBJECT
            and not (low == "but" and i > 0 and words[i - 1].group().lower() == "all")
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
    if (mention is None or mention.kind == "group") and words[-1].group() in ("that", "which"):
        maker = released_by(art, s, pre[:a])  # "Sanders released an ad that urges …"
        if maker is not None:
            return maker
    link = words[first - 1].group() if first > 0 else ""
    place = (
        mention is not None
        and mention.kind == "person"
        and " " not in mention.name
        and first > 0
        and not _gap(pre, words, first - 1)  # "Taking it in, Trump said"
    )
    if (
        (mention is None or mention.kind == "group")
        and (link.lower() in _PP_HEADS or _ING_WORD.fullmatch(link))
        or place and link in ("in", "at", "from", "on")
    ):
        # "A person familiar with the planning for Thursday’s meeting says": the noun
        # phrase the preposition belongs to, even when its object alone names nobody; and
        # "Some delegates at the convention in Philadelphia said": one word after "in",
        # "at", "from" or "on" ("Staff for the Committee on Benghazi") is no speaker
        whole = _whole_subject(art, pre, words, first - 1, b)
        if whole is not None:
            named = _unclosed_apposition(art, s, pre, whole[1])
            return named or (whole[0], s + whole[1])
    if mention is None:
        return None
    if mention.kind == "group":
        named = _unclosed_apposition(art, s, pre, a)
        if named is not None:
            return named
    if mention.kind == "group" and mention.name.lower() in PLACES and first > 0:
        # "Stacy Baker of Columbia, South Carolina says": the state ends a person's home
        home = _np_before(art, s, s + words[first - 1].end()) if pre[a - 2 : a] == ", " else None
        if home and home[0].kind == "person" and " " in home[0].name:
            return home
    return mention, s + a


def _bare_noun_before(word: str) -> bool:
    """True when a lower-case noun (not a preposition, possessive or number) ends the words
    before a determiner, so the determiner opens a new phrase: "point" in "one point the
    crowd", but not "of" in "head of the agency" nor "Trump’s" in "Trump’s a …"."""
    low = word.lower()
    return (
        word[:1].islower()
        and low not in _PP_HEADS
        and low not in _STOP_BACK
        and low not in ("and", "or", "but", "than", "like", "as", "all", "both", "half")
        and not low.endswith(("’s", "'s", "s’", "s'"))
        and not low.endswith("ing")
    )


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
        and first_word.lower() not in _DETERMINERS | {"some", "many", "several", "most", "few"}
    ):
        return None
    mention = art.parse(pre[words[k].start() : b])
    if mention is None or mention.kind != "group":
        return None
    return mention, words[k].start()


_HAS_RELATIVE = re.compile(r"(?i:who|that)")


def _restrictive_relative(pre: str, words, i: int) -> int | None:
    """Index of the word before ``who``/``that`` when a relative clause with its own verb sits
    between the subject and the cue ("executives who have worked with X say")."""
    lo = max(1, i - 11)  # the words that may open the clause; most subjects have neither
    if lo >= i or not _HAS_RELATIVE.search(pre, words[lo].start(), words[i - 1].end()):
        return None
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


# "One operative inside Trump Tower …", "Another voter …": a number opening a noun phrase,
# read like "the" or "a" (the phrase speaks, not a person called "One")
_ONE_OF = re.compile(r"(?:One|Another) [a-z]")
_PAIR_RUN = re.compile(_RUN.pattern + " and " + _RUN.pattern)


def _titled(art: _Article, text: str) -> bool:
    """``Retired Army Col. Ann Lee …``: the capitalised word opening the clause begins a
    person's title, not an introductory participle (``Asked Tuesday, …``)."""
    run = _RUN.match(text)
    mention = art.parse(run.group()) if run and " " in run.group() else None
    return mention is not None and mention.kind == "person" and bool(mention.role)


def _sentence_subject(art: _Article, s: int, cs: int) -> tuple[Mention | None, int]:
    """The subject of the sentence's main clause, for ``…, saying …`` participles.

    Skips a dateline (``WASHINGTON (AP) —``), discourse words and an introductory phrase
    (``In a speech in Miami,``, ``Asked about it,``, ``Hastily, …``) before looking for a name,
    a pronoun or a short noun phrase.
    """
    text = art.masked[s:cs]
    off = _subject_start(text)
    word = text[off:].split(" ", 1)[0]
    first = word.strip(",")
    if (
        first
        and (first.endswith(("ing", "ly", "ed")) or first in _RUN_NOISE
             or _discourse_word(art, word))
        and not (_PRONOUN_SUBJECT.match(first) or first in {"The", "A", "An"})
        # "Carly Fiorina …, saying", "Ted Cruz …": a first name, not "Hastily," or "Asked …"
        and not (first == word and (first.lower() in FEMALE or first.lower() in MALE))
        and not (first == word and first.endswith("ed") and _titled(art, text[off:]))
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
        return _parse_name(m.group(1)), s + off
    m = None if _ONE_OF.match(rest) else _RUN.match(rest)
    pair = _PAIR_RUN.match(rest) if m else None
    if pair:  # "Trump and Ryan issued a statement describing …": the two of them
        mention = art.parse(pair.group())
        if mention is not None and mention.kind == "person" and mention.gender == "p":
            return mention, s + off
    if m:
        words = m.group().split(" ")
        lead = 0
        while lead < len(words) and words[lead] in _RUN_NOISE:
            lead += 1
        if lead < len(words):
            start = off + len(" ".join(words[:lead])) + (1 if lead else 0)
            phrase = words[lead:]
            if _possessive(art, phrase[-1]):
                # "Hillary Clinton’s right-hand woman rallied …", "Sanders’ campaign launched
                # …": the possessed noun speaks
                end = m.end()
                for w in list(_SPACED_WORD.finditer(rest, end))[:4]:
                    low = w.group(1).lower().strip(",")
                    if low in _STOP_BACK or _VERBISH.match(low) or not low.isascii() or MASK in low:
                        break
                    phrase.append(w.group(1).rstrip(","))
                    end = w.end() - w.group(1).endswith(",")
                    if w.group(1).endswith(","):
                        break
                mention = art.parse(" ".join(phrase))
                apposed = _APPOSED_FIRST.match(rest, end) or _APPOSED_FULL.match(rest, end)
                named = art.parse(apposed.group(1)) if apposed else None
                if named and (" " in named.name or kin_name(" ".join(phrase), named.name)):
                    # "Schilling's son, Grant, …" is Grant; "Lee's aide, Ann Obi, …" is Obi
                    return named, s + off + apposed.start(1)
            elif lead and words[lead - 1] in ("The", "A", "An") and _head_after(rest, m.end()):
                # "The Obama administration announced …, acknowledging": the organisation
                phrase = [words[lead - 1], *phrase, *_head_after(rest, m.end())]
                mention = art.parse(" ".join(phrase))
                start -= len(words[lead - 1]) + 1
            else:
                mention = art.parse(" ".join(phrase))
                if (
                    mention is None
                    or mention.kind != "person"
                    or len(phrase) == 1 and art.lower_ok(phrase[0])  # "Band member Flea"
                ):
                    mention = _title_run_then_name(art, rest[m.end() :], phrase) or mention
                elif len(phrase) == 1 or lead and words[lead - 1] in ("The", "A", "An"):
                    # "McConnell spokesman Don Stewart wouldn't say": the aide, not the boss;
                    # "The Salem Ledger columnist Maya Lind" (no person opens with "The")
                    named = _title_run_then_name(art, rest[m.end() :], phrase)
                    mention = named if named is not None and named.kind == "person" else mention
            return mention, s + start
    words = rest.split()
    if len(words) >= 2 and words[0].lower() in {"the", "a", "an", "one", "another"}:
        counted = words[0].lower() in ("one", "another")
        head = 0
        for k in range(1, min(len(words), 6)):
            low = words[k].lower().strip(",")
            if (
                (k == 1 or head)
                and (_group_head(low) or counted and _role_word(low))
                or low in ROLE_NOUNS
                or low in ORG_HEADS
                or low in TITLE_WORDS
                and not (k + 1 < len(words) and words[k + 1][:1].isupper())  # "a U.S. District"
                or low.endswith(("man", "woman")) and len(low) > 6  # "the businessman"
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
        if counted:  # "One of the men, Jessie Elkins, …", else "one" (somebody) speaks
            return _one_of(art, s + off, rest) or (art.parse(words[0]), s + off)
    surnames = art.surnames()
    for m in _RUN.finditer(text, off):  # fall back on the first name in the clause
        mention = _parse_name(m.group())
        if mention is not None and mention.kind == "person" and " " in mention.name:
            return mention, s + m.start()
        word = m.group().split(" ")[-1]
        if word.lower() in surnames:  # "… -- Sanders claimed momentum and argued …"
            return art.parse(word), s + m.end() - len(word)
    return None, 0


_LOWER_THEN_RUN = re.compile(r"((?:\s+[a-z][\w’'-]*){1,4})(?:\s+(" + _RUN.pattern + r"))?")


def _title_run_then_name(art: _Article, after: str, phrase: list[str]) -> Mention | None:
    """``Presumptive Republican nominee Donald Trump …, saying``, ``Other Republican
    candidates, including …, saying``: the capitalised words opening the clause are only its
    first modifiers (a party, "Other"); the subject runs on through lower-case role words
    ("nominee", "columnist": a title or an agent noun) to the name after them, or, when no
    name follows, ends with a plural noun ("candidates")."""
    m = _LOWER_THEN_RUN.match(after)
    if m is None or MASK in m.group(1):
        return None
    lower = m.group(1).split()
    if any(w in _STOP_BACK or w.endswith(("ly", "n’t", "n't")) or _VERBISH.match(w)
           for w in lower):
        return None  # "Trump quickly took", "Clinton told": a verb, not a role
    last = lower[-1]
    if m.group(2):
        if "and" in lower or "or" in lower or not _role_word(last):
            return None  # "Democrats see Sanders", "Yahoo News and former TV"
        mention = art.parse(" ".join([*phrase, *lower, m.group(2)]))
        return mention if mention is not None and mention.kind == "person" else None
    if not (_PLURAL_WORD.fullmatch(last) and not last.endswith("ss")):
        return None
    mention = art.parse(" ".join([*phrase, *lower]))
    return mention if mention is not None and mention.kind == "group" else None


# the words of a role phrase before its preposition: "the communications director" in "the
# communications director for the state party"
_ROLE_HEAD = re.compile(r"\s*[^\s,]+(?:\s+(?!(?:of|for|at|with|in|to)\b)[^\s,]+)*")


def _unclosed_apposition(art: _Article, s: int, pre: str, a: int) -> tuple[Mention, int] | None:
    """``Sam Lau, the communications director for the state party said``: a name opens the
    clause and the role after it is its appositive, whose closing comma is missing; the name
    speaks, not "the communications director for the state party". The phrase at ``a`` (an
    offset in ``pre``) must follow the name's comma directly and be headed by a role word, so
    "Ruth Abel, the report says," keeps the report."""
    if not pre[:a].rstrip().endswith(","):
        return None
    head = _clause_head(art, s, pre)
    if head is None or " " not in head[0].name:
        return None
    comma = pre.find(",", head[1] - s)
    if comma < 0 or pre[comma + 1 : a].strip():
        return None
    words = _ROLE_HEAD.match(pre, a)
    if words is None or not any(_role_word(w.lower()) for w in words.group().split()):
        return None
    return head


@functools.lru_cache(maxsize=4096)
def _parse_name(text: str) -> Mention | None:
    """Names and pronouns recur across and within articles: parse each distinct string
    once (and through the parse cache of the article rules, which saw many of them)."""
    return parse_plain(text)
