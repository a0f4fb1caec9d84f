"""Shortcuts taken for extraction speed must give the answers of the plain code they skip
(no timings here: the machine is shared)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.engine import article, mentions
from explainer.engine.honest import UNNAMED, honest_speaker
from explainer.engine.shared import _SPLIT_QUOTE, MASK

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


# pieces of noise words and of names, separators, and letters the pattern folds ("ſ" is "s")
_NOISY = st.lists(
    st.sampled_from(["but", "So", "then", "Monday", "ſo", "Keep", "ıf", "Butler", " ", ",",
                     "\t", "\n", "-", "a", "n", "d", "Lee"]),
    max_size=8,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_NOISY)
def test_leading_noise_as_the_pattern(text):
    """The look-up before the case-insensitive pattern never skips one of its matches."""
    found, plain = mentions._leading_noise(text), mentions._LEADING_NOISE.match(text)
    assert (found and found.span()) == (plain and plain.span())


def test_leading_noise_examples():
    for text in ["But then, Ann Lee", "Meanwhile Lee", "ſo Lee", "Butler", "and", "", "Now,"]:
        found, plain = mentions._leading_noise(text), mentions._LEADING_NOISE.match(text)
        assert (found and found.span()) == (plain and plain.span())


_PHRASES = ["Economists", "Immigration advocates", "Ann Lee", "Sen. Tom Ruiz of Ohio",
            "Some party strategists", "Lee and Ruiz", "the mayor", "Police", "Officials"]


def test_plain_parse_shares_the_article_cache():
    """A phrase parsed first with an article's case rule, then with none (and the reverse),
    is what parse_mention gives with none."""
    article._PARSE_CACHE.clear()
    art = article._Article("Economists and immigration advocates met. Officials spoke.")
    for phrase in _PHRASES:
        art._parse(phrase)
        assert article.parse_plain(phrase) == mentions.parse_mention(phrase)
    article._PARSE_CACHE.clear()
    for phrase in _PHRASES:
        assert article.parse_plain(phrase) == mentions.parse_mention(phrase)
        assert art._parse(phrase) == mentions.parse_mention(phrase, art.lower_ok)


_LOOKAHEAD = "(?=[^" + MASK + "]*" + MASK + ")"
_SPLIT_PLAIN = re.compile(_SPLIT_QUOTE.pattern.removeprefix(_LOOKAHEAD))
_AFTER_CUE = st.lists(
    st.sampled_from([MASK, ",", " ", ":", "-", ".", "adding", "that", "and", "but", "while",
                     "of the plan", "he", "said"]),
    max_size=10,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_AFTER_CUE, st.integers(0, 3))
def test_split_quote_lookahead(text, pos):
    """The lookahead for a quotation ahead only fails sooner: the pattern without it matches
    the same (every match ends at a quotation)."""
    assert _SPLIT_QUOTE.pattern.startswith(_LOOKAHEAD)
    found, plain = _SPLIT_QUOTE.match(text, pos), _SPLIT_PLAIN.match(text, pos)
    assert (found and found.span()) == (plain and plain.span())
