"""Reported speech around a reporting verb: leading, trailing and inverted cues.

A verb cue is read in one of three shapes: trailing (``“…,” X said`` / ``…, X said``), leading
(``X said (that) …`` / ``X said: “…”``) or inverted (``“…,” said X`` / ``…, says Y, a spokesman``);
participles (``…, saying …``) take the clause's subject. Nouns and infinitives that look like
cues (``the report``, ``declined to say``) are no cues."""

from __future__ import annotations

import bisect
import re

from .appositives import _clause_head, _looks_appositive
from .article import _Article, _Candidate, _make, words_up_to
from .asked import asked_unnamed
from .clauses import clause_follows, ends_in_verb, has_clause, singular_subject
from .content import (
    _PARTICIPLE_NEXT,
    _TRAIL_END,
    _bare_answer,
    _clause_goes_on,
    _content_end,
    _content_start,
    _relative_speaker,
    _skip_addressee,
    relative_that,
)
from .cues import (
    AMBIGUOUS_FORMS,
    FORMS,
    INFINITIVE_OK,
    OBJECT_OK,
    THAT_REQUIRED,
    cue_info,
    has_cue,
    is_participle,
)
from .inverted import _QUOTE_LED_INV, _inverted
from .lead_clause import AND_AFTER_QUOTE, clause_start
from .opening import clause_end
from .quote_rules import _quote_after, _quote_paragraph_after, block_paragraph_after, quotes_run_end
from .shared import (
    _ADVERBIAL,
    _ASKS_OR_EXCLAIMS,
    _DETERMINERS,
    _SPLIT_QUOTE,
    MASK,
    _trim_end,
    blank_parens,
)
from .subjects import (
    _bare_noun_before,
    _last_boundary,
    _np_before,
    _sentence_subject,
    _strip_adverbs,
    _unclosed_apposition,
)
from .verdicts import names_a_verdict

# a cue-looking word after one of these is a noun: "the report", "her claim", "any comment"
_NOUN_BEFORE = _DETERMINERS | frozenset(["these", "those", "any", "each", "every", "of"])
_QUOTE_LED = re.compile(
    r"[\s(]*" + MASK + r"+[\s,]*[^\s,;:" + MASK + r"][^;:" + MASK + r"]{0,160}$"
)
_PP_TAIL = re.compile(
    r"\s*(?:(?:to|in|at|on|during|after|before|while|when|as|from|with|about|of)\b"
    r"(?:\s+[^\s.;]+){0,12})?[\s.!?]*"
)
# after "asked": an addressee, then the question ("asked Mook whether …", "asked about …")
_ASK_WHAT = re.compile(
    r"(?:\s+(?:him|her|them|us|me|(?:the|a|an|his|her|their|our)\s+[a-z]+|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}))?"
    r"\s+(?P<wh>whether|if|how|why|what|who|which|about)\b"
    # "asked the 2016 Democratic White House contender if …", "asked several times whether …"
    r"|(?:\s+(?!(?:for|to|about|that)\b)[\w.’'-]+){1,7}?\s+(?P<wh2>whether|if)\b"
)
_ASK_TO = re.compile(
    # not "asked not to be named because …": a source's request for anonymity
    r"\s+((?!(?:for|about|questions?|not)\b)"
    r"(?:him|her|them|us|me|(?:the|a|an|his|her|their|our|its)\s+)?[\w’'.-]+"
    r"(?:\s+[\w’'.-]+){0,3}?\s+to\s+"
    # "asked … to intervene", not "asked questions … to all three leaders"
    r"(?!(?:a|an|the|all|his|her|their|its|our|my|this|that|him|them|us|me)\b)[a-z]{2,})"
)
_ASKED_WHEN = re.compile(r"\b(?i:when|whenever|if|once|while|after|as|before|until)\s*$")
_PROGRESSIVE = re.compile(r"\b(?:is|was|are|were|been|be|keep|kept|keeps)\s*$")
_NOT_A_CLAUSE = re.compile(r"(?:was|is|were|are|has|had|have|would|will)\b|(?:and|or) (?!that\b)")
_TO_SAY_OK = frozenset(
    ["on", "twitter", "facebook", "instagram", "podium", "stage", "microphone", "floor"]
    # "continues to insist that …", "began to argue that …": the speaker does say it
    + ["continue", "continues", "continued", "began", "begins", "begin", "started", "starts"]
)
_DESCRIBED_AS = re.compile(r"[^,.;:" + MASK + r"]{2,80}?\sas\s+\w")
_CATENATIVE = re.compile(
    r"\b(?:continue[sd]?|began|begins?|start(?:s|ed)?|went\s+on|goes\s+on)\s+to\s+$"
)
_CONTRACTED = frozenset(["he", "she", "it", "that", "there", "who", "what", "where"])
_BE = frozenset(["is", "was", "were", "are", "been", "be", "being"])
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which|whose)\s[^,;" + MASK + r"]*,\s*$")
_RELATIVE_CUE = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+)?$")
# the comma closing a relative clause, before the main clause's verb ("…, said", "…, has")
_RELATIVE_END = re.compile(
    r",\s+(?:((?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|"
    r"did|does)\b|[a-z]+ed\b|(?!(?:is|as|his|this|has|was|its|thus|plus|perhaps|unless|"
    r"across|whereas|towards)\b)[a-z]{3,}s\b)|([a-z]+))"
)
_NAMING = frozenset(["call", "label", "brand", "dub"])
_BY_AGENT = re.compile(r"[^,;.]{0,80}\sby\s")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|as)\s|;\s|\sand\s(?=(?:said|told|[a-z]+ed)\s)")


def _is_noun_or_infinitive(masked: str, s: int, cs: int, word: str = "") -> bool:
    """``the report``, ``her claim``, ``declined to say`` are not reporting cues."""
    if cs > 0 and masked[cs - 1] == "-":
        return True  # "so-called", "self-described": part of a compound word
    before = masked[max(s, cs - 20) : cs].split()
    if not before:
        return False
    prev = before[-1].lower()
    if word.endswith("ed") and (
        prev[-1].isdigit() or prev.endswith(("’s", "'s")) and prev[:-2] not in _CONTRACTED
    ):
        return True  # "20 pledged delegates" (not "in 2012, argued"), "Clinton’s pledged
        # delegates" (not "he’s said")
    if word == "pledged" and masked.startswith(" delegate", cs + len(word)):
        return True  # "the figures include pledged delegates": the adjective of a compound
    first = word.lower().split(" ", 1)[0]  # "calls" of "calls for"
    if (
        prev.endswith(("’s", "'s", "s’", "s'"))
        and prev[:-2] not in _CONTRACTED
        and first in _noun_forms(word)
    ):
        return True  # "Trump’s tweet", "Obama’s calls for": a noun after a possessive
    if prev in _CALLS_BEFORE and first in ("call", "calls"):
        return True  # "renewed Republican calls for", "few calls for", "a social call on"
    if prev in _BE and not word.endswith("ing"):
        return True  # passive: "the request was denied", "he was asked"
    if (
        before[-1].endswith(",")
        and word.endswith("ed")
        and cue_info(word)[0] in _NAMING
        and _BY_AGENT.match(masked, cs + len(word))
    ):
        return True  # "Terre Haute, called “the Crossroads” by its citizens,": a passive
    if prev.endswith("ly") and len(before) > 1 and before[-2].lower() == "to":
        before, prev = before[:-1], "to"  # "declined to openly criticize": an adverb between
    if prev == "to" and not _QUOTE_AFTER_NOUN.match(masked, cs + len(word)):
        # "declined to say" is none; "went on to say", "took to Twitter to say", "to add, “…”" are
        return not (len(before) > 1 and before[-2].lower().strip(",") in _TO_SAY_OK)
    return prev in _NOUN_BEFORE or _modified_noun(before, word)


def _noun_forms(word: str) -> tuple[str, str]:
    """The forms of a cue that can be nouns: its base form and the plural ("claim",
    "claims"; "call" and "calls" of "calls for")."""
    base = cue_info(word)[0].split(" ", 1)[0]
    return base, base + "s"


# words before "call(s) for" and "call(s) on" that make it a noun, not a verb
_CALLS_BEFORE = frozenset(
    ["few", "many", "several", "no", "renewed", "growing", "repeated", "new", "recent",
     "clarion", "republican", "democratic", "gop", "public", "mounting", "loud", "urgent",
     "social", "courtesy", "phone", "conference", "close", "wake-up", "roll"]
)
# fractions and counts that are plural subjects: "nearly a third say", "a majority say"
_PLURAL_COUNTS = frozenset(
    ["third", "quarter", "half", "fifth", "majority", "minority", "plurality", "number", "lot",
     "couple", "few", "dozen", "handful", "series", "group"]
)
_ORDINALS = frozenset(
    ["first", "second", "third", "fourth", "fifth", "last", "next", "latest", "initial",
     "final", "subsequent", "earlier", "later", "recent", "new", "same", "other", "own"]
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "ary", "ed", "less", "ish")


def _modified_noun(before: list[str], word: str) -> bool:
    """``Sanders delivered a snappy retort:``, ``his initial tweet``, ``the caustic chant``: a
    determiner and one modifier before a cue in its base form make the cue a noun, and the
    speaker would otherwise be "a snappy".

    After "a"/"an" a base form cannot be the verb of the word before it (except a count:
    "nearly a third say"); after "the" or a possessive the word may end a longer
    subject ("people familiar with her thinking say"), so only a modifier that reads as an
    adjective (an ordinal, an adjective ending, a hyphenated compound) counts."""
    if len(before) < 2 or word.endswith("s") or cue_info(word)[0] != word.lower():
        return False
    det, modifier = before[-2].lower(), before[-1]
    low = modifier.lower()
    if det in ("a", "an"):
        return low not in _PLURAL_COUNTS and low not in _NOUN_BEFORE
    if det not in _DETERMINERS or modifier[:1].isupper():
        return False
    return low in _ORDINALS or low.endswith(_ADJECTIVE_ENDINGS) or "-" in low[1:-1]


_QUOTE_AFTER_NOUN = re.compile(r"(?:\s+of|\s*:|\s*,)?\s*(?=" + MASK + ")")


def _noun_cue_quote(art, s, e, cs, ce, word, subject) -> _Candidate | None:
    """``the crowd reprised the caustic chant “Lock her up!”``, ``joined in a thunderous chant
    of “…”``: a cue read as a noun (:func:`_modified_noun`) that a quotation follows names
    what the clause's subject said; the quotation is the statement."""
    before = art.masked[max(s, cs - 20) : cs].split()
    if not _modified_noun(before, word):
        return None
    m = _QUOTE_AFTER_NOUN.match(art.masked, ce, e)
    q = art.quote_at(m.end()) if m else None
    if q is None:
        return None
    # the subject of the verb before the noun phrase: "the crowd loudly reprised the …",
    # "activists joined in a thunderous chant"
    verb = _VERB_BEFORE_NP.search(art.masked, max(s, cs - 60), cs)
    found = _np_before(art, s, verb.start()) if verb else None
    if found is None or found[0] is None:
        return None
    mention, mpos = found
    words = mention.text.split(" ")
    for k in range(len(words) - 1, 0, -1):
        if words[k] in ("the", "a", "an") and _bare_noun_before(words[k - 1]):
            # "at one point the crowd reprised …": the walk back ran past the phrase's start
            cut = len(" ".join(words[:k])) + 1
            trimmed = art.parse(mention.text[cut:])
            if trimmed is not None:
                mention, mpos = trimmed, mpos + cut
            break
    return _make(art, q.start, art.chain_end[q.chain], art.body[cs:ce], "quote", mention, mpos)


_VERB_BEFORE_NP = re.compile(r"\b[a-z]+\s+(?:(?:in|into|with|on|at)\s+)?\S+\s+\S+\s+$")


def _name_then_comma(art, pre: str) -> bool:
    """``his campaign manager, Lou Hart, says the streak …``: a full name set off by commas
    right before the cue is its subject in apposition, not the end of a clause that an
    inverted ``…, says X`` would follow."""
    body = pre.rstrip()
    if not body.endswith(","):
        return False
    chunk = body[:-1]
    cut = max(chunk.rfind(","), chunk.rfind(MASK), chunk.rfind(";"))
    if cut < 0 or chunk[cut] != ",":
        return False
    mention = art.parse(chunk[cut + 1 :])
    return mention is not None and mention.kind == "person" and " " in mention.name


def _verb(art, s, e, cs, ce, word, subject, previous) -> _Candidate | None:
    """The statement of the verb cue ``[cs, ce)`` in the sentence ``[s, e)``, shape by shape.

    Trailing (``“…,” X said.``, ``…, X said.``, ``“…,” X said, “…”``); a quotation closing the
    previous sentence (``“Sometimes we need our fix!” Clinton said to People.``) or opening this
    one (``“…,” Kasich told supporters in Berea.``); inverted (``“…,” said X.``, ``…, says Y, a
    spokesman.``); else leading (``X said (that) …``, ``X told reporters: “…”``), whose subject
    is the noun phrase before the cue or, for ``…, saying …``, the clause's. A leading cue's
    content must read as speech: ``Liu called the team's threat an empty threat`` is a
    verdict, ``announced his candidacy`` an object and ``reported 294 homicides`` no clause.
    ``subject``: the speaker of the sentence's previous cue; ``previous``: the previous
    sentence's span.
    """
    masked = art.masked
    lemma, cls = cue_info(word)
    adv = _ADVERBIAL.match(masked, ce, e)
    tail = adv.end()
    cue = art.body[cs:tail].strip(" ,")
    rest = masked[tail:e]
    pre = masked[s:cs]
    participle = is_participle(word) and not _PROGRESSIVE.search(pre, max(0, len(pre) - 12))
    if lemma == "ask" and (cand := asked_unnamed(art, s, e, cs, tail, cue)) is not None:
        return cand  # "Asked whether …, Lee said": the question of someone unnamed
    # trailing: “…,” X said. / …, X said. / “…,” X said, “…”
    if cls == "tell" and not participle:
        rest = _skip_addressee(masked, tail, e)
    if not participle and _is_trailing(pre, rest):
        return _trailing(art, s, e, cs, tail, cue, cls, previous)
    if (
        not participle
        and lemma in _SAY_WHERE
        and not (lemma == "add" and rest.lstrip().startswith("to "))  # "only added to the …"
        and _trailing_with_place(pre, rest)
    ):
        # "Golf clubs barely turn a profit, Ann Hedge said from her office in Orlando."
        cand = _trailing(art, s, e, cs, tail, cue, cls, previous, quote_only=True)
        if cand is not None:
            return cand
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
        # "“…?” Trump acknowledged that …", not "… said at a briefing that ran long"
        and (not rest.lstrip().startswith("that ") or relative_that(rest))
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
        and not _name_then_comma(art, pre)
        and not _RELATIVE_BEFORE.search(pre, max(0, len(pre) - 200))
    ):
        cand = _inverted(art, s, e, cs, tail, cue, cls)
        if cand is not None:
            return cand
    to = pre.rstrip().endswith("to")  # as every match does (most words before a cue do not)
    lead_in = _CATENATIVE.search(pre, max(0, len(pre) - 30)) if to else None
    # "Lee continued to assert that …": the subject stands before "continued to"
    found = None if participle else _np_before(art, s, s + lead_in.start() if lead_in else cs)
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
    question = _ASK_WHAT.match(masked, tail, e) if lemma == "ask" else None
    if question is not None and not participle and not _ASKED_WHEN.search(pre):
        # "A reporter asked Sanders how he was feeling": the question, without quotation marks
        start = question.start("wh" if question.group("wh") else "wh2")
        end = _content_end(art, start, e)
        if _ASKED_WHEN.search(pre[: mpos - s]):
            # "When I asked Sanders if he would endorse her, he said, “…”": the question ends
            # with its subordinate clause
            comma = masked.find(",", start, end)
            end = end if comma < 0 else comma
        return _make(art, start, end, cue, "object", mention, mpos)
    if lemma == "ask" and not participle and not _ASKED_WHEN.search(pre):
        request = _ASK_TO.match(masked, tail, e)
        if request is not None:
            # "Lee asked the court to intervene": a request, read like "urged X to …"
            start = request.start(1)
            return _make(art, start, _content_end(art, start, e), cue, "object", mention, mpos)
    start = _content_start(art, tail, e, cls)
    if start is not None and _ENDS_WITH_COLON.fullmatch(masked, start, e):
        start = None  # "responded on Twitter shortly before midnight:", then the tweet
    if start is None:
        nxt = _quote_paragraph_after(art, tail, e)
        if nxt is not None:
            return _make(art, nxt.start, art.chain_end[nxt.chain], cue, cls, mention, mpos)
        block = block_paragraph_after(art, tail, e)
        return None if block is None else _Candidate(*block, cue, mention, mpos)
    end = clause_end(art, s, cs, mpos, start, _content_end(art, start, e), e)
    if (answer := _bare_answer(masked, start, e)) is not None:
        return _Candidate(start, answer, cue, mention, mpos)  # "72 percent said yes, but …"
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
        if not names_a_verdict(masked, start, end):
            return None
        cls = "object"
    if lemma == "describe" and MASK not in art.masked[start:end] and _DESCRIBED_AS.match(
        art.masked, start, end
    ):
        cls = "object"  # "described the levy as a disaster": the verdict, unquoted
    q = art.quote_at(start)
    if (
        q is not None
        and art.chain_end[q.chain] < end
        and cls != "object"
        and art.body[q.start : art.chain_end[q.chain]].rstrip("'\"”’")[-1:]  # ''…,'' too
        in (",", ".", "!", "?")
    ):
        end = quotes_run_end(art, q, e)  # yelled “You lie!” at the president: the quote is it
    if cls == "object":
        stop = _CLAUSE_BREAK.search(art.masked, start, end)
        if stop:
            end = _trim_end(art.body, start, stop.start())
    elif cls in ("clause", "tell") and not _introduced(art.masked, tail, start):
        quoted = MASK in art.masked[start:end]
        if word in AMBIGUOUS_FORMS and not quoted and not (
            singular_subject(art, pre) and clause_follows(art.masked, start, end)
        ):
            return None
        if lemma in THAT_REQUIRED and not quoted and not has_clause(art.masked, start, end):
            return None  # "reported 294 homicides" no; "reported six planes filled the sky" yes
        if art.masked.startswith("to ", start) and lemma not in INFINITIVE_OK:
            return None
        if not quoted and _NOT_A_CLAUSE.match(art.masked, start) and not _relative_speaker(
            art.masked, s, mpos
        ):
            return None  # "said was written", "yelled and held up a banner": no clause said
        n_words = words_up_to(art.masked, start, end, 4)  # (4 is "more than 3" below)
        first = art.masked[start : start + 8].split(" ", 1)[0].lower()
        if not quoted and lemma not in OBJECT_OK and (
            n_words <= 2 and not (n_words == 2 and ends_in_verb(art, end))
            or (n_words == 3 and first in _DETERMINERS and not ends_in_verb(art, end))
        ):
            return None  # "announced his candidacy": an object, not a reported clause
    return _make(art, start, end, cue, cls, mention, mpos)


def _introduced(masked: str, tail: int, start: int) -> bool:
    """True when ``that`` or a colon introduces the content."""
    between = masked[tail:start]
    return "that" in between.split() or ":" in between


def _only_subject(art: _Article, s: int, cs: int) -> bool:
    """True when the sentence up to the cue is just the speaker's name phrase: ``Clinton said
    to People.`` after a quotation, not ``The crowd cheered as Clinton said …``."""
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
    if cut < 0 or _QUOTE_LED_INV.fullmatch(pre):  # “A,” said X, “B”: an inverted cue
        return False
    if split and cleaned[cut] == MASK:
        # “A,” she said, “B.” -- but "At the hall, the supporter retorted: “…”" is leading
        return not rest.lstrip().startswith(":") and not AND_AFTER_QUOTE.match(cleaned, cut + 1)
    if split and not _PARTICIPLE_NEXT.match(rest):
        return False  # "…, Spicer said, adding, “…”": a participle clause, not a split quote
    if cleaned[cut] == "," and rest.lstrip().startswith(",") and MASK not in rest:
        return True  # "Compaq, she predicted, would come to them.": the clause around it
    if cleaned[cut] == MASK and rest.lstrip()[:1] in "-—–(":
        return True  # "… unserious - “Again, …,” she said - and charged …"
    return bool(_PARTICIPLE_NEXT.match(rest) or rest.lstrip()[:1] == ";")


def _trailing_with_place(pre: str, rest: str) -> bool:
    """``CONTENT, X said from her office in Orlando.``: a trailing cue whose sentence ends in
    a prepositional phrase (where, to whom, when), not in a clause of its own ("that …") nor a
    quotation other than a programme's name (``said on CNN’s “State of the Union.”``); the
    content is the clause before the speaker's comma."""
    if MASK in rest and MASK in _SHOW_TITLE.sub("", rest) or not _PLACE_TAIL.fullmatch(rest):
        return False
    cleaned = _strip_adverbs(pre)
    cut = _last_boundary(cleaned)
    if cut <= 0:
        return False
    # "The dam is “a disgrace,” Lee said during the tour.": a quotation, however short the
    # clause; a comma needs a clause before it ("In Ohio, Lee said on Monday." is none)
    return cleaned[cut] == MASK or cleaned[cut] == "," and len(cleaned[:cut].split()) >= 4


# "he said Wednesday on MSNBC’s “Morning Joe.”": a quoted programme name is a place
_SHOW_TITLE = re.compile(r"(?<=[’']s )" + MASK + "+")
_SAY_WHERE = frozenset(["say", "tell", "add", "write", "explain"])
_PLACE_TAIL = re.compile(  # "…, X said in a letter to legislative leaders." too
    r"\s*(?:in|at|from|on|during|outside|inside|after|before|to(?!\s+(?:be|have)\b))\s+(?!that\b)"
    r"(?:[^\s.;,]+\s+){0,6}[^\s.;,]+(?:,\s+(?:because|as|since|while|though|but)\s.*)?[\s.!?]*"
)


# what follows a cue is only where or when, and a colon ending the paragraph
_ENDS_WITH_COLON = re.compile(r"(?:[a-z]+\s+){0,4}[a-z]+:\s*")


def _role_after_quote(pre: str, cut: int) -> int:
    """``“…,” the analyst, Ann Lee, wrote``: the role between the quotation and the name is
    part of who spoke, not of what was said; where the content ends (at the quotation),
    else ``cut``."""
    if cut <= 0 or pre[cut] != ",":
        return cut
    before = _last_boundary(pre[:cut])
    words = pre[before + 1 : cut].split()
    if before < 0 or pre[before] != MASK or not 0 < len(words) <= 6:
        return cut
    return before if words[0].lower() in _DETERMINERS else cut


def _trailing(art, s, e, cs, tail, cue, cls, previous, quote_only=False) -> _Candidate | None:
    """``CONTENT, X said.``: the speaker is the phrase right before the cue."""
    masked = art.masked
    pre = masked[s:cs]
    pre_clean = _strip_adverbs(blank_parens(pre))
    head = _clause_head(art, 0, pre_clean) if pre_clean.endswith(",") else None
    if head is not None and " " in head[0].name:
        # "“…,” Maria Lopez, 52, a retired teacher in Dayton, Ohio, said": a chain of
        # appositives after the name that opens the clause
        pre_clean = pre_clean[: pre_clean.find(",", head[1])]
    elif pre_clean.endswith(","):
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
    named = _unclosed_apposition(art, 0, pre_clean, cut + 1) if mention.kind == "group" else None
    if named is not None:
        # "Sam Lau, the spokesman for the party said.": the name, with nothing before it
        mention, at = named
        cut = _last_boundary(pre_clean[:at])
        np_text = pre_clean[cut + 1 :]
    mpos = s + cut + 1 + (len(np_text) - len(np_text.lstrip()))
    cut = _role_after_quote(pre_clean, cut)
    if cut < 0:
        # "Sessions said." alone: the content is the previous sentence, if it is a quote.
        if previous is None or not art.quote_at(previous[0]):
            return _quote_after(art, e, cue, cls, mention, mpos)
        start, end = previous
        end = _trim_end(art.body, start, end)
        return _make(art, start, end, cue, cls, mention, mpos)
    content_end = s + cut + (1 if pre_clean[cut] == MASK else 0)
    start = s
    if pre_clean[cut] == MASK:
        # the content is the quotation right before the speaker, not the words before it
        q = art.quotes[bisect.bisect_right(art.quote_starts, s + cut) - 1]
        start = art.chain_start[q.chain] if q.start >= s else s
        start = clause_start(art, s, start, content_end, tail, e)  # "The bill was “dead,” …"
    end = content_end
    split = _SPLIT_QUOTE.match(masked, tail, e)
    if split:
        q = art.quote_at(split.end() - 1)
        if q is not None:
            end = art.chain_end[q.chain]
    elif not quote_only and pre_clean[cut] != MASK and _clause_goes_on(masked, tail, e, cls):
        end = e
    return _make(art, start, _trim_end(art.body, start, end), cue, cls, mention, mpos)
