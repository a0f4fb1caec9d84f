"""Regression sentences for precision: what the extractor must NOT report, and whom a card
must not name.

Every sentence was written for this file (invented names, none copied from PolNeAR or the
seed articles). A statement that is no reported speech costs precision; a card that names
someone who did not speak is worse than a card that says nobody is named.
"""

from __future__ import annotations

import pytest

from explainer.engine.extract import extract_statements

# Verbs with a sense that reports nothing: "charged a fee", "added a wing to the school",
# "repeated the exercise". They report speech only with a clause
# ("charged that the fee was illegal") or a quotation.
NOT_SPEECH = [
    "The Harbor Club charged a $5,000 initiation fee last year.",
    "Prosecutors charged the driver with reckless endangerment on Friday.",
    "The new rules add another hurdle to the permit process.",
    "Those grants add up to more than $2 million, records show.",
    "Coach Dale Brenner repeated the drill at the end of practice.",
    # a verb coordinated after the cue says nothing: "yelled and held up a banner"
    "The protester yelled and held up a banner that the guards tore away.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_a_verb_in_a_sense_that_reports_nothing(text):
    """``The Harbor Club charged a $5,000 initiation fee``: no clause, no quotation, no
    statement (these were statements with speakers such as "Ponte Vedra Beach")."""
    assert extract_statements(text) == []


# The same verbs still report speech when a clause or a quotation follows.
SPEECH = [
    ("Critics charged that the fee was illegal.", "the fee was illegal"),
    ("Tom Reyes added that the vote would wait until May.", "the vote would wait"),
    ("Coach Dale Brenner repeated that nobody would be cut.", "nobody would be cut"),
    ("Ann Lee laughed and admitted “the plan was mine.”", "the plan was mine"),
]


@pytest.mark.parametrize(("text", "words"), SPEECH)
def test_the_same_verbs_with_a_clause_still_report(text, words):
    """``Critics charged that the fee was illegal``: with a clause the verb reports speech."""
    (s,) = extract_statements(text)
    assert words in s.text


def test_a_sentence_ending_in_a_colon_gives_the_quotation_to_its_subject():
    """``Council member Ana Pike resisted: “…”``: the person whose sentence introduces a
    quotation with a colon says it, not the previous speaker (before, the quotation went on
    with Ruiz, who never said it)."""
    text = (
        "“We will pay for it,” Mayor Tom Ruiz said. Council member Ana Pike resisted: “The "
        "money is not there.”"
    )
    got = [(s.speaker, s.text) for s in extract_statements(text)]
    assert ("Ana Pike", "“The money is not there.”") in got


def test_a_colon_sentence_of_the_previous_speaker_goes_on_with_him():
    """``Ruiz went even further: “…”``: the colon sentence's subject is the previous
    speaker, who keeps the quotation."""
    text = (
        "“We will pay for it,” Mayor Tom Ruiz said on Monday.\n\n"
        "Ruiz went even further: “The state owes us the rest.”"
    )
    got = [(s.speaker, s.text) for s in extract_statements(text)]
    assert ("Tom Ruiz", "“The state owes us the rest.”") in got


def test_an_aside_between_spaced_hyphens_is_skipped_for_the_subject():
    """``Ana Lee - who flew home to Vermont on Friday - has vowed …``: the aside between
    spaced hyphens (as between dashes) is no subject; the speaker was "Vermont"."""
    text = "Still, Ana Lee - who flew home to Vermont on Friday - has vowed to fight on."
    (s,) = extract_statements(text)
    assert s.speaker == "Ana Lee"


def test_a_split_quote_around_a_show_title_is_one_statement():
    """``“A,” Ann Lee said on ABC’s “This Week.” “B.”``: the show's name in quotation marks
    is part of the attribution, so the quotation split by it is one statement (it was two,
    and the annotation keeps one)."""
    text = "“We will win this state,” Ann Lee said on ABC’s “This Week.” “Nobody should doubt it.”"
    (s,) = extract_statements(text)
    assert s.speaker == "Ann Lee" and s.kind == "direct"
    assert s.text.endswith("doubt it.”")


def test_a_quotation_of_five_words_between_is_no_title():
    """``calling her rival “a man without any plan.”``: five words quoted between two
    quotations are something said, not a title; the quotations stay apart."""
    text = (
        "“We will win this state,” Ann Lee said, calling her rival “a man without any plan.” "
        "“Nobody should doubt it.”"
    )
    assert len(extract_statements(text)) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "“Tuition keeps rising,” said Will Doyle, a professor.",
        "“Tuition keeps rising,” Will Doyle said.",
    ],
)
def test_will_as_a_first_name_is_no_auxiliary(text):
    """``said Will Doyle``: the capitalised "Will" is a name, not the auxiliary that makes a
    phrase a clause; the quotation was dropped, or given to the previous speaker."""
    (s,) = extract_statements(text)
    assert s.speaker == "Will Doyle"


def test_the_surname_will_alone_names_the_columnist():
    """``“It is a farce,” Will wrote.``: "Will" alone, capitalised, is George Will."""
    text = "Columnist George Will attacked the plan.\n\n“It is a farce,” Will wrote."
    got = [(s.speaker, s.text) for s in extract_statements(text)]
    assert ("George Will", "“It is a farce,”") in got


def test_a_longer_title_in_title_case_is_part_of_the_attribution():
    """``said on “The Late Show With Tom Reyes.”``: a title in title case of more than
    four words is still a title, part of the attribution of a split quotation."""
    text = (
        "“We will win this state,” Ann Lee said on “The Late Show With Tom Reyes.” “Nobody "
        "should doubt it.”"
    )
    (s,) = extract_statements(text)
    assert s.text.endswith("doubt it.”")


def test_a_long_attribution_naming_the_speaker_still_joins_a_split_quote():
    """An attribution of 31 to 40 words that names the speaker in one sentence still sits
    inside one split quotation (the second part was a statement of its own)."""
    text = (
        "“He will always set the standard,” said Dino Ferraro, who now runs the Fifth Street "
        "Gym, which to this day keeps a framed photo of the champion above the front desk next "
        "to the old scale where fighters weigh in. “His legend "
        "will live on.”"
    )
    (s,) = extract_statements(text)
    assert s.text.endswith("live on.”")


def test_an_excerpt_after_a_byline_is_no_statement():
    """A news digest quotes the articles it links: ``“Museum to close,” by Times' Ann Ruiz:
    “…”`` is an excerpt of an article, not something Ann Ruiz (or the previous speaker) said."""
    text = (
        "“We will reopen,” said Tom Reyes, the director.\n\n"
        "NEW SHOWS—“Museum to close at the end of May,” by Times' Ann Ruiz: “The museum will "
        "close its doors after forty years, the board said on Monday.”"
    )
    got = [(s.speaker, s.text) for s in extract_statements(text)]
    assert got == [("Tom Reyes", "“We will reopen,”")]


def test_a_round_up_naming_its_source_before_a_colon_still_quotes_it():
    """``The map favors Lee - Ann Ruiz: “…”``: without a byline's "by", the name before
    the colon is the source a round-up quotes."""
    text = "The map favors Lee - Ann Ruiz: “Indiana has long looked like a fork in the road.”"
    (s,) = extract_statements(text)
    assert s.speaker == "Ann Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # a possessive is no subject: "comments" is its noun, not a verb
        "Tom Lee's comments come weeks before the vote on the “clean water” bill.",
        # "his" ends in s but is no verb: "Given" names nobody
        "Given his past remarks about “open borders,” the vote is no surprise.",
    ],
)
def test_a_quoted_phrase_after_no_subject_and_verb_is_no_statement(text):
    """``Tom Lee's comments come weeks before …``, ``Given his past remarks …``: no
    subject and verb before the quoted phrase, so no statement (the cards said
    "Bill Clinton's", "Given")."""
    assert extract_statements(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "While Ann Lee pledged to work with both parties, Tom Ruiz insisted that change "
            "will come only with a shake-up.",
            "Tom Ruiz",
        ),
        (
            "While Ann Lee has pledged to back Ruiz, Dan Pike suggested that it would not be "
            "a simple process.",
            "Dan Pike",
        ),
    ],
)
def test_of_two_cues_before_one_content_the_nearer_reports_it(text, speaker):
    """``While Lee pledged to …, Ruiz insisted that …``: the clause after "insisted that" is
    Ruiz's; it went to Lee, whose cue came first, and Ruiz's statement was lost."""
    got = [(s.speaker, s.cue) for s in extract_statements(text)]
    assert got and got[-1][0] == speaker
    assert "Ann Lee" not in [g[0] for g in got]


def test_a_subject_does_not_run_back_over_but_or_a_spaced_hyphen():
    """``Lee proposed a debate on April 4 - but the Ruiz campaign rejected the idea as
    “ludicrous”``: the campaign rejected it; the speaker was the sentence's start up to it
    ("Lee proposed a debate on April 4 - but the Ruiz campaign"), or Lee."""
    text = (
        "Lee proposed a debate on April 4 - but the Ruiz campaign rejected the idea as "
        "“ludicrous” because the game would be later that night."
    )
    got = [s.speaker for s in extract_statements(text)]
    assert got[-1] == "the Ruiz campaign"


def test_all_but_two_is_one_subject():
    """``all but two said``: "but" here is part of the subject, which keeps it."""
    (s,) = extract_statements("Of the 12 members, all but two said the party should act.")
    assert s.speaker == "all but two"


def test_a_name_after_to_before_a_colon_is_addressed_not_speaking():
    """``Tom Reyes delivered a blunt message to Lee: “…”``: Lee is the one addressed; the
    colon rule gave him the quotation."""
    text = (
        "Ann Lee said she would stay in the race.\n\n"
        "Senate Majority Leader Tom Reyes delivered a blunt message to Lee: “It is time to "
        "quit.”"
    )
    got = [s.speaker for s in extract_statements(text) if "time to quit" in s.text]
    assert got == ["Tom Reyes"]


def test_according_to_a_name_before_a_colon_still_quotes_it():
    """``According to LedgerPo: “…”``: after "according to" the name is the source, not
    someone addressed."""
    text = (
        "Lee has moved on abortion, according to reports. According to LedgerPo: “Lee has a "
        "mixed record.”"
    )
    got = [s.speaker for s in extract_statements(text) if "mixed record" in s.text]
    assert got == ["LedgerPo"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A former presidential candidate -- Tom Reyes, who lost the 2008 election -- said "
            "the president offered no changes.",
            "Tom Reyes",
        ),
        ("Ann Lee -- Tom Reyes's rival -- said the plan failed.", "Ann Lee"),
    ],
)
def test_an_aside_between_dashes_that_opens_with_a_full_name(text, speaker):
    """``A former candidate -- Tom Reyes, who lost in 2008 -- said``: the name in the aside
    is the speaker (the card said "a former presidential candidate"); after a name, an aside
    describes it."""
    (s,) = extract_statements(text)
    assert s.speaker == speaker


def test_a_quotation_after_a_clause_inside_an_attribution_goes_on_with_the_one_quoted():
    """``“A,” Tom Reyes said at his party, two hours after news outlets declared him the
    victor. “B.”``: B is Reyes's; it went to "news outlets", whose clause sits inside the
    words that attribute A."""
    text = (
        "“We are going to win so much,” Tom Reyes said at his party in Dover, two hours after "
        "news outlets declared him the victor in the primary. “You are going to be so happy.”"
    )
    got = [s.speaker for s in extract_statements(text) if "so happy" in s.text]
    assert got == ["Tom Reyes"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, a nurse from Dover, is among those who say they will not back Ruiz.",
        "Ann Lee is one of those who say they will not back Ruiz.",
    ],
)
def test_who_after_is_among_those_stands_for_the_subject(text):
    """``Ann Lee … is among those who say …``: "who" is Lee; the card said "among those"."""
    (s,) = extract_statements(text)
    assert s.speaker == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ann Lee is releasing a new 30-second ad that urges voters to “send a message” "
        "to the banks.",
        "Pollster Ann Lee released data Monday morning that suggest moderates are being ignored.",
        "Ann Lee spoke first.\n\nIn selling the course, Lee released a marketing video that "
        "said, “We will have great teachers.”",
    ],
)
def test_what_a_released_ad_or_report_says_its_maker_says(text):
    """``Lee is releasing a new ad that urges …``: the card named the ad ("a new 30-second
    ad", "data Monday morning"); the person who puts it out speaks through it."""
    (s,) = extract_statements(text)
    assert s.speaker == "Ann Lee"


def test_one_word_after_on_is_no_speaker():
    """``Staff for the House Committee on Ports said``: the staff speak, not "Ports"."""
    text = "Staff for the House Committee on Ports said the panel has the email."
    (s,) = extract_statements(text)
    assert s.speaker.lower() == "staff for the house committee on ports"


def test_a_partly_quoted_content_ending_in_its_quotation_continues_like_a_split_quote():
    """``But “if you are critical, forget it,” said Tom Reyes. “He turns like a light
    switch.”``: the quotation after the attribution goes on with the partly quoted content,
    one statement as for a split quotation (it was a second statement)."""
    text = (
        "But “if you are critical, forget it,” said Tom Reyes. “He turns like a light switch.”"
    )
    (s,) = extract_statements(text)
    assert s.speaker == "Tom Reyes" and s.text.endswith("light switch.”")


def test_a_role_set_off_before_the_name_is_no_part_of_the_quotation():
    """``“…,” the city's spokesman, Tom Reyes, said.``: the content is the quotation; it ran
    on to "the city's spokesman", and the quotation after the attribution was a statement of
    its own."""
    text = (
        "“We will win the vote,” the White House spokesman, Tom Reyes, said on Thursday. "
        "“That is certain.”"
    )
    (s,) = extract_statements(text)
    assert s.kind == "direct" and s.speaker == "Tom Reyes"


def test_words_after_a_quotation_that_are_not_a_role_stay_in_the_content():
    """``“…” than that of the chief, Tom Reyes said``: words that go on with the quoted
    sentence are content, even when they end in a role noun."""
    text = "“The account is more credible” than that of the chief, Tom Reyes said."
    (s,) = extract_statements(text)
    assert s.text.endswith("than that of the chief")


def test_a_relative_clause_in_the_attribution_does_not_split_the_quotation():
    """``“A,” said Tom Reyes, a former staffer, who said he left on good terms. “B.”``: the
    relative clause describes the speaker; B goes on with A, one statement as for a split
    quotation (B was a second statement)."""
    text = (
        "“I don't want to get on the wrong side of Lee,” said Tom Reyes, a former staffer, who "
        "said he left on good terms. “I couldn't afford to defend myself.”"
    )
    got = [s for s in extract_statements(text) if s.kind == "direct"]
    assert len(got) == 1 and got[0].text.endswith("defend myself.”")


def test_a_cue_word_joined_to_the_next_by_a_hyphen_is_no_cue():
    """``do not publish announced-job totals``: a verb form hyphened to the next word is a
    compound modifier, not a cue."""
    text = "Texas does not publish announced-job totals in the same form as Ohio."
    assert extract_statements(text) == []


def test_asking_not_to_be_named_is_no_statement():
    """``a board member, who asked not to be identified because the vote is secret, said
    …``: the request for anonymity is about the reporting; what the member said is the
    statement."""
    text = (
        "Two members of the board, who asked not to be identified because the vote is "
        "secret, said the hospital would close."
    )
    assert [(s.cue, s.text) for s in extract_statements(text)] == [
        ("said", "the hospital would close")
    ]


def test_a_reporters_credit_line_signs_no_quotation():
    """``— Reported by Naomi Fell`` after a pasted statement is the reporter's credit; the
    quotation stays with the governor whose statement it is (``- Sanders.`` still signs)."""
    text = (
        "Gov. Martin Szalay said in a statement that he would call lawmakers back. "
        "Here is his statement in full:\n\n"
        "“Today’s decision is deeply disappointing to the families who chose a school.”\n\n"
        "— Reported by Naomi Fell\n\n12:41 p.m."
    )
    assert [s.speaker for s in extract_statements(text)] == ["Martin Szalay", "Martin Szalay"]
