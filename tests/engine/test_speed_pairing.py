"""Shortcuts taken for speed in sides and pairing give what the plain way gives."""

import dataclasses
import pickle

from explainer.engine.model import Statement, changed
from explainer.engine.sides import anaphor


def _statement() -> Statement:
    return Statement("s1", "Mara Quill", "Quill", "direct", "said", 10, 40,
                     "The ferry will run all winter", 2, role="Harbour chief")


def test_changed_is_dataclasses_replace():
    """A copy with some fields changed, the same fields and the same pickle as
    ``dataclasses.replace`` makes: "Mara Quill" placed on a side."""
    statement = _statement()
    plain = dataclasses.replace(statement, side="Harbour board", side_inferred=True)
    quick = changed(statement, side="Harbour board", side_inferred=True)
    assert quick == plain and type(quick) is Statement
    assert pickle.dumps(quick) == pickle.dumps(plain)
    assert statement.side is None  # the original is left as it was


def test_demonstrative_before_the_content_read_at_its_end_only():
    """"Quill rejected that" + "claim about the ferry": the frame's last word, whatever
    spaces follow it, points at a claim; a "that" earlier in the frame, or one ending a
    longer word ("dismisses" is no "this"), does not."""
    assert anaphor("claim about the ferry is wrong", "Quill rejected that \n ") == "that claim"
    assert anaphor("claim about the ferry is wrong", "Quill said that, rejecting") is None
    assert anaphor("claim about the ferry is wrong", "Quill answered athat ") is None
    assert anaphor("claims were wrong", "these") == "that claims"
