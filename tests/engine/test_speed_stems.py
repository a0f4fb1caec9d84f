"""The stance signals found through the prefix-factored stem searches must be the ones the
plain searches find: one search per stem, and the flat alternation of every stem that
sides.py used to gate them (no timings here: the machine is shared)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.engine import sides

_KINDS = (sides._REPLY_STEMS, sides._ATTACK_STEMS, sides._AGREE_STEMS, sides._DATA_STEMS)


def _plain(text: str, stems: tuple[str, ...]) -> str | None:
    """The first stem's word in ``stems`` order, each stem searched on its own."""
    for stem in stems:
        found = re.search(r"\b" + re.escape(stem) + r"[a-z]*", text)
        if found:
            return found.group(0)
    return None


def _same(text: str) -> None:
    lowered = text.lower()
    for stems in _KINDS:
        assert sides._find_stem(lowered, stems) == _plain(lowered, stems), (text, stems)
    either = _plain(lowered, sides._REPLY_STEMS) or _plain(lowered, sides._ATTACK_STEMS)
    assert bool(sides._STANCE.search(lowered)) == bool(either), text


def test_examples():
    for text in ["", "said", "Ruiz fired back at Lee", "Lee rejected the plan, Ruiz said",
                 "an objection", "subjective", "counter-attack", "the blame game",
                 "They pushed back hard", "pushback", "hit backs", "re-deny", "_deny",
                 "2denied", "echoed by supporters", "according to the report"]:
        _same(text)


_PIECES = ["respond", "repl", "ied", "deny", "denie", "s", "d", "object", "ive", "sub", "push",
           "pushed", "back", "fired", "hit", "shot", "critici", "zed", "blam", "blast", "slam",
           "accus", "attack", "agree", "echo", "report", "data", "according to", "the", "a",
           " ", "  ", "-", "_", "2", ",", ".", "\n", "’", "é"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_property_same_as_searching_stem_by_stem(parts):
    _same("".join(parts))
