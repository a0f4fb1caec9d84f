"""Quotation spans: curly and straight marks, nesting, apostrophes, multi-paragraph quotes."""

from __future__ import annotations

from explainer.engine.paragraphs import split_paragraphs
from explainer.engine.quotes import find_quotes


def _quotes(body):
    return [
        (body[q.start : q.end], q.closed, q.chain)
        for q in find_quotes(body, split_paragraphs(body))
    ]


def test_curly_and_straight():
    body = '“One,” she said. "Two," he said.'
    assert [t for t, _, _ in _quotes(body)] == ["“One,”", '"Two,"']


def test_apostrophes_and_nested_singles_do_not_split():
    body = "“Chicago’s ‘rock ’n’ roll’ era isn't over,” he said."
    ((text, closed, _),) = _quotes(body)
    assert text == "“Chicago’s ‘rock ’n’ roll’ era isn't over,”" and closed


def test_multi_paragraph_quote_is_one_chain():
    body = "She said:\n\n“First part.\n\n“Second part.\n\n“Last part.”\n\nAfter."
    quotes = _quotes(body)
    assert [t for t, _, _ in quotes] == ["“First part.", "“Second part.", "“Last part.”"]
    assert [c for _, c, _ in quotes] == [False, False, True]
    assert len({chain for _, _, chain in quotes}) == 1


def test_quote_that_never_closes_runs_to_paragraph_end():
    body = "He said: “This will not stand\n\nNext paragraph."
    ((text, closed, _),) = _quotes(body)
    assert text == "“This will not stand" and not closed


def test_separate_paragraph_quotes_are_separate_chains():
    body = "“A,” he said.\n\n“B,” she said."
    assert len({chain for _, _, chain in _quotes(body)}) == 2


def test_stray_closing_mark_is_ignored():
    assert _quotes("The end” of it.") == []
