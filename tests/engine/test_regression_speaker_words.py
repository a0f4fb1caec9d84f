"""Regression sentences for the words a speaker's phrase keeps.

Every sentence was written for this file (invented names).
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in extract_statements(text)]


def test_a_noun_in_ly_ending_a_speaker_is_kept():
    """``a lawyer for the family said``, ``said a Ruiz ally``: "family" and "ally" are nouns,
    not adverbs like "later" or "repeatedly" that the speaker's phrase sheds."""
    assert _speakers("The deal is off, a lawyer for the family said.") == [
        "a lawyer for the family"
    ]
    assert _speakers("The deal is off, said a Ruiz ally.") == ["a Ruiz ally"]


def test_an_office_after_of_the_belongs_to_the_title():
    """``Speaker of the House Nancy Ruiz``, ``Justice of the Peace Aaron Lund``: the word
    after "of the" is the office, not the first word of the name."""
    statements = extract_statements(
        "Speaker of the House Nancy Ruiz said the bill would pass. "
        "Justice of the Peace Aaron Lund said he would ask for a review."
    )
    assert [(s.speaker, s.role) for s in statements] == [
        ("Nancy Ruiz", "Speaker of the House"),
        ("Aaron Lund", "Justice of the Peace"),
    ]


def test_an_organisation_whose_name_holds_a_title_word_stays_whole():
    """``according to the National Conference of State Legislatures``: "State" is a title
    word ("Secretary of State Ana Ruiz"), but a plural left alone after it is no name, so the
    card names the conference, not "Legislatures"."""
    text = "Many states cap it, according to the National Conference of State Legislatures."
    assert [s.speaker for s in extract_statements(text)] == [
        "National Conference of State Legislatures"
    ]
