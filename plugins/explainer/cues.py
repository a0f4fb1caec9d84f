"""Reporting-verb lexicon: which words introduce reported speech, and how.

Kept as data so the rules in :mod:`explainer.extract` stay general: adding a verb here is the
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
    "propose contend opine muse concur insist interject threaten echo offer"
)
_OBJECT = "accuse criticize criticise blame cite slam attack praise dismiss defend urge"
_QUOTE = "call describe dub label brand term ask"
_TELL = "tell inform assure remind"
_PHRASAL = {"point out": "clause", "refer to": "quote", "go on": "clause", "point to": "object"}

_IRREGULAR = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "deny": ("deny", "denies", "denied", "denying"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "scoff": ("scoff", "scoffs", "scoffed", "scoffing"),
    "go on": ("go on", "goes on", "went on", "going on"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "point to": ("point to", "points to", "pointed to", "pointing to"),
    "refer to": ("refer to", "refers to", "referred to", "referring to"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "regret": ("regret", "regrets", "regretted", "regretting"),
    "dub": ("dub", "dubs", "dubbed", "dubbing"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "brag": ("brag", "brags", "bragged", "bragging"),
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
    ]
)

# Verbs whose content only counts with "that" or a quotation ("reported 294 homicides" is not
# a statement, "reported that 294 people died" is).
THAT_REQUIRED = frozenset(
    ["report", "reveal", "disclose", "estimate", "conclude", "confirm", "post"]
)

# -s forms that are as often plural nouns ("media reports", "campaign promises"): they count
# only when "that", a colon or a quotation introduces the content.
AMBIGUOUS_FORMS = frozenset(
    ["states", "reports", "notes", "promises", "pledges", "calls", "claims"]
)

# Verbs whose content may be an infinitive ("vowed to protect …", "urged voters to …").
INFINITIVE_OK = frozenset(
    ["vow", "pledge", "promise", "threaten", "urge", "agree", "offer", "refuse"]
)


def _build() -> tuple[dict[str, tuple[str, str]], set[str]]:
    classes = {}
    for words, cls in (
        (_CLAUSE, "clause"),
        (_OBJECT, "object"),
        (_QUOTE, "quote"),
        (_TELL, "tell"),
    ):
        for lemma in words.split():
            classes[lemma] = cls
    classes.update(_PHRASAL)
    forms: dict[str, tuple[str, str]] = {}
    for lemma, cls in classes.items():
        for form in _IRREGULAR.get(lemma) or _regular_forms(lemma):
            if form in _NOUNISH_FORMS:
                continue
            forms[form] = (lemma, cls)
    return forms, set(classes)


FORMS, LEMMAS = _build()
"""``FORMS`` maps every inflected form to ``(lemma, class)``; ``LEMMAS`` is the lemma set."""

SPEECH_LEMMAS = frozenset(
    LEMMAS
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

_ALT = "|".join(sorted((re.escape(f) for f in FORMS), key=len, reverse=True))
CUE_RE = re.compile(r"\b(?:(?P<acc>[Aa]ccording to)|(?P<verb>" + _ALT + r"))\b")
"""One pass over a sentence finds every cue; longest forms first so phrasal verbs win."""


def cue_info(word: str) -> tuple[str, str]:
    """Return ``(lemma, class)`` of a matched cue form."""
    return FORMS[word.lower()]


def is_participle(word: str) -> bool:
    """``saying``/``adding`` etc. take their subject from the main clause, not the word before."""
    return word.endswith("ing")
