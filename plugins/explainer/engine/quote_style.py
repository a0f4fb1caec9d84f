"""British quotation marks: ‘…’ around what was said, “…” around a quote inside it.

The rules read double marks (:mod:`explainer.engine.quotes`): American copy, PolNeAR's and
most wire copy, quotes with “…” and keeps ‘…’ for a quote inside a quote. The BBC, the
Guardian and most papers outside the United States do the reverse (``‘We will not be
bullied,’ Mr Okafor said.``), and the engine found half a statement or none. An article
whose single opening marks outnumber its double ones is read with the two kinds swapped;
every mark is one character, so the offsets of what is found are those of the article.
"""

from __future__ import annotations

import re

# an opening single mark: after a space, a bracket, a dash or the start, before a word
_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(?=[\w“\"$£€.])", re.MULTILINE)
_DOUBLE_OPENING = re.compile(r"“|(?:^|(?<=\s))\"(?=\w)|''", re.MULTILINE)
_SWAP = str.maketrans({"“": "‘", "”": "’"})


def double_quoted(body: str) -> str:
    """``body`` with British quotation marks turned into American ones, or ``body`` itself
    when it quotes the American way: ``‘It is “fake”,’ she said`` -> ``“It is ‘fake’,” she
    said``, each mark in its place."""
    singles = body.count("‘")  # at least as many as the opening single marks
    if not singles or singles <= body.count("“"):  # at most as many as the double ones
        return body
    if len(_OPENING.findall(body)) <= len(_DOUBLE_OPENING.findall(body)):
        return body
    chars = list(body.translate(_SWAP))
    for line in re.finditer(r"[^\n]+", body):
        for start, end in _pairs(body, line.start(), line.end()):
            chars[start] = "“"
            if end is not None:
                chars[end] = "”"
    return "".join(chars)


def _pairs(body: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """The opening marks of one paragraph and the closing mark of each (None when the
    quotation runs on into the next paragraph). An apostrophe inside a word (``Okafor’s``,
    ``don’t``) closes nothing; one after a plural's s (``the workers’ union``) closes only
    when no mark after punctuation closes the quotation later."""
    out: list[tuple[int, int | None]] = []
    for m in _OPENING.finditer(body, start, end):
        if out and (out[-1][1] is None or m.start() < out[-1][1]):
            continue  # inside the quotation already open
        out.append((m.start(), _closing(body, m.end(), end)))
    return out


def _closing(body: str, pos: int, end: int) -> int | None:
    """Where the quotation opened before ``pos`` closes, within ``[pos, end)``."""
    plural = None
    i = body.find("’", pos, end)
    while i >= 0:
        after = body[i + 1] if i + 1 < end else " "
        if not after.isalnum():  # "Okafor’s", "don’t": inside a word
            before = body[i - 1]
            if before in ",.?!;:—–-" or not after.isspace():
                return i  # "…,’ she said", "a ‘disaster’."
            if before != "s" or plural is not None or not body[i + 2 : i + 3].islower():
                return i
            plural = i  # "the workers’ union": a closing mark only if none better follows
        i = body.find("’", i + 1, end)
    return plural
