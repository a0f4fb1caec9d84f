"""What opens a clause before its subject: a dateline (``WASHINGTON (AP) —``), an
introductory phrase (``In a speech in Miami,``, ``Asked about it,``) or a discourse word
(``Likewise,``). The subject rules (:mod:`explainer.engine.subjects`) start after them.
"""

from __future__ import annotations

import re

from .article import _Article

_SUBJECT_SKIP = re.compile(
    r"^(?:(?:(?i:but|and|yet|so|still|however|meanwhile|instead|now|later|earlier|also|then|"
    r"even so)|(?i:although|though|because|since|despite|amid|here|there)\s+[^,]{1,80}|"
    r"(?:In|At|Outside|Inside|Across|Near|Behind)\s+(?:[^,]{0,99}[A-Z][\w.’'-]*"
    # a place's state after its city ("In Keene, New Hampshire,"), not a name after a phrase
    # of common words ("In the interview, Reid, who …")
    r",\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?=,)|[^,]{1,100})"
    r"(?:,?\s+on\s+[A-Z][a-z]+day)?|On\s+[^,]{1,60}|During\s+[^,]{1,60}|"
    r"After\s+[^,]{1,60}|Before\s+[^,]{1,60}|Last\s+[^,]{1,30}|"
    r"Speaking\s+[^,]{1,60}(?:,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?=,))?|"
    r"Asked\s+[^,]{1,80}|When\s+[^,]{1,80}|While\s+[^,]{1,80}|"
    r"(?:Minutes|Hours|Days|Weeks|Months|Years|Moments)\s+(?:later|earlier|after[^,]{0,60}))"
    r"\s*,?\s+)+"
)
# "WASHINGTON (AP) —", "DECATUR, Ill. —", "MACAU (Reuters) –", "New York (AFP) –"
_DATELINE = re.compile(
    # "CLEVELAND, Ohio —", "HARTFORD, Conn. —", "TRENTON, June 27 --"
    r"(?:[A-Z][A-Z .,'’-]{2,}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}|,\s*[A-Z][a-z]{1,5}\."
    r"|,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    r"(?:\s*\([^)]{1,30}\))?"
    r"|[A-Z][\w .,'’-]{2,30}?\s*\([A-Z][A-Za-z]{1,9}\))\s*(?:—|–|-|:)\s*"
)


def _subject_start(text: str) -> int:
    """Where a sentence's subject can start: after a dateline and an introductory phrase
    (``WASHINGTON (AP) — In a speech in Miami, he said`` -> at "he")."""
    off = 0
    d = _DATELINE.match(text)
    if d:
        off = d.end()
    skip = _SUBJECT_SKIP.match(text[off:])
    if skip:
        off += skip.end()
    return off


def _discourse_word(art: _Article, word: str) -> bool:
    """``Likewise,``, ``Well,`` opening a clause: one capitalised word and a comma that is no
    name (never capitalised mid-sentence, nobody's surname), so the subject follows the comma
    ("Likewise, Trump went after Clinton and called for …" is Trump's call)."""
    bare = word[:-1]
    return (
        word.endswith(",")
        and bare.isalpha()
        and bare[:1].isupper()
        and bare.lower() not in art.surnames()
        and art.lower_ok(bare)
    )
