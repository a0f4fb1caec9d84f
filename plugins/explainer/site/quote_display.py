"""How a card quotes a direct quote: the speaker's words, without the reporter's around them.

The statement keeps the article's exact span (its offsets are a contract); only the card's
text is tidied, and the card links to the sentence in the article, one click away.
"""

from __future__ import annotations

import re

# the reporter's words between the two halves of a split quote: “A,” Emanuel said, “B.”
_INTERRUPTION = re.compile(r"([,.!?;:]?)\s*[”\"][,;:]?\s+[^“”\"]{1,120}?[,.:;]?\s*[“\"]")
# a comma or colon that only hands over to the attribution: “… has broken down,” he said
_HANDOVER = re.compile(r"[,;:]\s*([”\"])\s*$")


def tidy_quote(text: str) -> str:
    """``“A,” Emanuel said, “B.”`` → ``“A … B.”``; ``“… broken down,”`` → ``“… broken
    down.”`` (a sentence's end kept: ``“A.” She paused. “B.”`` → ``“A. … B.”``)."""
    elided = _INTERRUPTION.sub(lambda m: (m.group(1) if m.group(1) in ".!?" else "") + " … ",
                               text)
    return _HANDOVER.sub(r".\1", elided)
