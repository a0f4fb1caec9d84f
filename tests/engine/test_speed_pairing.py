"""Shortcuts taken for speed in sides and pairing give what the plain way gives."""

import dataclasses
import pickle

from explainer.corpus.glossary import Glossary, Term
from explainer.engine.model import Statement, changed
from explainer.engine.sides import anaphor, signals
from explainer.site.quote_display import _HANDOVER, _hands_over, tidy_quote


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


def test_cue_words_remembered_per_cue_give_the_same_signals():
    """The agreement and data words of a cue are read once per cue: "agreed" and "according
    to" found, a plain "said" gives neither, however often it is asked."""
    first = signals(_statement_with(cue="agreed"))
    assert first.agree == "agreed" and signals(_statement_with(cue="agreed")) == first
    assert signals(_statement_with(cue="according to")).data == "according to"
    plain = signals(_statement_with(cue="said"))
    assert plain.agree is None and plain.data is None


def _statement_with(cue: str) -> Statement:
    return dataclasses.replace(_statement(), cue=cue)


def test_glossary_words_factored_by_prefix_match_whole_words_only():
    """The glossary's first words, factored by their prefixes ("ferry", "ferries", "fare",
    "f"), still match only a whole word, each its own term, longest name first."""
    glossary = Glossary([
        Term("ferry", "Ferry", ("ferry pass",), "Short."),
        Term("fare", "Fare", (), "Short."),
        Term("f-line", "F", (), "Short."),
    ])
    text = "A ferry pass, two fares and the F line; ferrymen and fa are no terms."
    found = [(text[m.start:m.end], m.term_id) for m in glossary.find(text)]
    assert found == [("ferry pass", "ferry"), ("fares", "fare"), ("F", "f-line")]


def test_handover_found_from_the_end_as_the_pattern_finds_it():
    """A quote that hands over to its attribution with a comma ends with a full stop; the
    end is read with ``str.rstrip``, and agrees with the pattern on spaces and marks:
    “The ferry runs all winter,” → “The ferry runs all winter.”"""
    assert tidy_quote("“The ferry runs all winter,” ") == "“The ferry runs all winter.”"
    spaced = "“The ferry runs, all winter ;\u2003\"\n"
    assert tidy_quote(spaced) == "“The ferry runs, all winter .\""
    for text in ("“The ferry runs all winter.”", "“It runs,” x", "“It runs”", ",", "”", ""):
        assert tidy_quote(text) == text
        assert _hands_over(text) is bool(_HANDOVER.search(text))
