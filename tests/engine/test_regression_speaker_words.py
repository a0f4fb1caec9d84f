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


def test_a_clause_after_but_has_its_own_subject():
    """``Gov. Ana Ruiz, a Democrat, has called for limits, but the Senate president, Warren
    Lund, has said he will block them``: Lund said it, not the governor who opens the
    sentence."""
    text = (
        "Gov. Ana Ruiz, a Democrat, has called for income limits, but the Senate president, "
        "Warren Lund, has said he will block any changes."
    )
    assert _speakers(text) == ["Ana Ruiz", "Warren Lund"]


def test_a_place_opening_the_sentence_is_no_speaker():
    """``Outside a union hall in suburban Maryland, Angela Petrov, a specialist at the
    Department of Housing and Urban Development, said …``: the opening phrase is where; the
    name after it speaks (not "Urban Development")."""
    text = (
        "Outside a union hall in suburban Maryland, Angela Petrov, a contracting specialist "
        "at the Department of Housing and Urban Development, said she had been told to stop."
    )
    assert _speakers(text) == ["Angela Petrov"]


def test_an_ampersand_joins_a_firms_name():
    """``Commonwealth Power & Light said``: one organisation, named whole."""
    assert _speakers("Commonwealth Power & Light said the customers pay their share.") == [
        "Commonwealth Power & Light"
    ]


def test_a_group_speaks_on_after_and():
    """``A senior official said …, and insisted that …``: the second verb's subject is the
    first's, a group or a role as much as a person named."""
    text = (
        "A senior official said the agency had offered help to every state, and insisted "
        "that the four states had seen low rates of coverage loss."
    )
    assert _speakers(text) == ["a senior official", "a senior official"]


def test_they_stands_for_many_speakers_before_a_thing():
    """``Ann Lee and Tom Ruiz, two economists, wrote …. That impact suggests …. The
    country, they argue, …``: "they" is the two economists, not "that impact", which spoke
    later but is one thing."""
    text = (
        "In a new book, Ann Lee and Tom Ruiz wrote that trade had hurt the Midwest. "
        "That impact suggests officials might reassess their approach. "
        "The country might have leaned against the surplus, they argue."
    )
    assert _speakers(text)[-1] == "Ann Lee and Tom Ruiz"
