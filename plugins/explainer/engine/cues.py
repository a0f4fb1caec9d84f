"""Reporting-verb lexicon: which words introduce reported speech, and how.

Kept as data so the rules in :mod:`explainer.engine.extract` stay general: adding a verb here is the
only change needed to teach the extractor a new way of reporting speech.

Verb classes (they decide where the content is):

* ``clause`` -- the content is a clause or quote after the verb (``said (that) …``), or the
  clause before it (``…, she said.``).
* ``object`` -- the content starts with the verb's object (``accused the city of …``).
* ``quote`` -- only counts when the content holds a quotation (``called it “a disgrace”``,
  ``“Why?” he asked.``); otherwise these verbs are too often not speech.
* ``tell`` -- like ``clause`` but with an addressee to skip (``told reporters that …``).
"""

from __future__ import annotations

import re

# lemma -> class. Irregular or doubled forms are listed in _IRREGULAR.
_CLAUSE = (
    "say add argue assert claim contend declare explain insist note reply respond state warn "
    "write tweet announce acknowledge admit concede confirm complain allege charge emphasize "
    "stress maintain reiterate recall observe remark testify predict promise vow suggest "
    "repeat quip joke shout yell report deny counter caution boast brag lament pledge "
    "recount reveal agree disclose estimate conclude continue post retort scoff declare "
    "propose contend opine muse concur insist interject echo"
)
_OBJECT = "accuse criticize criticise blame cite slam attack praise dismiss defend urge"
_QUOTE = (
    "call describe dub label brand term ask mock identify denounce condemn decry scold blast "
    "hail tout reject welcome reference invoke characterize characterise continue chant "
    "scream exclaim proclaim sing react plead beam gush marvel sigh laugh fume thunder wonder "
    "answer bark snap "
    "bellow cry shrug thank question chide discuss name offer publish read remember boom "
    "elaborate share portray"
)
# Verbs of comment that report speech only with a quotation ("vented about the “endless
# paperwork”", "ordered the county to “stop all work”"): common words in other senses, so
# not read at all in a sentence without one (see QUOTE_ONLY_FORMS).
_COMMENT = (
    "deride vent protest comment embrace hint list target indicate endorse pronounce express "
    "speculate recite invite order celebrate"
)
# Verbs of thought and wish: what someone thinks, finds, accepts or seeks counts only as far
# as a quotation gives their words (``Lee thinks the plan is “a disaster”``); without one it is
# the reporter's guess (``Lee thinks it will rain``).
_THOUGHT = "think believe find prefer want learn accept seek mull"
_TELL = "tell inform assure remind"
# Paraphrases (helper "para"): quote-class verbs whose unquoted object is what was said
# ("Reid blasted Rubio for his vote"); they override their class above.
_PARAPHRASE_OBJECT = "blast"
# "did not respond to a request for comment", "agreed with the ruling": what was answered
_PARAPHRASE_PHRASAL = {
    "respond to": ("respond to", "responds to", "responded to", "responding to"),
    "reply to": ("reply to", "replies to", "replied to", "replying to"),
    "agree with": ("agree with", "agrees with", "agreed with", "agreeing with"),
    "call upon": ("call upon", "calls upon", "called upon", "calling upon"),
    "complain about": ("complain about", "complains about", "complained about",
                       "complaining about"),
}
# "denied the charges", "acknowledged the mistake": clause verbs whose object is what was
# said too (announced/reported an object is no statement: "announced her candidacy")
OBJECT_OK = frozenset(["deny", "acknowledge", "predict", "admit", "concede"])
# "agreed to pay the fine", "claimed to represent them": what was agreed to or claimed is
# the content (see INFINITIVE_OK)
_PARAPHRASE_INFINITIVE = frozenset(["agree", "claim"])
_PHRASAL = {
    "point out": "clause",
    "refer to": "quote",
    "go on": "quote",
    "point to": "object",
    "call for": "object",
    "call on": "object",
    "put it": "quote",
    "talk about": "quote",
    "shoot back": "clause",
    "want to know": "quote",
}
# phrasal verbs of comment read, like _COMMENT, only in a sentence with a quotation
_PHRASAL_QUOTE_ONLY = (
    "make clear", "make it clear", "speak of", "speak about", "talk up", "wave off"
)
_PHRASAL.update(dict.fromkeys(_PHRASAL_QUOTE_ONLY, "quote"))

_IRREGULAR = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "find": ("find", "finds", "found", "finding"),
    "prefer": ("prefer", "prefers", "preferred", "preferring"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "deny": ("deny", "denies", "denied", "denying"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "scoff": ("scoff", "scoffs", "scoffed", "scoffing"),
    "go on": ("go on", "goes on", "went on", "going on"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "point to": ("point to", "points to", "pointed to", "pointing to"),
    "call for": ("call for", "calls for", "called for", "calling for"),
    "call on": ("call on", "calls on", "called on", "calling on"),
    "put it": ("put it", "puts it", "putting it"),
    "talk about": ("talk about", "talks about", "talked about", "talking about"),
    "refer to": ("refer to", "refers to", "referred to", "referring to"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "regret": ("regret", "regrets", "regretted", "regretting"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "sing": ("sing", "sings", "sang", "singing"),
    "cry": ("cry", "cries", "cried", "crying"),
    "shrug": ("shrug", "shrugs", "shrugged", "shrugging"),
    "brag": ("brag", "brags", "bragged", "bragging"),
    "read": ("read", "reads"),
    "want to know": ("want to know", "wants to know", "wanted to know", "wanting to know"),
    "shoot back": ("shoot back", "shoots back", "shot back", "shooting back"),
    "make clear": ("make clear", "makes clear", "made clear", "making clear"),
    "make it clear": ("make it clear", "makes it clear", "made it clear", "making it clear"),
    # no "speaking of/about": in "“A,” said Ruiz, speaking of the council, “B.”" it names the
    # topic of a split quotation; it is no cue whose object speaks
    "speak of": ("speak of", "speaks of", "spoke of"),
    "speak about": ("speak about", "speaks about", "spoke about"),
    "talk up": ("talk up", "talks up", "talked up", "talking up"),
    "wave off": ("wave off", "waves off", "waved off", "waving off"),
}


def _regular_forms(lemma: str) -> tuple[str, ...]:
    """Inflect a regular verb (say -> says/said/saying is irregular and listed separately)."""
    if lemma.endswith("e"):
        return lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


# Forms that are far more often nouns ("the state", "media reports", "his attacks") and that
# the determiner check in the extractor cannot always catch.
_NOUNISH_FORMS = frozenset(
    [
        "state",
        "states",
        "report",
        "note",
        "charge",
        "charges",
        "estimate",
        "estimates",
        "post",
        "posts",
        "attack",
        "attacks",
        "praise",
        "counter",
        "counters",
        "joke",
        "jokes",
        "quip",
        "quips",
        "label",
        "labels",
        "brand",
        "brands",
        "term",
        "terms",
        "call",
        "pledge",
        "promise",
        "continue",
        "repeat",
        "remark",
        "remarks",
        "dub",
        "boast",
        "boasts",
        "lament",
        "laments",
        "answer",
        "answers",
        "snap",
        "bark",
    ]
)

# Verbs whose content only counts with "that" or a quotation ("reported 294 homicides" is not
# a statement, "reported that 294 people died" is; "pledged her vote to Clinton", "pledged to
# work together" neither, "pledged to “restore order”" is; "charged a fee",
# "adds up to $8 million", "repeated the drill" report nothing).
THAT_REQUIRED = frozenset(
    ["report", "reveal", "disclose", "estimate", "conclude", "confirm", "post", "maintain", "echo",
     "concede", "pledge", "shoot back", "charge", "add", "repeat"]
)

# -s forms that are as often plural nouns ("media reports", "campaign promises"): they count
# only when "that", a colon or a quotation introduces the content.
AMBIGUOUS_FORMS = frozenset(
    ["states", "reports", "notes", "promises", "pledges", "calls", "claims"]
)

# Quote-class verbs that are common words in other senses ("market share", "remember the
# flood"): they are not read at all in a sentence without a quotation (a speed check: their
# content must hold one anyway).
QUOTE_ONLY_FORMS = frozenset(
    form
    for lemma in ("share", "portray", "remember", "boom", "elaborate", *_COMMENT.split(),
                  *_THOUGHT.split(), *_PHRASAL_QUOTE_ONLY)
    for form in _IRREGULAR.get(lemma) or _regular_forms(lemma)
)

# Verbs whose content may be an infinitive ("vowed to protect …", "urged voters to …").
INFINITIVE_OK = frozenset(["vow", "pledge", "promise", "urge"]) | _PARAPHRASE_INFINITIVE


def _build() -> tuple[dict[str, tuple[str, str]], set[str]]:
    classes = {}
    for words, cls in (
        (_CLAUSE, "clause"),
        (_OBJECT, "object"),
        (_QUOTE, "quote"),
        (_COMMENT, "quote"),
        (_THOUGHT, "quote"),
        (_TELL, "tell"),
        (_PARAPHRASE_OBJECT, "object"),
    ):
        for lemma in words.split():
            classes[lemma] = cls
    classes.update(_PHRASAL)
    classes.update(dict.fromkeys(_PARAPHRASE_PHRASAL, "object"))
    forms: dict[str, tuple[str, str]] = {}
    for lemma, cls in classes.items():
        irregular = _IRREGULAR.get(lemma) or _PARAPHRASE_PHRASAL.get(lemma)
        for form in irregular or _regular_forms(lemma):
            if form in _NOUNISH_FORMS:
                continue
            forms[form] = (lemma, cls)
    return forms, set(classes)


FORMS, LEMMAS = _build()
"""``FORMS`` maps every inflected form to ``(lemma, class)``; ``LEMMAS`` is the lemma set."""

SPEECH_LEMMAS = frozenset(
    LEMMAS
    - set(_THOUGHT.split())
    - {
        "ask",
        "call",
        "describe",
        "dub",
        "label",
        "brand",
        "term",
        "refer to",
        "continue",
        "go on",
        "defend",
        "attack",
        "praise",
        "slam",
        "dismiss",
        "estimate",
        "conclude",
        "agree",
        "propose",
        "post",
    }
)
"""Verbs whose content is reported speech even without quotation marks (used by the bench)."""


def trie_pattern(words: list[str]) -> str:
    """A regex alternation factored by common prefixes (say|said|says -> sa(?:y|id|ys)).

    Python's regex engine tries a flat alternation of hundreds of words one by one at every
    position; a prefix-factored one rejects most positions after a character or two.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return build(trie)


_NOUNISH_THAT = r"note|state|report|charge|estimate|repeat|remark|promise|pledge|counter|post"
_STRAY_CAPITALS = "Said|Says|Added|Adding|Told|Tells|Wrote|Writes"
_CUE_WORDS = (
    r"(?:(?P<acc>[Aa]ccording to)|(?P<verb>" + trie_pattern(sorted(FORMS)) + r")"
    # base forms that are usually nouns count when "that" follows: "groups note that …"
    r"|(?P<nt>" + _NOUNISH_THAT + r")(?=\s+that\b)"
    # nouns as often as verbs, but verbs when a quotation follows: "He jokes, “…”"
    r"|(?P<jq>jokes|quips)(?=[,:]?\s*\x1a)"
    # a stray capital mid-sentence ("…, who grew up with him, Said “…”")
    r"|(?<=[a-z,] )(?P<cap>" + _STRAY_CAPITALS + r")"
    # a participle opening its sentence: "Asked whether he would run, Ryan said …"
    r"|(?P<opener>Asked))\b(?!-[^\W\d_])"  # not "announced-job totals"
)
_CUE_PATTERN = re.compile(r"\b" + _CUE_WORDS)
# The same cues, found by the non-word character before them: a pattern that opens with a
# character class lets the regex engine skip to the next candidate position in C, instead
# of trying the word boundary and the lexicon at every character (about twice as fast).
_CUE_AFTER = re.compile(r"\W" + _CUE_WORDS)
# Where a cue may start: a non-word character and any word of the lexicon, without groups,
# lookarounds or the final word boundary. It matches wherever _CUE_AFTER does (and more), and
# is tried at every word of a text about twice as fast, so _CUE_AFTER is only tried where it
# matches: the same cues for half the work. Its first character is any but an ASCII letter,
# digit or underscore: every non-word character and then some (the non-ASCII letters, where
# _CUE_AFTER then fails), found by a bitmap look-up instead of a Unicode category test at
# every character of the text (a quarter less time); a lookahead for the first letters of the
# lexicon then rules out most words before the lexicon is tried (a fifth less again).
_CANDIDATE_WORDS = sorted(
    set(FORMS)
    | set(_NOUNISH_THAT.split("|"))
    | set(_STRAY_CAPITALS.split("|"))
    | {"jokes", "quips"}
    | {"according to", "According to", "Asked"}
)
_CUE_CANDIDATE = re.compile(
    r"[\x00-/:-@\[-^`{-\U0010ffff](?=["
    + re.escape("".join(sorted({w[0] for w in _CANDIDATE_WORDS})))
    + "])(?:"
    + trie_pattern(_CANDIDATE_WORDS)
    + ")"
)


class Cue:
    """One reporting cue found in a text: its span, the verb form (or None) and kind."""

    __slots__ = ("_start", "_end", "verb", "acc")

    def __init__(self, start: int, end: int, verb: str | None, acc: bool):
        self._start, self._end, self.verb, self.acc = start, end, verb, acc

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def start(self) -> int:
        return self._start

    def group(self, name: str):
        """Mimic ``re.Match.group`` for the two named parts used by the extractor."""
        return self.verb if name == "verb" else ("according to" if self.acc else None)


_HEADLINE_FORMS = frozenset(
    [
        "Says",
        "Said",
        "Tells",
        "Told",
        "Warns",
        "Claims",
        "Urges",
        "Announces",
        "Promises",
        "Declares",
        "Tweets",
        "Vows",
        "Pledges",
        "Accuses",
        "Slams",
        "Blasts",
        "Insists",
        "Argues",
        "Admits",
        "Denies",
        "Suggests",
        "Predicts",
    ]
)
_HEADLINE_PATTERN = re.compile(r"\b(?:" + "|".join(sorted(_HEADLINE_FORMS)) + r")\b")


def find_cues(text: str, start: int = 0, end: int | None = None, headline: bool = False):
    """Yield every cue in ``text[start:end]`` in order (longest form at each position).

    ``headline``: the text is a title-case headline, where verbs are capitalised too
    ("Sanders Says He Has Started Writing His Address")."""
    end = len(text) if end is None else end
    if headline:
        for m in _HEADLINE_PATTERN.finditer(text, start, end):
            yield Cue(m.start(), m.end(), m.group().lower(), False)
        return
    pos = start
    if start == 0:  # a cue opening the text has no character before it
        m = _CUE_PATTERN.match(text, 0, end)
        if m:
            yield _cue(m, 0)
            pos = m.end()
    else:
        pos = start - 1  # the character before the range may be the one before a cue
    # _CUE_AFTER.finditer(text, pos, end), tried only where a candidate starts
    search, match = _CUE_CANDIDATE.search, _CUE_AFTER.match
    candidate = search(text, pos, end)
    while candidate is not None:
        m = match(text, candidate.start(), end)
        if m is None:
            candidate = search(text, candidate.start() + 1, end)
        else:
            yield _cue(m, 1)
            candidate = search(text, m.end(), end)


def _cue(m: re.Match, skip: int) -> Cue:
    if m.group("acc"):
        return Cue(m.start() + skip, m.end(), None, True)
    verb = m.group("verb") or m.group("nt") or m.group("jq")
    verb = verb or (m.group("cap") or m.group("opener")).lower()
    return Cue(m.start() + skip, m.end(), verb, False)


def has_cue(text: str) -> bool:
    return next(find_cues(text), None) is not None


def cue_info(word: str) -> tuple[str, str]:
    """Return ``(lemma, class)`` of a matched cue form."""
    return FORMS.get(word.lower()) or (word.lower(), "clause")


def is_participle(word: str) -> bool:
    """``saying``/``adding`` etc. take their subject from the main clause, not the word before."""
    return word.endswith("ing")
