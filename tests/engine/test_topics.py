"""Statement topics found word by word must be the ones each topic's pattern finds when it
searches the whole text (what topics.py did before, 16 searches a statement)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.engine import topics

_PATTERNS = [(label, re.compile(r"\b(?:" + pattern + ")")) for label, pattern in topics.TOPICS]


def _plain(text: str) -> list[str]:
    lowered = text.lower()
    return [label for label, pattern in _PATTERNS if pattern.search(lowered)]


def _same(text: str) -> None:
    plain = _plain(text)
    assert topics.topics_of(text) == set(plain), text
    assert topics.lexicon_topic(text) == (plain[0] if plain else None), text


def test_examples():
    for text in ["", "Shootings are down 16 percent", "the city's lawsuit", "LAW AND ORDER",
                 "a lawandorder", "law  and order", "per cent", "percentage", "a thirdly",
                 "the rule of law’s end", "Bus-drivers", "buses", "busy", "cuts", "cutsie",
                 "ICE agents", "iced", "2016", "x2", "_9 lives", "public safety", "publicly",
                 "Die Straße", "İstanbul police", "heat waves and emergency rooms"]:
        _same(text)


_PIECES = ["law", "and", "order", "enforcement", "rule", "of", "public", "safety", "pay",
           "raise", "heat", "wave", "air", "quality", "a", "third", "times", "as", "many",
           "per", "cent", "cut", "cuts", "bus", "ice", "data", "rate", "count", "sue", "tax",
           "police", "school", "7", "x", "immigrant", "storm", "roads", " ", "  ", "-", "'",
           "’", ",", ".", "\n", "É", "_"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_property_same_as_searching_with_every_pattern(parts):
    _same("".join(parts))
