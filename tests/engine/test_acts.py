"""Cards show an act with its object, never a bare noun phrase (sentences written here)."""

from __future__ import annotations

from explainer.engine.acts import shown_text
from explainer.engine.model import Statement


def statement(text: str, cue: str, kind: str = "indirect") -> Statement:
    return Statement("s1", "Ana Ruiz", "Ruiz", kind, cue, 0, len(text), text, 1)


def test_an_object_of_criticism_is_shown_with_its_verb():
    shown = shown_text(statement("the county's handling of the flood", "criticized"))
    assert shown == "criticized the county's handling of the flood"


def test_a_promise_of_an_act_keeps_its_verb():
    shown = shown_text(statement("to repave Main Street", "pledged"))
    assert shown == "pledged to repave Main Street"


def test_clauses_and_quotes_are_shown_as_they_are():
    assert shown_text(statement("the plan will fail", "said")) == "the plan will fail"
    assert shown_text(statement("We will win", "criticized", "direct")) == "We will win"
    assert shown_text(statement("that   the  road is  safe", "vowed")) == "that the road is safe"
