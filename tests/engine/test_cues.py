"""find_cues finds a cue by the character before it; it must agree with a plain word-boundary
search at every start of the range (the start of the text, mid-text, after a hyphen)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.engine.cues import _CUE_PATTERN, find_cues


def _plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _CUE_PATTERN.finditer(text, start, end)]


def _found(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [c.span() for c in find_cues(text, start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "said it twice",
        "He said so. She added that it was late.",
        "the so-called deal, according to aides",
        "Told you, Said “no”",
        "groups note that rates rose",
        "",
        "x",
        # a word of the lexicon that is not a cue there, right before one that is
        "the notes note that, he, Says “x” sai saidx said",
        "aides, Added “no” and then he Said so; states stated",
    ],
)
def test_every_start_agrees_with_a_word_boundary_search(text):
    for start in range(len(text) + 1):
        assert _found(text, start, len(text)) == _plain(text, start, len(text)), start
        for end in range(start, len(text) + 1):  # a range ending mid-word
            assert _found(text, start, end) == _plain(text, start, end), (start, end)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["said", "says", "told", " ", ",", "-", "x", "according to", "that", ".", "Said",
             "note", "noted", "sai", "accord", "“"]
        ),
        max_size=12,
    ),
    st.integers(min_value=0, max_value=40),
)
def test_property_same_cues_as_a_word_boundary_search(parts, start):
    text = "".join(parts)
    start = min(start, len(text))
    assert _found(text, start, len(text)) == _plain(text, start, len(text))
