"""Cards quote the speaker, not the reporter: split quotes elided, hand-over commas closed."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from explainer.site.pages import Card
from explainer.site.quote_display import fold, tidy_quote


def test_a_split_quote_loses_the_narration_inside_it():
    text = ("“In a week of questions about neo-Nazis,” Emanuel said, “they could not have picked "
            "a worse time.”")
    assert tidy_quote(text) == ("“In a week of questions about neo-Nazis … they could not have "
                                "picked a worse time.”")


def test_a_sentence_end_inside_a_split_quote_is_kept():
    assert tidy_quote("“We won.” She paused. “We stay.”") == "“We won. … We stay.”"


def test_the_comma_that_hands_over_to_the_attribution_becomes_a_full_stop():
    assert tidy_quote("“Respect for the rule of law has broken down,”") == (
        "“Respect for the rule of law has broken down.”")
    assert tidy_quote("“Is it over?”") == "“Is it over?”"


def test_single_quotation_marks_inside_a_quote_are_not_an_interruption():
    text = "“In Chicago, the so-called ‘sanctuary’ policies are just one sad example.”"
    assert tidy_quote(text) == text


@given(st.lists(st.text(alphabet="abc ,.", min_size=1, max_size=12), min_size=1, max_size=4))
def test_tidying_never_adds_words(halves):
    text = ", he said, ".join(f"“{half}”" for half in halves)
    words = set(re.findall(r"\w+", tidy_quote(text)))
    assert words <= set(re.findall(r"\w+", text))
    assert "said" not in words or len(halves) == 1


def test_a_long_statement_is_folded_after_the_sentence_that_ends_near_its_start():
    sentence = "The pier is safe and the council knows it. "
    text = "“" + sentence * 20 + "We will open it.”"  # 9 words a sentence, 184 words
    lead, rest = fold(text)
    assert lead == "“" + (sentence * 5).rstrip() + " …"  # the sentence ending at word 45
    assert rest == "… " + sentence * 14 + sentence + "We will open it.”"
    assert Card(None, "", "", lead, rest).more_words == 184 - 45


def test_a_long_statement_without_a_sentence_end_is_cut_at_a_word():
    text = " ".join(f"w{i}" for i in range(150))
    lead, rest = fold(text)
    assert lead.split()[-2:] == ["w69", "…"] and rest.split()[:2] == ["…", "w70"]
    assert Card(None, "", "", lead, rest).more_words == 80


def test_a_statement_of_a_hundred_words_is_not_folded():
    text = " ".join(["word"] * 100)
    assert fold(text) == (text, "")
    assert Card(None, "", "", text).more_words == 0


@given(st.lists(st.sampled_from(["a", "b.", "“c", "d”", "e?", "f,"]), min_size=0, max_size=300))
def test_folding_loses_no_word(words):
    text = " ".join(words)
    lead, rest = fold(text)
    if not rest:
        assert lead == text
    else:
        assert (lead.removesuffix(" …") + " " + rest.removeprefix("… ")).split() == words
        folded = Card(None, "", "", lead, rest).more_words
        assert folded == len(words) - (len(lead.split()) - 1)  # all but the lead's words
