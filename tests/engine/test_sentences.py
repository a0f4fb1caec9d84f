"""Sentence splitting: titles and abbreviations never break a sentence or a name."""

from __future__ import annotations

import pytest

from explainer.engine.sentences import is_abbreviation, split_sentences


def _texts(text, **kw):
    return [text[a:b] for a, b in split_sentences(text, **kw)]


def test_plain_sentences():
    assert _texts("The vote passed. Turnout was low! Was it? Yes.") == [
        "The vote passed.",
        "Turnout was low!",
        "Was it?",
        "Yes.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Attorney General Ann Lee spoke.",
        "Chicago Police Supt. Ray Dixon spoke.",
        "Gov. Mary Olsen and Sen. Tom Reyes spoke.",
        "Rep. Martin Cole Jr. of Ohio spoke.",
        "Mr. and Mrs. Park met Dr. Lowe at St. Mark's.",
        "The hearing starts at 9 a.m. Monday in Washington.",
        "John F. Kennedy spoke in Washington, D.C. Monday.",
        "The plant moved to Springfield, Ill. last year.",
    ],
)
def test_titles_and_abbreviations_do_not_break(text):
    assert _texts(text) == [text]


def test_offsets_are_trimmed_and_exact():
    text = "  First one.   Second one.  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]


def test_start_end_window():
    text = "Skip this. Keep this. And this."
    start = text.index("Keep")
    assert _texts(text, start=start) == ["Keep this.", "And this."]


def test_no_break_inside_protected_quote():
    text = "“It is over. We lost. Go home,” she said. Then she left."
    q = (0, text.index(",”") + 2)
    assert _texts(text, protected=[q]) == [
        "“It is over. We lost. Go home,” she said.",
        "Then she left.",
    ]


def test_break_at_end_of_protected_quote():
    text = "“It is over.” Then she left."
    assert _texts(text, protected=[(0, 13)]) == ["“It is over.”", "Then she left."]


def test_closing_quote_after_period_stays_with_sentence():
    assert _texts('He said "no." She agreed.') == ['He said "no."', "She agreed."]


def test_is_abbreviation():
    text = "Supt. Dixon and U.S. troops and J. Smith ended."
    assert is_abbreviation(text, text.index("."))
    assert is_abbreviation(text, text.index("S.") + 1)
    assert is_abbreviation(text, text.index("J.") + 1)
    assert not is_abbreviation(text, len(text) - 1)


def test_empty():
    assert split_sentences("") == []
    assert split_sentences("   ") == []
