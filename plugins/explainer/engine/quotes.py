"""Quotation spans: where each quotation opens and closes, across paragraphs.

Only double marks (curly “ ”, straight " and the doubled apostrophe '' that some news
archives use) delimit statements. Single marks are left alone:
in American news copy ‘…’ only appears nested inside “…” or as scare quotes in headlines,
and ’ is far more often an apostrophe (“Chicago’s”, ‘rock ’n’ roll’) than a closing mark, so
treating it as one would cut quotations in half.

A quotation that is still open at the end of its paragraph either continues (the next
paragraph opens with a quotation mark: the news convention for multi-paragraph quotes) or
never closes; both run to the end of their paragraph and are flagged ``closed=False``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .model import Paragraph

# of three apostrophes, a nested quote's ' and the closing '': ''… word 'old-school,''' said X
# '' : two apostrophes, as some archives render quotes. (Each alternative opens with one
# character, so the regex engine skips in C to the next possible mark, twice as fast.)
_MARK = re.compile(r"“|”|\"|''(?!')")
# an opening curly mark inside an open quotation whose next two marks both close: nested
_NESTED = re.compile(r"“[^“”\"\n]*”[^“”\"\n]*”")
_OPENS_PARAGRAPH = re.compile(r"\s*(?:[“\"]|'')")


@dataclass(frozen=True)
class Quote:
    """One quotation inside one paragraph; ``end`` is just after the closing mark."""

    start: int
    end: int
    closed: bool
    paragraph: int  # index into the paragraph list (0-based)
    chain: int  # quotes of a multi-paragraph quotation share a chain id


def find_quotes(body: str, paragraphs: list[Paragraph]) -> list[Quote]:
    """Return every quotation in ``body`` in order, linking multi-paragraph ones."""
    quotes: list[Quote] = []
    chain = -1
    continuing = False
    for index, para in enumerate(paragraphs):
        found = _paragraph_quotes(body, para.start, para.end)
        for n, (start, end, closed) in enumerate(found):
            if not (n == 0 and continuing and start == para.start):
                chain += 1
            quotes.append(Quote(start, end, closed, index, chain))
        continuing = bool(found) and not found[-1][2] and _next_opens(body, paragraphs, index)
    return quotes


def _next_opens(body: str, paragraphs: list[Paragraph], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    nxt = paragraphs[index + 1]
    return bool(_OPENS_PARAGRAPH.match(body, nxt.start, nxt.end))


def _paragraph_quotes(body: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Pair the double marks of one paragraph.

    Curly marks say which way they face; a straight mark opens when nothing is open. A stray
    closing mark with nothing open is ignored; an opening mark while one is already open
    means the first quotation was never closed, so it ends there.
    """
    found: list[tuple[int, int, bool]] = []
    open_at = -1
    nested = 0  # curly marks of a quotation inside the open one still to skip
    for m in _MARK.finditer(body, start, end):
        pos, ch = m.start(), m.group()
        if nested:
            nested -= 1
            continue
        if open_at < 0:
            if ch == "”" and not _looks_opening(body, pos, start):
                continue
            open_at = pos
        elif ch == "“" and _NESTED.match(body, pos, end):
            nested = 1  # “… the number of “cell only” homes …”: its ” closes the inner one
        elif ch == "“" and not _looks_closing(body, pos, end):
            found.append((open_at, _rstrip(body, open_at, pos), False))
            open_at = pos
        else:
            found.append((open_at, m.end(), True))
            open_at = -1
    if open_at >= 0:
        found.append((open_at, _rstrip(body, open_at, end), False))
    return found


def _looks_opening(body: str, pos: int, start: int) -> bool:
    """A ” used as an opening mark (a typo seen in wire copy): preceded by space, followed by
    a letter. An invisible format character (a bidi mark pasted with a comment: "\u202a”This
    is why …,” said Ann Lee.") counts as space."""
    before = body[pos - 1] if pos > start else " "
    after = body[pos + 1] if pos + 1 < len(body) else " "
    return (before.isspace() or unicodedata.category(before) == "Cf") and after.isalpha()


def _looks_closing(body: str, pos: int, end: int) -> bool:
    """A “ used as a closing mark (the same typo the other way round): right after a letter or
    punctuation, before a space or the paragraph end (``problems for her,“ said Ann Lee``)."""
    before = body[pos - 1]
    after = body[pos + 1] if pos + 1 < end else " "
    return (before.isalpha() or before in ",.?!") and (after.isspace() or after in ",.;:")


def _rstrip(body: str, start: int, end: int) -> int:
    while end > start + 1 and body[end - 1].isspace():
        end -= 1
    return end
