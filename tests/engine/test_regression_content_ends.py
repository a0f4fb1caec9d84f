"""Regression sentences for where a reported clause ends.

Every sentence was written for this file (invented names).
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements


def _statements(text: str) -> list[tuple[str, str]]:
    return [(s.cue, s.text) for s in extract_statements(text)]


def test_a_gerund_after_consider_or_stop_goes_on_with_the_clause():
    """``said his office would consider adding the word …``: "adding" is what the office
    would consider, not a new statement of the reporter's; after a comma it still is one."""
    assert _statements("Ana Ruiz said her office would consider adding the word to the ad.") == [
        ("said", "her office would consider adding the word to the ad")
    ]
    text = "Ana Ruiz said the city would stop citing the poll, adding that it was flawed."
    assert _statements(text) == [
        ("said", "the city would stop citing the poll"),
        ("adding", "it was flawed"),
    ]


def test_a_comma_closing_a_quotation_ends_the_clause_before_a_later_speaker():
    """``said the contractor, Acme Field Services, had hired his firm to advise on “site
    safety,” work he said had …``: the later "he said" cuts the first content at the
    comma inside the closing quotation, not at the appositive's comma before "had hired"."""
    text = (
        "Mr. Lund said the contractor, Acme Field Services, had hired his firm to advise on "
        "“site safety,” work he said had “nothing whatsoever” to do with the mine."
    )
    assert _statements(text)[0] == (
        "said",
        "the contractor, Acme Field Services, had hired his firm to advise on “site safety,”",
    )


def test_told_an_addressee_then_a_clause_without_that():
    """``told the board the plan would fail``, ``told council members the city should have
    planned …``: the addressee is one noun phrase; the next determiner or pronoun opens the
    reported clause (before, "the board the" was taken for the addressee, and "council
    members" for no addressee at all)."""
    assert _statements("Ann Lee told the board the plan would fail.") == [
        ("told", "the plan would fail")
    ]
    assert _statements("Ann Lee told the commission she has spent two years looking.") == [
        ("told", "she has spent two years looking")
    ]
    assert _statements("Ann Lee told council members the city should have planned ahead.") == [
        ("told", "the city should have planned ahead")
    ]


def test_that_before_a_verb_after_a_quotation_is_a_relative_pronoun():
    """``“…,” Ann Lee told reporters at a briefing that stretched past an hour.``: "that
    stretched" describes the briefing; the quotation is what she told them."""
    text = "“Nobody went soft,” Ann Lee told reporters at a briefing that stretched past an hour."
    assert _statements(text) == [("told", "“Nobody went soft,”")]
    text = "“They share the cake,” Ana Lobo said in a speech that drew jeers from the benches."
    assert _statements(text) == [("said in a speech", "“They share the cake,”")]


def test_which_said_after_a_content_is_a_statement_of_its_own():
    """``pointed to a report from the budget office, which said costs would rise``: the
    relative clause reports what the report said; the first content ends before it (a
    plain relative clause, ``the plan, which was drafted in May, would fail``, goes on)."""
    text = "Ann Lee pointed to a report from the budget office, which said costs would rise."
    assert _statements(text) == [
        ("pointed to", "a report from the budget office"),
        ("said", "costs would rise"),
    ]
    assert _statements("Ann Lee said the plan, which was drafted in May, would fail.") == [
        ("said", "the plan, which was drafted in May, would fail")
    ]


def test_told_an_addressee_in_a_place_then_a_colon():
    """``Ruiz tells supporters in Reno: “…”``: the colon after where they were told
    introduces the quotation, as a comma does (``told reporters in Nashua, “…”``); the
    place is not a speaker named before a colon."""
    text = "Ana Ruiz won.\n\nRuiz tells supporters in Reno: “We’re going to be patient”"
    assert _statements(text) == [("tells", "“We’re going to be patient”")]


def test_an_aside_between_commas_inside_the_subject_goes_on():
    """``said the plan, including the new taxes, would fail``: the participle phrase sits
    between the reported clause's subject and its verb, so it is an aside; before, the
    content stopped at "the plan", which is no clause, and the statement was lost."""
    assert _statements("Ann Lee said the plan, including the new taxes, would fail.") == [
        ("said", "the plan, including the new taxes, would fail")
    ]


def test_a_trailing_cue_may_end_with_to_whom():
    """``…, Ann Lee wrote in a letter to legislative leaders last week.``: the sentence ends
    with where and to whom, so the clause before the speaker is what she wrote ("only added
    to the picture" stays no statement)."""
    text = (
        "Diverting the money would hollow out the investments, Ann Lee wrote in a letter "
        "to legislative leaders last week."
    )
    assert _statements(text) == [
        ("wrote in a letter", "Diverting the money would hollow out the investments")
    ]
    assert _statements("Denials, followed by efforts to shield Lee, only added to the chaos.") == []


def test_at_least_after_an_addressee_opens_the_clause():
    """``told Reuters at least six members had threatened …``: "at least" is a quantity
    opening the reported clause, not a preposition after the addressee."""
    text = "A lawmaker told Reuters at least six members had threatened to break ranks."
    assert _statements(text) == [("told", "at least six members had threatened to break ranks")]


def test_a_role_before_the_name_after_a_quotation_is_no_content():
    """``“…,” the analyst, Ann Lee, wrote …. “…”``: "the analyst" tells who Ann Lee is; the
    quotation alone is what she wrote, so the quotation after the attribution joins it as a
    split quotation does."""
    text = (
        "“We are going to remove eligible voters,” his wife, Ann Lee, wrote in an email to the "
        "director. “I would not sign off on this.”"
    )
    statements = extract_statements(text)
    assert [(s.speaker, s.start, s.end) for s in statements] == [("Ann Lee", 0, len(text))]
    assert extract_statements("“We need him,” his wife, Ann Lee, said.")[0].text == "“We need him,”"
