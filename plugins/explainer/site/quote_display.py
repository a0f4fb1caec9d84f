"""How a card quotes a statement: the speaker's words, without the reporter's around them, and
a long one in two parts.

The statement keeps the article's exact span (its offsets are a contract); only the card's
text is tidied, and the card links to the sentence in the article, one click away.
"""

from __future__ import annotations

import re

# a card shows this many words at most before the rest is folded away; the lead ends with the
# sentence that ends between FOLD_MIN and FOLD_LEAD words, else at FOLD_LEAD words
FOLD_AFTER = 100
FOLD_MIN = 40
FOLD_LEAD = 70
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?$")

# the reporter's words between the two halves of a split quote: “A,” Emanuel said, “B.”
_INTERRUPTION = re.compile(r"([,.!?;:]?)\s*[”\"][,;:]?\s+[^“”\"]{1,120}?[,.:;]?\s*[“\"]")
# a comma or colon that only hands over to the attribution: “… has broken down,” he said
_HANDOVER = re.compile(r"[,;:]\s*([”\"])\s*$")


def tidy_quote(text: str) -> str:
    """``“A,” Emanuel said, “B.”`` → ``“A … B.”``; ``“… broken down,”`` → ``“… broken
    down.”`` (a sentence's end kept: ``“A.” She paused. “B.”`` → ``“A. … B.”``)."""
    elided = _INTERRUPTION.sub(lambda m: (m.group(1) if m.group(1) in ".!?" else "") + " … ",
                               text) if _reopens(text) else text
    return _HANDOVER.sub(r".\1", elided) if _hands_over(elided) else elided


def _hands_over(text: str) -> bool:
    r"""Where :data:`_HANDOVER` matches: the text ends, but for white space, with a closing
    mark after a comma, semicolon or colon. Read from the end with ``str.rstrip`` (the same
    white space as ``\s``); the pattern is tried at every comma of the text."""
    end = text.rstrip()
    return end[-1:] in ("”", '"') and end[:-1].rstrip()[-1:] in (",", ";", ":")


def _reopens(text: str) -> bool:
    """A quotation mark opens after one closes: what every :data:`_INTERRUPTION` has, and
    most quotes (one sentence in quotation marks) have not. Found with ``str.find``; the
    pattern, which opens with an optional mark, is tried at every position of the text."""
    closes = [at for at in (text.find("”"), text.find('"')) if at >= 0]
    if not closes:
        return False
    after = min(closes) + 1
    return text.find("“", after) >= 0 or text.find('"', after) >= 0


def fold(text: str) -> tuple[str, str]:
    """(lead, rest) of a card's text: a statement of more than ``FOLD_AFTER`` words (a whole
    speech quoted, 1,367 words on one PolNeAR article) would fill a phone's screen many
    times, so the card shows its first sentences and folds the rest; ``rest`` is empty for a
    shorter one. ``“We will win. …”`` (130 words) → (``“We will win. … up to the sentence
    ending near word 40–70 …``, ``… the rest.”``)."""
    if len(text.split()) <= FOLD_AFTER:  # most: counted in C (``split`` and ``\S+`` agree on
        return text, ""  # white space), not a match object made for each word
    words = list(_WORD.finditer(text))
    cut = next((i for i in range(FOLD_MIN - 1, FOLD_LEAD)
                if _SENTENCE_END.search(words[i].group())), FOLD_LEAD - 1)
    end = words[cut].end()
    return text[:end] + " …", "… " + text[end:].lstrip()
