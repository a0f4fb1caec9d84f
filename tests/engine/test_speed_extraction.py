"""The extraction's shortcuts for speed find what the plain patterns find: checked on random
texts built from the words and characters the shortcuts are about (no timings here: the
machine is shared)."""

from __future__ import annotations

import random
import re

from explainer.engine import content, cues, resolver
from explainer.engine.article import _has_words, words_up_to
from explainer.engine.shared import MASK

_TAIL_WORDS = ["and", "but", "as", "asked", "after", "being", "before", "when", "while", "who",
               "which", "although", "even", "though", "he", "she", "Ann", "Lee", "Mr.", "said",
               "says", "told", "called", "made", "running", "morning", "has", "not", "that",
               "then", "the", "for", "if", "is"]
_TAIL_GLUE = [" ", "  ", ", ", "; ", " - ", " — ", " -- ", "\n", ",", MASK]


def _texts(words: list[str], glue: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words) + rng.choice(glue) for _ in range(rng.randint(1, 14)))
            for _ in range(n)]


def test_clause_tail_opening_finds_what_the_alternatives_find():
    """``"…, and Ann Lee said"``, ``"… when asked"``, ``"… - "``: the lookahead for the words
    that may follow a space leaves every match of the plain alternation as it was."""
    plain = re.compile(
        content._CLAUSE_TAIL.pattern.removeprefix(r"(?=[,;\s])(?:" + content._TAIL_OPENING + "(?:")
        .removesuffix("))")
    )
    assert plain.pattern != content._CLAUSE_TAIL.pattern
    for text in _texts(_TAIL_WORDS, _TAIL_GLUE, 4000, 1):
        for pos in range(len(text)):
            fast, slow = content._CLAUSE_TAIL.search(text, pos), plain.search(text, pos)
            assert (fast and (fast.span(), fast.groups())) == (
                slow and (slow.span(), slow.groups())
            ), (text, pos)


def test_cue_candidates_miss_no_cue():
    """``(Said Lee``, ``—said Lee``, ``élan said``, ``“…” said``: the candidate pattern (no
    Unicode category test, a look-ahead for first letters) stops wherever a cue starts, so
    find_cues yields what a plain search for cues after a non-word character yields."""
    words = ["said", "Said", "says", "according to", "According to", "Asked", "told", "élan",
             "jokes", "note that", "notes", "the", "Lee", "ask", "café", "_said", "x1said"]
    glue = [" ", "(", "—", "-", "’", "\xa0", "\n", MASK, ", ", "é", "_", "1", ""]
    for text in _texts(words, glue, 4000, 2):
        text = " " + text  # a cue opening the text is matched apart
        found = [(c.start(), c.span()[1]) for c in cues.find_cues(text, 1)]
        expected = [(m.start() + 1, m.end()) for m in cues._CUE_AFTER.finditer(text)]
        assert found == expected, text


def test_has_words_counts_words_as_a_word_search_does():
    """``_has_words`` matches once, possessively: "ab" is one word, never two; and
    ``words_up_to`` counts as far as it is asked to."""
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice("ab ,.-’é_1\n") for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        n = rng.choice([1, 2, 3])
        words = len(re.findall(r"\w+", text[start:end]))
        assert _has_words(text, start, end, n) == (words >= n), (text, start, end, n)
        assert words_up_to(text, start, end, n) == min(words, n), (text, start, end, n)


def test_owned_documents_found_as_with_a_word_boundary():
    """``the memo written by Ann Lee``, ``its report by the Times``: the determiner's word
    boundary, tested as a lookbehind after its first letter, finds what ``\\b`` finds."""
    plain = re.compile(
        resolver._OWNED.pattern.replace(
            r"(?:a(?<!\w.)n?|t(?<!\w.)he(?:ir)?|i(?<!\w.)ts)", r"\b(?:a|an|the|its|their)"
        )
    )
    assert plain.pattern != resolver._OWNED.pattern
    words = ["a", "an", "the", "its", "their", "ta", "data", "memo", "written", "by", "Ann",
             "Lee", "new", "of", "Times", "bits", "them"]
    for text in _texts(words, [" ", "  ", ", ", "-", "\n", "_", "é"], 4000, 4):
        for pos in range(0, len(text), 3):
            assert [(m.span(), m.groups()) for m in resolver._OWNED.finditer(text, pos)] == [
                (m.span(), m.groups()) for m in plain.finditer(text, pos)
            ], (text, pos)
