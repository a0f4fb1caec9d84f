"""Regression sentences for "who" after a description of a named person.

Every sentence was written for this file (invented names). In ``Name, a description, who
said …`` the relative "who" stands for the person, and the card must name that person, not
the description ("the director of the Harbor Fund" names nobody a reader can look up).
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in extract_statements(text)]


def test_who_after_an_age_and_a_role_is_the_named_person():
    """``Wes Hardy, 72, a retired bus driver who said …``: the age between the name and
    the role does not hide the name."""
    text = (
        "Dozens lined up at the depot. Among them was Wes Hardy, 72, a retired bus driver "
        "who said the new schedule left him stranded on Sundays."
    )
    assert _speakers(text) == ["Wes Hardy"]


def test_who_after_an_appositive_closed_by_its_comma_is_the_named_person():
    """``said Ana Ruiz, the director of the Harbor Fund, who added …``: the second statement
    is Ruiz's too, not the description's."""
    text = (
        "“We will not sell the pier,” said Ana Ruiz, the director of the Harbor Fund, who "
        "added that the board would vote in May."
    )
    assert _speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_who_after_the_surname_of_someone_named_in_full_is_that_person():
    """``Ruiz, the city's budget chief who warned …``: a surname the article gave in full
    before names the speaker."""
    text = (
        "Ana Ruiz presented the budget on Monday. Ruiz, the city's budget chief who warned "
        "that the deficit would double, asked for a hiring freeze."
    )
    assert _speakers(text)[0] == "Ana Ruiz"


def test_who_with_a_plural_verb_stays_with_the_group():
    """``Ana Ruiz, the director, and her deputies, the staff who say …``: a plural verb
    after "who" speaks for many people, not for the person named before."""
    text = "Residents of Brill, the farmers who say the river is drying up, met on Monday."
    assert "Brill" not in _speakers(text)


def test_who_after_a_name_ending_a_phrase_is_that_person():
    """``plans to vote for Sen. Ana Ruiz of Vermont, who blasts …``, ``a victory for Tom
    Lee, who has complained …``: the person named just before ", who", not the phrase the
    name ends."""
    text = (
        "Tom Lee won. She plans to vote for Sen. Ana Ruiz of Vermont, who similarly blasts "
        "free trade. The vote marked a victory for Lee, who has complained about the press."
    )
    assert _speakers(text) == ["Ana Ruiz", "Tom Lee"]


def test_who_after_a_name_an_age_and_a_home_town():
    """``Odessa Farnley, 84, of Milwaukee, who testified that …``: the age and the home town
    describe the person "who" stands for (before, the card said "an unnamed source")."""
    text = (
        "Among those following the case is Odessa Farnley, 84, of Milwaukee, who testified "
        "at trial that she had been unable to get an ID."
    )
    assert _speakers(text) == ["Odessa Farnley"]


def test_a_distance_opening_the_sentence_is_no_speaker():
    """``Two hours to the east in Steubenville, Jerome Tackley, 38, a steelworker, said …``:
    the opening phrase is where; "Two" is nobody."""
    text = (
        "Two hours to the east in the town of Steubenville, Jerome Tackley, 38, a laid-off "
        "steelworker, said he voted for Kittredge."
    )
    assert _speakers(text) == ["Jerome Tackley"]


def test_a_possessed_role_then_a_full_name_speaks_by_that_name():
    """``Lee's campaign manager, Renata Oba, struck a similar note, insisting …``: the
    participle's subject is the manager, named between commas."""
    text = (
        "Lee's campaign manager, Renata Oba, struck a similar note in an interview, insisting "
        "the party would be united."
    )
    assert _speakers(text) == ["Renata Oba"]
