"""Paragraph spans of an article body.

Every stage that reports a paragraph number (extraction, the page's anchors, the JSON
contract) must agree on one rule, so it lives here: paragraphs are separated by blank lines;
a body with no blank line at all (as some wire copy arrives) has one paragraph per line.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .model import Paragraph

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_LINE = re.compile(r"[^\n]+")


def split_paragraphs(body: str) -> list[Paragraph]:
    """Return the non-empty paragraphs of ``body`` with their spans, numbered from 1.

    Several stages ask for the paragraphs of the same body once per statement; the split is
    cached (a ``str`` keeps its hash, so a hit costs no pass over the text), which keeps
    analysis of a long article linear here rather than quadratic.
    """
    return list(_split(body))


def paragraph_span(body: str, offset: int) -> tuple[int, int]:
    """The span of the paragraph holding ``offset``, or the whole body when none does (an
    offset in the blank lines between two). Asked once per statement: a binary search over
    the cached split, not a pass over the paragraphs."""
    paragraphs = _split(body)
    i = bisect.bisect_right(_starts(body), offset) - 1
    if i >= 0 and offset < paragraphs[i].end:
        return paragraphs[i].start, paragraphs[i].end
    return 0, len(body)


@lru_cache(maxsize=8)
def _starts(body: str) -> tuple[int, ...]:
    return tuple(p.start for p in _split(body))


@lru_cache(maxsize=8)
def _split(body: str) -> tuple[Paragraph, ...]:
    if _BLANK_LINE.search(body):
        spans = _blocks(body)
    else:
        spans = [(m.start(), m.end()) for m in _LINE.finditer(body)]
    paragraphs = []
    for start, end in spans:
        start, end = strip_span(body, start, end)
        if start < end:
            paragraphs.append(Paragraph(len(paragraphs) + 1, start, end))
    return tuple(paragraphs)


def _blocks(body: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for gap in _BLANK_LINE.finditer(body):
        spans.append((pos, gap.start()))
        pos = gap.end()
    spans.append((pos, len(body)))
    return spans


def strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    """``body[start:end]`` without the white space at either end, as offsets."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
