"""Regression sentences for direct quotations the extractor used to miss or cut.

Every sentence was written for this file (invented names; none is copied from PolNeAR or the
seed articles). Each test's docstring says which shape of direct quote it guards and why.
"""

from __future__ import annotations

from explainer.engine.extract import extract_statements


def test_an_inverted_cue_between_the_two_parts_of_a_split_quotation():
    """``“A,” said Ines Varga, “and B.”``: the cue is inverted (its speaker follows it), so
    nothing stands between the first part and the cue to be a trailing speaker. The
    statement is the whole split quotation, credited to the name after the cue; before, the
    sentence gave no statement at all (or only its first part, credited to a speaker of an
    earlier sentence)."""
    for middle in ("said Ines Varga,", "said Ines Varga, speaking of the council,"):
        text = (
            f"“The council knows how to stall,” {middle} “and it leaves itself a way out "
            "every time. You have to hold it to its word.”"
        )
        (s,) = extract_statements(text)
        assert s.speaker == "Ines Varga", s
        assert s.text.startswith("“The council") and s.text.endswith("its word.”"), s.text


def test_a_trailing_speaker_before_the_cue_of_a_split_quotation_is_unchanged():
    """``“A,” Ines Varga said, “B.”``: the speaker stands before the cue, the trailing shape."""
    (s,) = extract_statements(
        "“The council knows how to stall,” Ines Varga said, “and it leaves itself a way out.”"
    )
    assert (s.speaker, s.kind) == ("Ines Varga", "direct"), s
    assert s.text.endswith("a way out.”"), s.text


def test_quotations_joined_by_and_after_a_verb_are_one_content():
    """``telling the crowd, “A,” and, “B”``: two quotations joined by "and" (or a comma) after
    the cue are both what was said; the content used to stop at the first one."""
    (s,) = extract_statements(
        "Mayor Tom Ruiz won the room, telling the crowd, “I’m a haggler like you,” and, "
        "“Is there anyone here who pays the sticker price? Not one of you.”"
    )
    assert s.speaker == "Tom Ruiz", s
    assert s.text.startswith("“I’m a haggler") and s.text.endswith("Not one of you.”"), s.text


def test_a_round_up_quotation_is_credited_to_the_bracketed_source_after_it():
    """``HOW FERRIES PAY “…” [Harbor Gazette.]``: round-ups (morning e-mails, poll digests)
    quote another outlet's story under a headline in capitals and close the paragraph with the
    outlet's name in brackets; no reporting verb stands near, but the bracket says whose words
    they are. A sentence of the round-up's own ("Lee said …") keeps its own speaker."""
    (s,) = extract_statements(
        "HOW FERRIES PAY “Fares cover half the cost of a crossing, and the county pays the "
        "rest of it.” [Harbor Gazette.]"
    )
    assert (s.speaker, s.kind) == ("Harbor Gazette", "direct"), s
    assert s.text.startswith("“Fares") and s.text.endswith("rest of it.”"), s.text
    (s,) = extract_statements(
        "FERRY FARES Mayor Tom Ruiz said the old fares had “no future at all.” [Harbor Gazette.]"
    )
    assert s.speaker == "Tom Ruiz", s


def test_it_reads_goes_back_to_a_document_named_a_long_paragraph_before():
    """``“…,” it reads.`` after a long paragraph about the memo: "it" is the memo named at the
    paragraph's start (more than 300 characters back), and the later "it said" / "it read"
    of the same memo are its words too; the quotations used to be dropped, "it" naming
    nobody."""
    text = (
        "The memo, obtained by the Harbor Gazette through a records request, was sent at 9:40 "
        "p.m. by then-deputy port director Ana Lee to the county board, more than two hours "
        "after the first ferry ran aground off the north pier and about an hour after a "
        "second ferry lost power near the breakwater at the mouth of the bay. Forty "
        "passengers waited on board for rescue until well past midnight.\n\n"
        "“We have tried to reach you by phone but the lines are down,” it reads.\n\n"
        "“After talking with the coast guard and the harbor police, we have found two boats "
        "that could reach the ferries before dawn. They are fueling up now,” it said.\n\n"
        "“Please advise how you want us to tell the families,” it read."
    )
    statements = extract_statements(text)
    assert [(s.speaker, s.kind) for s in statements] == [("the memo", "direct")] * 3, statements


def test_a_clause_of_a_person_ended_by_a_colon_introduces_the_quotation():
    """``Ruiz called them out on it:`` then a quotation opening the next paragraph (or right
    after the colon): the person's clause announces what the person said, whatever its verb
    (``is seen lecturing:``, ``gloated:``); such quotations used to be no statement or to go
    to the speaker before. A capitalised word opening the sentence ("Transcript as
    follows:") names nobody."""
    (s,) = extract_statements(
        "After the vote on the ferry budget, Mayor Tom Ruiz called them out on it:\n\n"
        "“The budget you passed last spring never paid for a single new boat.”"
    )
    assert (s.speaker, s.kind) == ("Tom Ruiz", "direct"), s
    assert s.text.startswith("“The budget"), s.text
    (s,) = extract_statements(
        "At the dock, harbor chief Ana Lee was seen lecturing: “Nobody sails until the "
        "inspectors sign off.”"
    )
    assert (s.speaker, s.kind) == ("Ana Lee", "direct"), s
    statements = extract_statements(
        "Transcript as follows:\n\n“The budget you passed last spring never paid for a boat.”"
    )
    assert all(s.speaker != "Transcript" for s in statements), statements


def test_an_infinitive_cue_right_before_a_quotation_is_a_cue():
    """``interrupted the mayor to announce, “…”``: an infinitive cue ("to announce", "to
    add") that a quotation follows at once introduces what was said; "declined to say
    whether …" with no quotation stays no statement."""
    (s,) = extract_statements(
        "The harbor clerk, Ana Lee, interrupted the mayor in mid-sentence to announce, “The "
        "last ferry has just left.”"
    )
    assert (s.speaker, s.kind) == ("Ana Lee", "direct"), s
    assert extract_statements("Ana Lee declined to say whether the last ferry had left.") == []


def test_issued_a_statement_then_a_comma_and_the_quotation():
    """``Ruiz issued a statement, “…”``: the quotation after the comma is the statement he
    issued, as it is after ``issued the following statement:``."""
    (s,) = extract_statements(
        "Right after the storm, Mayor Tom Ruiz issued a statement, “Last night our harbor was "
        "hit hard. Every ferry will stay in port until the inspectors are done.”"
    )
    assert (s.speaker, s.kind) == ("Tom Ruiz", "direct"), s
    assert s.text.startswith("“Last night"), s.text


def test_a_clause_opened_by_but_after_the_cue_ends_the_split_quotation():
    """``“A,” Lee said, but despite the delays, “B,”``: words of the reporter's own after a
    "but" (or "though", "while", …) and before the next quotation make it a new statement,
    not the second part of one split quotation; ``“A,” Lee said on CNN, though she said,
    “B”`` likewise. ``“A,” Lee said, “B”`` stays one statement."""
    statements = extract_statements(
        "“The ferry is late again,” Ana Lee said, but despite the delays, “I think it will run "
        "on time next year,” adding that the council would pay for it."
    )
    assert statements[0].speaker == "Ana Lee", statements
    assert statements[0].text == "“The ferry is late again,”", statements[0].text
    (s,) = extract_statements(
        "“The ferry is late again,” Ana Lee said, “and I think it will stay late.”"
    )
    assert s.text.endswith("stay late.”"), s.text


def test_a_clause_of_its_own_after_the_attribution_ends_the_split_quotation():
    """``“A,” Lee said, and her husband cut in. “B.”``: words after the attribution that open
    a clause of their own (", and …", ", but …", ", while …") are no mere attribution, so the
    next quotation is not the second part of Lee's; the first statement is her quotation
    alone. ``“A,” said Ann Lee, a nurse from Dayton who voted early. “B.”`` stays one."""
    statements = extract_statements(
        "“Tell the mayor I saved him a seat,” Ana Lee said, and her husband cut in at once. "
        "“Don’t forget the ferry tickets.”"
    )
    assert statements[0].text == "“Tell the mayor I saved him a seat,”", statements[0].text
    (s,) = extract_statements(
        "“Tell the mayor I saved him a seat,” said Ana Lee, a nurse from Dayton who voted "
        "early in the day. “Don’t forget the ferry tickets.”"
    )
    assert s.text.endswith("ferry tickets.”"), s.text


def test_a_participle_with_that_after_the_cue_ends_the_split_quotation():
    """``“A,” Lee told reporters, noting that she and her husband “B”``: "noting that" opens a
    reported clause of its own (as "adding, “B”" does), so the first statement is the first
    quotation alone and the clause after the participle is a second one."""
    statements = extract_statements(
        "“I count the mayor as an old friend,” Ana Lee told reporters, noting that she and "
        "her husband “have talked with him every week for years.”"
    )
    assert statements[0].text == "“I count the mayor as an old friend,”", statements
    assert statements[-1].text.endswith("for years.”"), statements


def test_then_and_a_second_verb_after_the_attribution_ends_the_split_quotation():
    """``“A,” she told the crowd, then turned to the mayor's slogan. “B.”``: a second verb of
    the speaker's after "then" is a clause of its own, so "B" is a statement of its own;
    ``said Ana Lee, then harbor master.`` names her role and the quotation goes on."""
    statements = extract_statements(
        "“We have work to do,” Ana Lee told a cheering crowd, then turned to the mayor’s "
        "favorite slogan. “But that work is not to make the harbor great again.”"
    )
    assert [s.text[:12] for s in statements] == ["“We have wor", "“But that wo"], statements
    (s,) = extract_statements(
        "“My advice was to wait,” recalled Ana Lee, then the harbor master of Dayton. “It "
        "did not seem the right way to start.”"
    )
    assert s.text.endswith("way to start.”"), s.text


def test_back_after_the_cue_is_an_adverb_before_the_quotation():
    """``The crowd chanted back at him, “A,” and “B.”`` / ``Lee wrote back, “…”``: "back"
    right before the punctuation (or "at him") is an adverb of the cue, not the start of the
    content; the sentence used to give no statement (or one opening with "back")."""
    (s,) = extract_statements(
        "The crowd chanted back at him, “Fix the pier,” and “Open the harbor.”"
    )
    assert (s.speaker, s.text) == ("the crowd", "“Fix the pier,” and “Open the harbor.”"), s
    (s,) = extract_statements("Mayor Tom Ruiz wrote back, “The pier is safe.”")
    assert s.text == "“The pier is safe.”", s


def test_an_inverted_cue_in_parentheses_credits_the_quotation_in_them():
    """``… prompted blowback from members (“I want my dues back,” wrote Tom Ruiz, a welder
    in Dayton)``: the inverted cue's content is the quotation that opens the parentheses,
    not the reporter's sentence before them."""
    (s,) = extract_statements(
        "The vote prompted blowback from members (“I want my dues back,” wrote Tom Ruiz, a "
        "welder in Dayton, on the union page), and the deal will rankle."
    )
    assert (s.speaker, s.kind, s.text) == ("Tom Ruiz", "direct", "“I want my dues back,”"), s


def test_a_quotation_nested_in_curly_marks_does_not_cut_the_outer_one():
    """``“… the number of “cell only” homes … night.”``: a writer who nests curly double marks
    inside a quotation (instead of single ones) opens a second quotation while the first is
    open; when the next two marks both close, the inner one is nested and the outer
    quotation runs to the second closing mark, not cut at the inner opening."""
    (s,) = extract_statements(
        "Ana Lee, pollster: “The surveys missed because of the growing number of “cell only” "
        "homes, and the late shifts in the final week of the race.”"
    )
    assert s.speaker == "Ana Lee", s
    assert s.text.startswith("“The surveys") and s.text.endswith("of the race.”"), s.text


def test_a_message_reading_a_quotation_gives_the_quotation_as_content():
    """``Ruiz posted a message on Twitter reading “Thank you Dayton” after the polls
    closed``: the content is the quotation the message reads, not the words describing the
    message; a clause about the message (``the men wore shirts that read “…”``) is left as
    it was."""
    (s,) = extract_statements(
        "Mayor Tom Ruiz posted a message on Twitter reading “Thank you Dayton” moments after "
        "the polls closed."
    )
    assert (s.speaker, s.kind, s.text) == ("Tom Ruiz", "direct", "“Thank you Dayton”"), s
