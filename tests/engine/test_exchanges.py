"""Pairing of claims and rebuttals: hand-built statement lists, and the full pipeline on the
short articles in ``tests/fixtures/exchanges`` (written for these tests, one policy story each).

Each fixture's front matter lists the expected exchanges as ``[speaker, key phrase]`` pairs; a
predicted statement matches when its speaker matches (either name contains the other, ignoring
case) and its text contains the key phrase. A pair is (claim statement, rebuttal statement).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.engine.exchanges import pair_exchanges
from explainer.engine.model import Exchange, Statement
from explainer.engine.pair_model import trained
from explainer.engine.sides import align_sides, assign_sides
from explainer.engine.topics import topics_of
from explainer.engine.words import content_stems

from handbuilt import Camps, build, speaker_matches
from projects import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "exchanges"


def pairs_of(
    statements: list[Statement], body: str, camps: dict[str, str] | None = None
) -> set[tuple[str, str]]:
    """(claim, rebuttal) pairs by statement id, after the full side+pair run; ``camps`` are
    the sides an editor declared (none: the sides are inferred from the article)."""
    sided = assign_sides(statements, Camps(camps) if camps else None, body)
    return {(e.claim, r) for e in pair_exchanges(sided, body) for r in e.rebuttals}


# --- hand-built statements: the pairing logic on its own -------------------------------------
# The cue rules decide alone between camps that an editor declared in people.yml (``camps``);
# without it, a cue also needs the trained model's evidence (see the tests further down).

FORWARD_CAMPS = {"Ann Ruiz": "city", "Ben Tate": "merchants"}

FORWARD = (
    "Mayor Ann Ruiz said the new bus lanes have cut commute times on Main Street.\n\n"
    "Ruiz also said the city will add lanes on Oak Avenue next year.\n\n"
    "But shop owner Ben Tate said commute times on Main Street have not improved and "
    "deliveries now take longer.\n"
)


def test_forward_rebuttal_pairs_with_the_claim_it_shares_words_with():
    statements = build(
        FORWARD,
        ("Ann Ruiz", "the new bus lanes have cut commute times on Main Street", "said"),
        ("Ann Ruiz", "the city will add lanes on Oak Avenue next year", "said"),
        (
            "Ben Tate",
            "commute times on Main Street have not improved and deliveries now take longer",
            "said",
        ),
    )
    assert pairs_of(statements, FORWARD, FORWARD_CAMPS) == {("s1", "s3")}


def test_a_report_within_a_report_does_not_answer_it():
    # the audit's statement holds the clerk's: one statement, reported twice, not a reply
    body = "The state audit said the clerk denied that the ledger was ever balanced.\n"
    statements = build(
        body,
        ("the state audit", "the clerk denied that the ledger was ever balanced", "said"),
        ("the clerk", "the ledger was ever balanced", "denied"),
    )
    assert pairs_of(statements, body, {"the state audit": "state", "the clerk": "county"}) \
        == set()


def test_unanswered_claim_is_an_exchange_without_rebuttals():
    statements = assign_sides(
        build(
            FORWARD,
            ("Ann Ruiz", "the new bus lanes have cut commute times on Main Street", "said"),
            ("Ann Ruiz", "the city will add lanes on Oak Avenue next year", "said"),
            (
                "Ben Tate",
                "commute times on Main Street have not improved and deliveries now take longer",
                "said",
            ),
        ),
        Camps(FORWARD_CAMPS),
        FORWARD,
    )
    exchanges = pair_exchanges(statements, FORWARD)
    assert [(e.claim, e.rebuttals) for e in exchanges] == [("s1", ("s3",)), ("s2", ())]
    assert "no statement" in exchanges[1].why
    assert exchanges[0].topic == "transit"  # both speak of "lanes"... and of commute times
    assert exchanges[1].topic == ""  # an unanswered claim gets no label
    [link] = exchanges[0].links
    assert (link.claim, link.answer) == ("s1", "s3") and 0 <= link.strength <= 1
    assert link.why.startswith("s3: ") and "p=" in link.why


EMAILS = (
    "Senator Ann Ruiz said prosecutors should charge the former secretary over the private "
    "e-mail server.\n\n"
    "But campaign spokesman Ben Tate denied that the private e-mail server broke any law "
    "enforcement rule.\n\n"
    "Ruiz said the hearing will resume in March.\n\n"
    "Tate said the campaign raised $4 million in June.\n\n"
    "Ruiz said she would run again in two years.\n"
)


def test_a_label_comes_from_the_words_both_use_not_from_a_topic_each_touches():
    """"prosecutors" and "law enforcement" both touch the lexicon's policing, in different
    words: the exchange is about the e-mail server they both name."""
    statements = build(
        EMAILS,
        ("Ann Ruiz", "prosecutors should charge the former secretary over the private e-mail "
         "server", "said"),
        ("Ben Tate", "the private e-mail server broke any law enforcement rule", "denied"),
        ("Ann Ruiz", "the hearing will resume in March", "said"),
        ("Ben Tate", "the campaign raised $4 million in June", "said"),
        ("Ann Ruiz", "she would run again in two years", "said"),
    )
    sided = assign_sides(statements, Camps({"Ann Ruiz": "gop", "Ben Tate": "dems"}), EMAILS)
    exchange = pair_exchanges(sided, EMAILS)[0]
    assert exchange.rebuttals == ("s2",)
    assert "policing" in topics_of(statements[0].text) & topics_of(statements[1].text)
    assert exchange.topic == "private e-mail server"


WALL_STREET = (
    "Mayor Ann Ruiz said Wall Street banks will pay for the stadium, you know.\n\n"
    "But Ben Tate denied that Wall Street banks would pay a cent, you know.\n\n"
    "Ruiz said the season opens in April.\n\n"
    "Tate said the council meets on Tuesday.\n\n"
    "Ruiz said the team has a new coach.\n"
)


def test_a_label_keeps_the_words_as_they_stand_and_leaves_out_what_names_no_thing():
    """Shared words in the claim's order and case, together where they stand together
    ("Wall Street", not "street, wall"); "know" is shared too, but a verb is no topic."""
    statements = build(
        WALL_STREET,
        ("Ann Ruiz", "Wall Street banks will pay for the stadium, you know", "said"),
        ("Ben Tate", "Wall Street banks would pay a cent, you know", "denied"),
        ("Ann Ruiz", "the season opens in April", "said"),
        ("Ben Tate", "the council meets on Tuesday", "said"),
        ("Ann Ruiz", "the team has a new coach", "said"),
    )
    sided = assign_sides(statements, Camps({"Ann Ruiz": "city", "Ben Tate": "council"}),
                         WALL_STREET)
    exchange = pair_exchanges(sided, WALL_STREET)[0]
    assert exchange.rebuttals == ("s2",)
    assert exchange.topic == "Wall Street"


ANAPHORIC = (
    "Governor Lee said the state will cut school funding by 3 percent.\n\n"
    "Teachers union leader Mia Cruz said the cut will mean larger classes.\n\n"
    '"That\'s a scare tactic," Lee said. "Class sizes are set by the districts."\n'
)


def test_anaphoric_answer_runs_backwards_to_the_preceding_statement_of_the_other_side():
    statements = build(
        ANAPHORIC,
        ("Lee", "the state will cut school funding by 3 percent", "said"),
        ("Mia Cruz", "the cut will mean larger classes", "said"),
        (
            "Lee",
            'That\'s a scare tactic," Lee said. "Class sizes are set by the districts.',
            "said",
        ),
    )
    assert [s.side for s in assign_sides(statements, None, ANAPHORIC)] == ["a", "b", "a"]
    sided = assign_sides(statements, Camps({"Lee": "state", "Mia Cruz": "union"}), ANAPHORIC)
    exchanges = pair_exchanges(sided, ANAPHORIC)
    # The lead's "That's …" answers Cruz, so Cruz's statement is a claim, not a rebuttal of s1.
    assert [(e.claim, e.rebuttals) for e in exchanges] == [("s1", ()), ("s2", ("s3",))]
    assert "points back" in exchanges[1].why


NO_PROOF = (
    "The mayor said the curfew has reduced vandalism downtown.\n\n"
    "Supporters of the curfew say it keeps teenagers safe at night. "
    "Youth advocate Dee Park said there was no proof of that.\n"
)


def test_tail_anaphor_answers_the_statement_just_before_even_from_the_other_side():
    statements = build(
        NO_PROOF,
        ("the mayor", "the curfew has reduced vandalism downtown", "said"),
        ("Supporters of the curfew", "it keeps teenagers safe at night", "say"),
        ("Dee Park", "there was no proof of that", "said"),
    )
    sided = assign_sides(statements, None, NO_PROOF)
    assert sided[1].side != sided[2].side
    camps = {"the mayor": "city", "Supporters of the curfew": "city", "Dee Park": "youth"}
    assert pairs_of(statements, NO_PROOF, camps) == {("s2", "s3")}


def test_same_side_statements_are_never_paired():
    body = "Ann Ruiz said taxes are too high.\n\nAnn Ruiz said taxes are not too low.\n"
    statements = build(
        body,
        ("Ann Ruiz", "taxes are too high", "said"),
        ("Ann Ruiz", "taxes are not too low", "said"),
    )
    assert pairs_of(statements, body) == set()


def test_neutral_figures_are_context_not_claims():
    body = (
        "The mayor said crime is falling.\n\n"
        "There were 41 robberies in May, according to police records.\n\n"
        "Council member Jo Diaz said crime is not falling in her ward.\n"
    )
    statements = assign_sides(
        build(
            body,
            ("the mayor", "crime is falling", "said"),
            ("police records", "There were 41 robberies in May", "according to"),
            ("Jo Diaz", "crime is not falling in her ward", "said"),
        ),
        Camps({"the mayor": "city", "Jo Diaz": "council"}),
        body,
    )
    assert statements[1].side == "neutral"
    exchanges = pair_exchanges(statements, body)
    assert [(e.claim, e.rebuttals) for e in exchanges] == [("s1", ("s3",))]
    assert [s.id for s in in_no_exchange(statements, exchanges)] == ["s2"]


def test_criticizing_a_named_speaker_pairs_with_that_speaker():
    body = (
        "Senator Amy Holt said the bridge toll will pay for repairs.\n\n"
        "Governor Rick Stone said the state will not raise the gas tax.\n\n"
        "Driver group head Lou Kim criticized Holt, saying repairs should come first.\n"
    )
    statements = build(
        body,
        ("Amy Holt", "the bridge toll will pay for repairs", "said"),
        ("Rick Stone", "the state will not raise the gas tax", "said"),
        ("Lou Kim", "repairs should come first", "criticized"),
    )
    camps = {"Amy Holt": "senate", "Rick Stone": "state", "Lou Kim": "drivers"}
    assert ("s1", "s3") in pairs_of(statements, body, camps)


def test_a_question_or_a_request_is_no_claim_to_answer():
    # "Claims are assertions": an asked question (and a request) asserts nothing to deny
    body = (
        "Councillor Jo Park asked whether the ferry fares would rise in the spring.\n\n"
        "Park also asked the port board to publish its accounts.\n\n"
        "But harbour master Eli Voss said the fares would not rise and the accounts are "
        "already public.\n"
    )
    statements = build(
        body,
        ("Jo Park", "whether the ferry fares would rise in the spring", "asked"),
        ("Jo Park", "the port board to publish its accounts", "asked"),
        ("Eli Voss", "the fares would not rise and the accounts are already public", "said"),
    )
    camps = {"Jo Park": "council", "Eli Voss": "port"}
    assert pairs_of(statements, body, camps) == set()
    said = [replace(statements[0], cue="said", text="the ferry fares would rise in the spring",
                    start=body.index("the ferry"))]  # the same words asserted are a claim
    assert ("s1", "s3") in pairs_of([*said, *statements[1:]], body, camps)


def test_statements_without_side_are_left_out():
    body = "Ann Ruiz said taxes are too high.\n"
    statements = build(body, ("Ann Ruiz", "taxes are too high", "said"))
    assert pair_exchanges(statements, body) == []  # no side assigned: context only


def test_stems_and_topics_are_story_independent():
    assert content_stems("Immigrants and immigration") == ["immigr", "immigr"]
    assert content_stems("the policies") == content_stems("a policy")
    assert topics_of("shootings are down 16 percent") == {"crime", "the figures"}
    assert topics_of("the city's lawsuit") == {"the courts"}


# --- full pipeline on the fixture articles ---------------------------------------------------


def load_fixture(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def matches(statement: Statement, expected: list[str]) -> bool:
    speaker, phrase = expected
    return speaker_matches(speaker, statement.speaker) and phrase in statement.text


def reference_statements(front: dict, body: str) -> list[Statement]:
    """The fixture's own statement list: pairing measured apart from extraction."""
    return build(body, *((speaker, text, cue) for speaker, cue, text in front["statements"]))


def extracted_statements(front: dict, body: str) -> list[Statement]:
    from explainer.engine.extract import extract_statements

    return extract_statements(body)


STATEMENTS_OF = {"reference": reference_statements, "extracted": extracted_statements}


def fixture_scores(
    path: Path, statements_of, declared: bool
) -> tuple[int, int, int, int, list[str]]:
    """(right predicted pairs, predicted pairs, gold pairs found, gold pairs, notes), with the
    fixture's ``camps`` as people.yml when ``declared``, else with sides inferred."""
    front, body = load_fixture(path)
    people = Camps(front["camps"]) if declared else None
    statements = assign_sides(statements_of(front, body), people, body)
    by_id = {s.id: s for s in statements}
    predicted = [
        (by_id[e.claim], by_id[r]) for e in pair_exchanges(statements, body) for r in e.rebuttals
    ]
    gold = [(x["claim"], r) for x in front["expected"] for r in x["rebuttals"]]
    hits = {
        i
        for i, (c, r) in enumerate(predicted)
        if any(matches(c, gc) and matches(r, gr) for gc, gr in gold)
    }
    found = [g for g in gold if any(matches(c, g[0]) and matches(r, g[1]) for c, r in predicted)]
    notes = [
        f"{path.stem}: extra {c.speaker}: {c.text[:40]!r} <- {r.speaker}: {r.text[:40]!r}"
        for i, (c, r) in enumerate(predicted)
        if i not in hits
    ]
    notes += [f"{path.stem}: missed {gc} <- {gr}" for gc, gr in gold if (gc, gr) not in found]
    return len(hits), len(predicted), len(found), len(gold), notes


def unanswered_kept(path: Path, statements_of, declared: bool) -> tuple[int, int]:
    """(expected-unanswered claims that stayed claims without rebuttals, expected ones)."""
    front, body = load_fixture(path)
    people = Camps(front["camps"]) if declared else None
    statements = assign_sides(statements_of(front, body), people, body)
    lonely = {e.claim for e in pair_exchanges(statements, body) if not e.rebuttals}
    expected = [x["claim"] for x in front["expected"] if not x["rebuttals"]]
    kept = [c for c in expected if any(s.id in lonely and matches(s, c) for s in statements)]
    return len(kept), len(expected)


def fixture_figures(statements_of, declared: bool) -> tuple[float, float, float]:
    """Micro-averaged pair (precision, recall, F1) over all fixtures; prints them and the
    errors."""
    totals = [0, 0, 0, 0]
    notes: list[str] = []
    lonely = [0, 0]
    for path in sorted(FIXTURES.glob("*.md")):
        *counts, more = fixture_scores(path, statements_of, declared)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        kept = unanswered_kept(path, statements_of, declared)
        lonely = [a + b for a, b in zip(lonely, kept, strict=True)]
        notes += more
    right, predicted, found, gold = totals
    precision = right / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"\n{statements_of.__name__}, {'declared' if declared else 'inferred'} sides: pairs "
        f"P={precision:.2f} R={recall:.2f} F1={f1:.2f} (right {right} of {predicted} "
        f"predicted, found {found} of {gold} expected); "
        f"unanswered claims kept unanswered: {lonely[0]} of {lonely[1]}"
    )
    print("\n".join(notes))
    return precision, recall, f1


def test_fixtures_are_many_and_varied():
    paths = sorted(FIXTURES.glob("*.md"))
    assert len(paths) >= 10
    topics = {load_fixture(p)[0]["topic"] for p in paths}
    assert len(topics) == len(paths)


# With the camps an editor would declare (each fixture's ``camps``), the cue rules decide and
# camps may answer each other on a shared topic (2026-12-02: P 0.89, R 0.88 with the reference
# statements; P 0.82, R 0.85 with extracted ones).
@pytest.mark.parametrize("statements_of", ["reference", "extracted"])
def test_fixture_pairs_with_declared_camps(statements_of):
    precision, _, f1 = fixture_figures(STATEMENTS_OF[statements_of], declared=True)
    assert f1 >= 0.8
    assert precision >= 0.8


# Without people.yml a cue also needs the model's evidence, which on these short articles is
# rarely enough (the model is calibrated on long news, where most cues answer nothing in the
# article): few links, and those shown must be right.
@pytest.mark.parametrize("statements_of", ["reference", "extracted"])
def test_fixture_pairs_with_inferred_sides_are_right(statements_of):
    precision, recall, _ = fixture_figures(STATEMENTS_OF[statements_of], declared=False)
    assert recall > 0
    assert precision >= 0.9


# --- invariants on generated articles --------------------------------------------------------

_SPEAKERS = ("Ann Ruiz", "Ben Tate", "the union", "city records", "Cy Park")
_CUES = ("said", "countered", "criticized", "according to", "agreed", "argued")
_TEXTS = (
    "the tax will fund new buses",
    "That's not true",
    "crime is down 16 percent",
    "there was no proof of that",
    "the buses are late and fares are too high",
    "Those buses are not new",
    "the union will strike on Monday",
)


@st.composite
def articles(draw) -> tuple[str, list[Statement]]:
    """A body of one statement per paragraph ("Ann Ruiz countered that …") and its statements."""
    rows = draw(
        st.lists(
            st.tuples(st.sampled_from(_SPEAKERS), st.sampled_from(_CUES), st.sampled_from(_TEXTS)),
            min_size=1,
            max_size=8,
        )
    )
    body, statements = "", []
    for number, (speaker, cue, text) in enumerate(rows, 1):
        lead_in = f"{speaker} {cue} that " if cue != "according to" else ""
        tail = f", according to {speaker}" if cue == "according to" else ""
        start = len(body) + len(lead_in)
        body += f"{lead_in}{text}{tail}.\n\n"
        statements.append(
            Statement(
                f"s{number}",
                speaker,
                speaker,
                "indirect",
                cue,
                start,
                start + len(text),
                text,
                number,
            )
        )
    return body, statements


@settings(max_examples=200, deadline=None)
@given(articles())
def test_every_sided_statement_is_a_claim_or_answers_one(article):
    """Each sided statement is a claim (one row) or answers one or more claims, never both;
    an answer is listed once per claim it answers."""
    body, statements = article
    sided = assign_sides(statements, None, body)
    assert [s.id for s in sided] == [s.id for s in statements]
    assert all(s.side and s.side_inferred for s in sided)
    exchanges = pair_exchanges(sided, body)
    assert exchanges == pair_exchanges(sided, body)  # deterministic
    by_id = {s.id: s for s in sided}
    claims = [e.claim for e in exchanges]
    answers = {r for e in exchanges for r in e.rebuttals}
    assert len(claims) == len(set(claims)) and not answers & set(claims)
    assert sorted([*claims, *answers]) == sorted(s.id for s in sided if s.side != "neutral")
    for exchange in exchanges:
        assert len(exchange.rebuttals) == len(set(exchange.rebuttals))
        assert exchange.rebuttals or exchange.topic == ""  # no label for an unanswered claim
        assert [link.answer for link in exchange.links] == list(exchange.rebuttals)
        assert all(link.claim == exchange.claim and 0 <= link.strength <= 1
                   for link in exchange.links)
        claim = by_id[exchange.claim]
        for rebuttal in map(by_id.get, exchange.rebuttals):
            assert rebuttal.speaker != claim.speaker and rebuttal.start > claim.start
    starts = [by_id[e.claim].start for e in exchanges]
    assert starts == sorted(starts)
    context = in_no_exchange(sided, exchanges)
    assert {s.id for s in context} == {s.id for s in sided if s.side == "neutral"}


def test_empty_article_has_no_exchanges():
    assert assign_sides([], None, "") == []
    assert pair_exchanges([], "") == []


def test_a_document_opening_the_article_is_neutral_and_not_the_lead():
    body = (
        "There were 41 robberies in May, according to police records.\n\n"
        "The mayor said crime is falling.\n\n"
        "Council member Jo Diaz said crime is not falling in her ward.\n"
    )
    statements = assign_sides(
        build(
            body,
            ("police records", "There were 41 robberies in May", "according to"),
            ("the mayor", "crime is falling", "said"),
            ("Jo Diaz", "crime is not falling in her ward", "said"),
        ),
        None,
        body,
    )
    assert [s.side for s in statements] == ["neutral", "a", "b"]
    assert pairs_of(statements, body, {"the mayor": "city", "Jo Diaz": "council"}) == {
        ("s2", "s3")
    }


def test_the_topic_lexicon_is_lower_case():
    """topics_of matches lowered text without IGNORECASE: an upper-case letter in a pattern
    would never match."""
    from explainer.engine.topics import TOPICS
    for label, pattern in TOPICS:
        assert re.sub(r"\\.", "", pattern) == re.sub(r"\\.", "", pattern).lower(), label


def test_sharing_a_topic_is_not_an_answer():
    """Two camps on the same subject, neither answering the other (written for this test)."""
    body = (
        "Mayor Ana Ruiz said the new stadium will bring 2,000 jobs to the east side.\n\n"
        "Council member Ed Park said the stadium site floods every spring.\n"
    )
    statements = build(
        body,
        ("Ana Ruiz", "the new stadium will bring 2,000 jobs to the east side", "said"),
        ("Ed Park", "the stadium site floods every spring", "said"),
    )
    assert pairs_of(statements, body) == set()


def test_saying_the_claim_is_not_so_answers_it_across_a_paragraph():
    """A denial in the claim's own words reaches past a fact in between (written for this
    test)."""
    body = (
        "Governor Lee Hart said the bridge is safe.\n\n"
        "The bridge opened in 1961, according to state records.\n\n"
        "Engineer Rosa Dunn said the bridge is not safe for trucks.\n"
    )
    statements = build(
        body,
        ("Lee Hart", "the bridge is safe", "said"),
        ("state records", "The bridge opened in 1961", "according to"),
        ("Rosa Dunn", "the bridge is not safe for trucks", "said"),
    )
    assert ("s1", "s3") in pairs_of(statements, body)


def test_a_negation_on_another_point_is_no_answer_between_inferred_sides():
    """"not" alone says nothing about what is answered: without camps an editor declared, a
    contradiction must deny the claim in its own words, however likely the model finds the
    pair (here a model that lets every pair through; written for this test)."""
    body = (
        "Governor Lee Hart said the bridge is safe.\n\n"
        "Engineer Rosa Dunn said Hart has not hired enough inspectors.\n\n"
        "Engineer Rosa Dunn said the bridge is not safe for trucks.\n"
    )
    statements = assign_sides(build(
        body,
        ("Lee Hart", "the bridge is safe", "said"),
        ("Rosa Dunn", "Hart has not hired enough inspectors", "said"),
        ("Rosa Dunn", "the bridge is not safe for trucks", "said"),
    ), None, body)
    lenient = replace(trained(), gate=0.0)
    assert {(e.claim, r) for e in pair_exchanges(statements, body, lenient)
            for r in e.rebuttals} == {("s1", "s3")}


def test_whoever_answers_someone_of_their_own_inferred_side_moves_to_a_side_of_their_own():
    """When an inference has put Bush and Trump on one side and pairing finds Bush answering
    Trump, Bush (with all his statements) moves to a side of his own, not to some other
    speaker's (written for this test)."""
    body = (
        "Senator Ted Cruz said the party must unite.\n\n"
        "Donald Trump said Jeb Bush is a low-energy candidate.\n\n"
        "Bush said Trump is a liar.\n\n"
        "Bush said he will stay in the race.\n"
    )
    built = build(
        body,
        ("Ted Cruz", "the party must unite", "said"),
        ("Donald Trump", "Jeb Bush is a low-energy candidate", "said"),
        ("Jeb Bush", "Trump is a liar", "said"),
        ("Jeb Bush", "he will stay in the race", "said"),
    )
    # as an inference might place them: Trump and Bush on one side
    statements = [replace(s, side=side, side_inferred=True)
                  for s, side in zip(built, "abbb", strict=True)]
    exchanges = [Exchange("s2", ("s3",), "")]
    aligned = align_sides(statements, exchanges)
    assert aligned[1].side == statements[1].side
    assert aligned[2].side not in {aligned[1].side, aligned[0].side}  # a side of his own
    assert aligned[3].side == aligned[2].side  # the speaker moves, not one statement
    assert aligned[0] == statements[0]
    # inferred afresh, nothing in the article ties Bush to Trump: each speaks for himself
    inferred = assign_sides(built, None, body)
    assert len({s.side for s in inferred[:3]}) == 3 and inferred[3].side == inferred[2].side


def in_no_exchange(statements, exchanges):
    """Statements that are neither a claim nor an answer, in article order."""
    used = {e.claim for e in exchanges} | {r for e in exchanges for r in e.rebuttals}
    return sorted((s for s in statements if s.id not in used), key=lambda s: s.start)
