"""Regression sentences for paraphrases (reported speech without quotation marks) the
extractor used to miss or cut.

Every sentence was written for this file (invented names; none is copied from PolNeAR or the
seed articles). Each test's docstring says which shape of paraphrase it guards and why.
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements


def test_first_person_in_the_reporters_words_is_the_author():
    """``I told the board that the vote was rigged.``: in a column, a memoir excerpt or an
    op-ed, "I" (or "we") outside quotation marks is the writer, and nobody earlier can be
    what it stands for. The statement used to be dropped (a bare pronoun is never shown as a
    speaker); it is now credited to "the author" ("the authors" for "we")."""
    (s,) = extract_statements(
        "The hearing ran late. I told the board that the vote had been rigged from the start."
    )
    assert (s.speaker, s.text) == ("the author", "the vote had been rigged from the start"), s
    (s,) = extract_statements("We asked our readers which mayor had kept her promises.")
    assert s.speaker == "the authors", s
    assert s.text.startswith("which mayor"), s.text


def test_first_person_inside_a_quotation_stays_the_quoted_speaker():
    """``“I said no,” Tara Quill said.``: an "I" inside someone's quotation is theirs, not the
    author's; the rule only applies when the resolver finds nobody."""
    statements = extract_statements("“I said no to the deal,” Tara Quill said on Monday.")
    assert [s.speaker for s in statements] == ["Tara Quill"], statements
