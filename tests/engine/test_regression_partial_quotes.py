"""Regression sentences for partly quoted contents: a paraphrase that holds a quoted phrase
(``Lee said the plan was “a disaster” for farmers``, ``called it “reckless”``).

Every sentence was written for this file (none is copied from PolNeAR or the seed articles).
"""

from __future__ import annotations

import pytest

from explainer.engine.extract import extract_statements


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.cue, s.text) for s in extract_statements(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Mayor Ana Ortiz thinks the new toll is “a tax on the poor” and will fight it.",
            "Ana Ortiz", "thinks", "the new toll is “a tax on the poor”",
        ),
        (
            "Councilman Pete Varga believes the bridge plan is “dead on arrival.”",
            "Pete Varga", "believes", "the bridge plan is “dead on arrival.”",
        ),
        (
            "Judge Mira Chen found that the county had acted in “bad faith.”",
            "Mira Chen", "found", "the county had acted in “bad faith.”",
        ),
        (
            "Residents prefer the term “neighborhood watch” to patrol.",
            "residents", "prefer", "the term “neighborhood watch” to patrol",
        ),
        (
            "Coach Dana Fry wants the league to “stop punishing small clubs.”",
            "Dana Fry", "wants", "the league to “stop punishing small clubs.”",
        ),
        (
            "Senator Rosa Kim derided the budget as “a fairy tale.”",
            "Rosa Kim", "derided", "the budget as “a fairy tale.”",
        ),
        (
            "Joe Blaine vented about the “endless paperwork” at the hearing.",
            "Joe Blaine", "vented", "about the “endless paperwork” at the hearing",
        ),
        (
            "Ella Park, a nurse, protested the “unsafe” staffing levels on her ward.",
            "Ella Park", "protested", "the “unsafe” staffing levels on her ward",
        ),
        (
            "Governor Ray Dunn commented on the “remarkable” turnout in the north.",
            "Ray Dunn", "commented", "on the “remarkable” turnout in the north",
        ),
        (
            "Candidate Lou Ferris embraced the label “outsider” at every stop.",
            "Lou Ferris", "embraced", "the label “outsider” at every stop",
        ),
        (
            "Chief Omar Haddad hinted at “big changes” in the department.",
            "Omar Haddad", "hinted", "at “big changes” in the department",
        ),
        (
            "Mayor Tina Royce listed “safer streets” as her first goal.",
            "Tina Royce", "listed", "“safer streets” as her first goal",
        ),
        (
            "The union ad targets a “rigged contract” that the board signed in May.",
            "the union ad", "targets", "a “rigged contract” that the board signed in May",
        ),
        (
            "Officer Bo Lentz indicated that the driver had been “very cooperative.”",
            "Bo Lentz", "indicated", "the driver had been “very cooperative.”",
        ),
        (
            "Senator Abel Stroud endorsed the “clean water pledge” on Friday.",
            "Abel Stroud", "endorsed", "the “clean water pledge” on Friday",
        ),
        (
            "Judge Mira Chen pronounced the deal “fair to both sides.”",
            "Mira Chen", "pronounced", "the deal “fair to both sides.”",
        ),
        (
            "Mayor Ana Ortiz learned that the budget had a “hole the size of a barn.”",
            "Ana Ortiz", "learned", "the budget had a “hole the size of a barn.”",
        ),
        (
            "Coach Dana Fry accepted that the season had been “a disaster.”",
            "Dana Fry", "accepted", "the season had been “a disaster.”",
        ),
        (
            "Governor Ray Dunn is seeking a “fresh start” for the state college.",
            "Ray Dunn", "seeking", "a “fresh start” for the state college",
        ),
        (
            "Mayor Ana Ortiz expressed her “deep regret” over the closure.",
            "Ana Ortiz", "expressed", "her “deep regret” over the closure",
        ),
        (
            "Analyst Pete Varga speculated that the deal was “dead in the water.”",
            "Pete Varga", "speculated", "the deal was “dead in the water.”",
        ),
        (
            "Pastor Joe Blaine recited a verse about “the meek and the proud” to the crowd.",
            "Joe Blaine", "recited", "a verse about “the meek and the proud” to the crowd",
        ),
        (
            "Senator Rosa Kim invited voters to “come and see the new plant.”",
            "Rosa Kim", "invited", "voters to “come and see the new plant.”",
        ),
        (
            "Governor Ray Dunn is mulling a “rainy day” tax on the casinos.",
            "Ray Dunn", "mulling", "a “rainy day” tax on the casinos",
        ),
        (
            "Judge Mira Chen ordered the county to “stop all work” on the dam.",
            "Mira Chen", "ordered", "the county to “stop all work” on the dam",
        ),
        (
            "Mayor Tina Royce celebrated the “best summer in a decade” for the beach shops.",
            "Tina Royce", "celebrated", "the “best summer in a decade” for the beach shops",
        ),
    ],
)
def test_a_verb_of_thought_or_comment_takes_the_quoted_phrase_it_reports(
    text, speaker, cue, content
):
    """Verbs of thought and wish (think, believe, find, prefer, want, learn, accept, seek,
    mull) and of comment (deride, vent, protest, comment, embrace, hint, list, target,
    indicate, endorse, pronounce, express, speculate, recite, invite, order, celebrate)
    report what someone thinks or said when a quotation gives their words: ``Mayor Ana Ortiz
    thinks the new toll is “a tax on the poor”``. PolNeAR attributes such contents to their
    source, and on train each verb found more gold contents than it added wrong ones."""
    found = _found(text)
    assert any(s == speaker and c == cue and content in t for s, c, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ortiz thinks the new toll will pass next week.",
        "Judge Mira Chen found the keys under the bench.",
        "Coach Dana Fry wants a new stadium for the club.",
    ],
)
def test_a_verb_of_thought_without_a_quotation_is_no_statement(text):
    """``Ortiz thinks the toll will pass``: without a quotation a verb of thought reports the
    reporter's reading of someone's mind, not their words: no statement."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor Tina Royce offered herself as a “law and order” candidate and made a direct "
            "appeal to shop owners.",
            "herself as a “law and order” candidate",
        ),
        (
            "Senator Abel Stroud described the rivals as “clowns” and recently visited a farm "
            "in the north.",
            "the rivals as “clowns”",
        ),
        (
            "Governor Nils Berg said the levy was “a mistake” and then took questions from "
            "the crowd.",
            "the levy was “a mistake”",
        ),
    ],
)
def test_a_second_verb_of_the_speaker_in_the_past_ends_the_content(text, content):
    """``offered herself as a “law and order” candidate and made a direct appeal …``: "and"
    with a second past-tense verb of the same subject (``made``, ``took``: past tenses that do
    not end in -ed, or an -ed verb after ``recently``, ``later``, ``again``) is the reporter
    telling what the speaker did next, not more of what was said."""
    found = _found(text)
    assert [t for _, _, t in found] == [content], found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Councilor Ivy Marsh called the fee “a backdoor tax,” which is what critics of "
            "the plan had said for months.",
            "the fee “a backdoor tax,”",
        ),
        (
            "Professor Hal Quinn described the scheme as a “shell game,” in which money moves "
            "between accounts until nobody can trace it.",
            "the scheme as a “shell game,”",
        ),
    ],
)
def test_which_after_a_quotation_closing_with_its_comma_ends_the_content(text, content):
    """``called the fee “a backdoor tax,” which is what critics …``: as with "who" and
    "whose", a relative clause (which, in which, where) after a quotation whose comma sits
    inside its closing mark is the reporter's gloss, not more of what was said."""
    found = _found(text)
    assert [t for _, _, t in found] == [content], found


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Senator Rosa Kim made clear that she has “grave doubts” about the merger.",
            "Rosa Kim", "made clear", "she has “grave doubts” about the merger",
        ),
        (
            "Mayor Tina Royce made it clear that the pool would stay “open to everyone.”",
            "Tina Royce", "made it clear", "the pool would stay “open to everyone.”",
        ),
        (
            "Coach Dana Fry spoke of a “new spirit” in the locker room.",
            "Dana Fry", "spoke of", "a “new spirit” in the locker room",
        ),
        (
            "Governor Ray Dunn talked up his “jobs first” plan in the mill town.",
            "Ray Dunn", "talked up", "his “jobs first” plan in the mill town",
        ),
        (
            "Chief Omar Haddad waved off the delay as “a minor hiccup.”",
            "Omar Haddad", "waved off", "the delay as “a minor hiccup.”",
        ),
    ],
)
def test_a_phrasal_verb_of_comment_takes_the_quoted_phrase_it_reports(
    text, speaker, cue, content
):
    """``made clear``, ``made it clear``, ``spoke of``/``about``, ``talked up`` and ``waved
    off`` report what someone said when a quotation gives their words: ``Chief Omar Haddad
    waved off the delay as “a minor hiccup.”`` (quote-class: without a quotation, ``spoke of
    his childhood`` is no statement)."""
    found = _found(text)
    assert any(s == speaker and c == cue and content in t for s, c, t in found), found
    assert _found("Coach Dana Fry spoke of his childhood in the valley.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor Tina Royce said she called the builder in March and demanded a “full "
            "refund” for the roof.",
            "she called the builder in March and demanded a “full refund” for the roof",
        ),
        (
            "Coach Dana Fry said the referee had a “bad day” and missed two fouls.",
            "the referee had a “bad day” and missed two fouls",
        ),
    ],
)
def test_a_second_past_tense_goes_on_with_a_reported_clause_that_has_its_own(text, content):
    """``said she called the builder in March and demanded a “full refund”``: the reported
    clause has a past tense of its own (``called``, ``had``), so a second one after "and"
    (with no comma before it) is more of what she said, not the reporter's next sentence
    about her (``called the rivals “clowns” and took questions`` still ends at "and")."""
    found = _found(text)
    assert [t for _, _, t in found] == [content], found


def test_a_participle_clause_that_leads_to_a_quotation_stays_in_the_content():
    """``said Ruiz has been tested, rising from far behind to a “dead heat” in the poll``: a
    participle clause after a comma usually ends the reported clause (``…, leaving early``),
    but when a quotation follows inside it, the quoted words are the speaker's and so is the
    clause that leads to them."""
    found = _found(
        "Spokesman Eli Novak said Ruiz has been tested, rising from far behind to a “dead "
        "heat” in the poll."
    )
    assert [t for _, _, t in found] == [
        "Ruiz has been tested, rising from far behind to a “dead heat” in the poll"
    ], found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Mayor Tom Lee spoke on Monday. Critics pounced on his remark that the mill was "
            "“a relic.”",
            "Tom Lee", "the mill was “a relic.”",
        ),
        (
            "Fact-checkers examined Governor Ann Ruiz's recent assertion that \"thousands\" of "
            "voters were turned away.",
            "Ann Ruiz", "\"thousands\" of voters were turned away",
        ),
        (
            "Senator Rosa Kim toured the port. Her call for “a total ban” on tankers angered "
            "the dock workers.",
            "Rosa Kim", "“a total ban” on tankers",
        ),
    ],
)
def test_a_speech_noun_a_speaker_owns_reports_the_quotation_after_it(text, speaker, content):
    """``Critics pounced on his remark that the mill was “a relic.”``: no reporting verb
    stands in the sentence, but the quoted words are the owner's (``his`` -> the man named
    before, ``Ruiz's`` -> Ruiz): what follows the noun (remark, claim, assertion, warning,
    call for, …) and "that" or "for" is the statement."""
    found = _found(text)
    assert any(s == speaker and content in t for s, _, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Lee spoke on Monday. Critics pounced on his claim that the mill was old.",
        "The “Lee remark” that the mill was old drew scorn.",
    ],
)
def test_a_speech_noun_without_a_quotation_or_an_owner_is_no_statement(text):
    """``his claim that the mill was old``: without a quotation the content is the reporter's
    summary of the claim, not the owner's words."""
    assert [(s, t) for s, _, t in _found(text) if "mill" in t] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Spokesman Eli Novak said guards walked with the marchers, whom he described as "
            "\"calm,\" for the length of the route.",
            "as \"calm,\"",
        ),
        (
            "The town is weathering what Mayor Tom Lee called a “rough week” for the council, "
            "and polls show him behind.",
            "a “rough week”",
        ),
    ],
)
def test_a_naming_verb_in_a_relative_clause_reports_only_the_name_it_gives(text, content):
    """``the marchers, whom he described as "calm," for the length of the route``: a naming
    verb (call, describe, dub, label, term, brand) inside a relative clause (whom, what,
    which) reports the name it gives, so the content ends with that quotation; the rest of
    the sentence is the reporter's."""
    found = _found(text)
    assert content in [t for _, _, t in found], found


def test_which_after_the_quoted_words_ends_a_partly_quoted_content():
    """``said he would “take a look” at the bill, which would give police more time``: once
    the content has quoted its words, ", which …" is the reporter's gloss; in a paraphrase
    with no quotation (``said the bill, which passed in May, was unfair``) it stays."""
    found = _found(
        "Senator Abel Stroud said he would “take a look” at the bill, which would give police "
        "more time to check buyers."
    )
    assert [t for _, _, t in found] == ["he would “take a look” at the bill"], found
    found = _found("Senator Abel Stroud said the bill, which passed in May, was unfair to farmers.")
    assert [t for _, _, t in found] == ["the bill, which passed in May, was unfair to farmers"]


def test_a_time_clause_after_the_quoted_words_ends_a_partly_quoted_content():
    """``called the mayor a “clown” on his show when commenting on her speech``: after the
    quoted words, "before/after/when/while" with a participle tells when the speaker said
    them; it is the reporter's, not more of what was said."""
    found = _found(
        "Last May, host Abel Stroud called the mayor a “clown” on his show when commenting on "
        "her speech."
    )
    assert [t for _, _, t in found] == ["the mayor a “clown” on his show"], found


def test_another_speaker_after_and_ends_a_partly_quoted_content():
    """``accused the mayor of “hiding the books” and Ann Ruiz says she is “losing control”``:
    after the quoted words, "and" with a name and its verb opens another speaker's clause."""
    found = _found(
        "Senator Abel Stroud accused the mayor of “hiding the books” and Ann Ruiz says she is "
        "“losing control.”"
    )
    texts = [t for _, _, t in found]
    assert texts[0] == "the mayor of “hiding the books”", found


def test_according_to_then_a_quotation_closing_with_its_comma_ends_at_the_quotation():
    """``According to some fans, Lee was “in disguise,” sparking a wave of rumours``: as after
    a reporting verb, a quotation whose comma sits inside its closing mark, then a participle
    (or an appositive, "who", "although"), ends what the source said."""
    found = _found(
        "According to several fans, singer Ivy Marsh was “in disguise,” sparking a wave of "
        "rumours about the visit."
    )
    assert [t for _, _, t in found] == ["singer Ivy Marsh was “in disguise,”"], found


def test_told_an_audience_in_a_city_and_state_then_a_day_then_that():
    """``told a town hall in Dover, Delaware on Monday that …``: the city and its state,
    then the day (no comma after the state), are where and when, not the content."""
    found = _found(
        "Candidate Lou Ferris told a town hall in Dover, Delaware on Monday that the toll is "
        "“highway robbery.”"
    )
    assert [t for _, _, t in found] == ["the toll is “highway robbery.”"], found


def test_a_year_and_its_comma_before_an_ed_verb_is_no_count_of_a_noun():
    """``Tom Lee, who was elected in 2012, argued his plan is “a real fix.”``: a number right
    before an -ed cue makes it an adjective (``20 pledged delegates``) only when nothing
    separates them; after the comma closing a relative clause the -ed word is the verb."""
    found = _found("Tom Lee, who was elected in 2012, argued his plan is “a real fix.”")
    assert [(s, t) for s, _, t in found] == [("Tom Lee", "his plan is “a real fix.”")], found
    assert _found("The tally shows 20 pledged delegates for the mayor.") == []
