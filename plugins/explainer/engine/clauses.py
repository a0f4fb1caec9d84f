"""Does what follows a reporting verb read as a clause of its own or as an object?

``said the talks failed`` reports a clause (a subject and a finite verb), ``announced his
candidacy`` names an object; ``The candidate claims his worth is $10 billion`` uses "claims"
as a verb, ``campaign claims were false`` as a noun. The statement rules in
:mod:`explainer.engine.reported` ask these questions.
"""

from __future__ import annotations

from .article import _Article
from .content import _adjective_ed
from .shared import _DETERMINERS, _FINITE

# adverbs between a subject and its verb ("Lee also claims")
_BETWEEN = frozenset(["also", "still", "now", "even", "further", "repeatedly", "often"])


def ends_in_verb(art: _Article, end: int) -> bool:
    """``said the talks failed``: three words, a determiner first and a past tense or an
    auxiliary last, are a clause (its subject and verb), not an object like ``announced his
    candidacy``."""
    last = art.masked[max(0, end - 30) : end].rsplit(" ", 1)[-1].lower()
    return last in _FINITE or last.endswith("ed") and not _adjective_ed(last)


def has_clause(masked: str, start: int, end: int) -> bool:
    """True when the words after a verb like "reported" hold a clause of their own (a finite
    verb after a subject), not just an object ("reported earnings of $8 a share")."""
    words = masked[start:end].split()[:14]
    if not words or words[0].lower().endswith("ing"):
        return False
    for k in range(1, len(words)):
        low = words[k].lower().strip(",;")
        if low in _FINITE and not words[k][:1].isupper():  # "in May" is no verb
            return True
        if (
            low.endswith("ed")
            and low.isalpha()
            and words[k - 1].lower() not in _DETERMINERS
            and not words[k - 1].endswith(",")
        ):
            return True
    return False


def singular_subject(art: _Article, pre: str) -> bool:
    """``The candidate claims``, ``Trump claims``: one speaker right before an -s form, so it
    is a verb; ``media reports``, ``campaign promises`` are nouns."""
    words = [w for w in pre.split()[-4:] if w.lower() not in _BETWEEN][-2:]
    if not words:
        return False
    last = words[-1]
    if last.lower() in ("he", "she", "it", "who"):
        return True  # "And he claims his boss is OK with it"
    if last[:1].isupper():
        return last.isalpha() and not art.lower_ok(last)
    before = words[0].lower() if len(words) == 2 else ""
    return before in ("the", "a", "an") and last.isalpha() and not last.endswith("s")


def clause_follows(masked: str, start: int, end: int) -> bool:
    """``The candidate claims his worth is $10 billion``: a clause with its own subject and
    verb follows, so the -s form is a verb; ``campaign promises were broken`` it is not."""
    first = masked[start : start + 12].split(" ", 1)[0].lower()
    return first not in _FINITE and first not in _PLURAL_VERBS and has_clause(masked, start, end)


# verbs that follow a plural noun: "FEC reports show that …" ("reports" is then the noun)
_PLURAL_VERBS = frozenset(
    ["show", "showed", "suggest", "suggested", "indicate", "indicated", "say", "said", "found"]
)
