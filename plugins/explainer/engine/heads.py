"""What heads the phrase naming a speaker: a role word ("nominee", "columnist",
"front-runner"), the role or organisation nouns after a run of capitals ("The Obama
administration", "The Vermont senator"), a possessive ("Sanders’ campaign"). Used by
:mod:`explainer.engine.subjects`.
"""

from __future__ import annotations

import re

from .article import _Article
from .names import ORG_HEADS, ROLE_NOUNS, TITLE_WORDS

_SPACED_WORD = re.compile(r"\s+(\S+)")
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "runner", "hopeful", "member")
_AGENT_NOUNS = frozenset(["appointee", "designee", "trustee", "employee", "retiree", "aide",
                          "operative"])
# adverbs and pronouns that end like agent nouns ("A Republican however praised …")
_NOT_AGENTS = frozenset(["however", "whether", "together", "rather", "further", "either",
                         "neither", "other", "another", "never", "whenever", "wherever"])


def _role_word(word: str) -> bool:
    """A title or a noun for what someone does: "nominee", "columnist", "front-runner"."""
    return (
        word in TITLE_WORDS
        or word in ROLE_NOUNS
        or word in _AGENT_NOUNS
        or len(word) > 4 and word.endswith(_AGENT_ENDINGS) and word not in _NOT_AGENTS
    )


def _possessive(art: _Article, word: str) -> bool:
    """``Clinton’s``, and ``Sanders’`` when Sanders is someone's surname here (not the plural
    "Democrats'" of a headline's "Democrats' new warning")."""
    return word.endswith(("’s", "'s")) or (
        word.endswith(("s’", "s'")) and word[:-1].lower() in art.surnames()
    )


def _head_after(rest: str, end: int) -> list[str]:
    """The lower-case role or organisation nouns right after a run of capitals, which head
    the phrase ("Obama administration", "Democratic presidential candidate"); none when a
    name follows them ("Washington Post columnist Ruth Marcus": the columnist is Marcus)."""
    heads: list[str] = []
    for word in _SPACED_WORD.finditer(rest, end):
        low = word.group(1).rstrip(",")
        if not (low.islower() and (low in ORG_HEADS or _role_word(low))) or len(heads) == 3:
            return [] if heads and low[:1].isupper() else heads
        heads.append(low)
        if low != word.group(1):
            break  # a comma ends the phrase: "The Vermont senator, who …"
    return heads
