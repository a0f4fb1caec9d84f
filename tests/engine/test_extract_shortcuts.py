"""Cheap tests that skip a regular-expression search must never change its answer: each
shortcut is compared with the plain search it stands in for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.engine import subjects


def _strip_adverbs_plain(pre: str) -> str:
    """subjects._strip_adverbs without the last-word test: the search always runs."""
    m = subjects._ADVERB_BEFORE.search(pre, max(0, len(pre) - 120))
    out = pre[: m.start()] if m else pre.rstrip()
    for _ in range(2):
        if not out.endswith(subjects._TIME_ENDINGS) and not (
            "during" in out[-30:] and out[-30:].split()[-3:-2] == ["during"]
        ):
            break
        t = subjects._TIME_BEFORE.search(out, max(0, len(out) - 60))
        if not t:
            break
        out = out[: t.start()]
        m = subjects._ADVERB_BEFORE.search(out, max(0, len(out) - 120))
        out = out[: m.start()] if m else out.rstrip()
    return out


_PIECES = [
    "Trump", " ", "  ", "\n", "\t", "\xa0", ",", "also", "reportedly", "on", "Monday", "last",
    "week", "in", "a", "an", "statement", "interview", "has", "family", "ally", "x", "at the time",
    "two weeks ago", "the", "spokesman", "Daly", "3", "—",
]


def test_examples():
    for pre in [
        "Trump also", "Trump\nalso", "Trump\treportedly ", "Clinton on Monday",
        "the mayor in a statement", "Kelly", "the family", "he has", "Trump\xa0also", "",
        " ", "Spicer on Thursday evening", "Trump at the time also",
    ]:
        assert subjects._strip_adverbs(pre) == _strip_adverbs_plain(pre), pre


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_property_same_as_the_plain_search(parts):
    pre = "".join(parts)
    assert subjects._strip_adverbs(pre) == _strip_adverbs_plain(pre)
