"""Shortcuts taken for extraction speed must give the answers of the plain code they skip
(no timings here: the machine is shared)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.engine.honest import UNNAMED, honest_speaker

_BODY = (
    "Staff Katie Walsh spoke. Walsh said the plan failed. Voters in South Carolina said so. "
    "The Organization for Economic Cooperation and Development said growth slowed. "
    "Development said more. investigation said nothing. He said it twice."
)
_SPEAKERS = ["Katie Walsh", "Staff Katie Walsh", "South Carolina", "Development", "he",
             "investigation", "Cruz himself", "Criticizing the mayor", "the party", "Ohio"]
_MENTIONS = ["he", "Staff Katie Walsh", "veterans in South Carolina", "South Carolina",
             "the Organization for Economic Cooperation and Development", "investigation",
             "that", "Cruz himself"]
_BEFORE = ["", "said ", "voters in ", "veterans at rallies in ", "Iowa and "]


def test_honest_memo_examples():
    """An article's remembered answers are the ones asked afresh, whatever came before."""
    memo: dict = {}
    for speaker in _SPEAKERS:
        for mention in _MENTIONS:
            for before in _BEFORE:
                fresh = honest_speaker(speaker, mention, _BODY, before)
                assert honest_speaker(speaker, mention, _BODY, before, memo) == fresh
                assert honest_speaker(speaker, mention, _BODY, before, memo) == fresh
    assert honest_speaker("South Carolina", "he", _BODY, "", memo) == UNNAMED


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SPEAKERS), st.sampled_from(_MENTIONS),
                          st.sampled_from(_BEFORE)), max_size=12))
def test_honest_memo_any_order(asked):
    memo: dict = {}
    for speaker, mention, before in asked:
        assert honest_speaker(speaker, mention, _BODY, before, memo) == honest_speaker(
            speaker, mention, _BODY, before
        )
