"""Regression sentences for British quotation marks: ‘…’ outside, “…” inside.

Every sentence was written for this file (invented names). The BBC, the Guardian and most
papers outside the United States quote with single marks; the engine reads them as it reads
American double marks, and the statement keeps the article's own marks.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from explainer.engine.extract import extract_statements
from explainer.engine.quote_style import double_quoted


def _statements(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in extract_statements(text)]


def test_a_split_quotation_in_single_marks_is_one_statement():
    """``‘A,’ Mr Okafor said. ‘B.’``: both parts, with their single marks."""
    text = "‘We will not be bullied,’ Mr Okafor said. ‘Not now, not ever.’"
    assert _statements(text) == [("Okafor", "direct", text)]


def test_apostrophes_and_a_plural_possessive_do_not_close_a_quotation():
    """``‘The workers’ union has won,’ said Dr Lindqvist.``: "workers’" is a plural's
    apostrophe (a better closing mark follows), "Okafor’s" and "won’t" are inside words."""
    text = "‘The workers’ union has won and Okafor’s plan won’t pass,’ said Dr Ana Lindqvist."
    assert _statements(text) == [
        ("Ana Lindqvist", "direct", "‘The workers’ union has won and Okafor’s plan won’t pass,’")
    ]


def test_a_partial_quote_and_a_nested_double_quote():
    """``called the plan ‘a disaster’`` is partial; in ``‘It is “fake”,’`` the double marks
    are a quote inside the quotation."""
    text = "Labour called the plan ‘a disaster’. ‘The deal is “fake”,’ Ms Reid told the BBC."
    assert _statements(text) == [
        ("Labour", "partial", "the plan ‘a disaster’"),
        ("Reid", "direct", "‘The deal is “fake”,’"),
    ]


def test_american_copy_with_a_scare_quote_in_single_marks_is_left_alone():
    """A headline's ‘scare quote’ in an article quoted with double marks changes nothing."""
    text = "Mayor’s ‘plan’ draws fire\n\n“It will fail,” Ann Lee said. “It always does.”"
    assert double_quoted(text) is text


@given(st.text(alphabet="‘’“”\"' abcAB,.\n", max_size=60))
def test_marks_change_in_place(text):
    """Only quotation marks change, one for one: every offset found stays the article's."""
    read = double_quoted(text)
    assert len(read) == len(text)
    assert all(a == b or {a, b} <= set("‘’“”") for a, b in zip(read, text, strict=True))
