"""The two seed articles must read as SPEC.md describes ("The two seed articles must read like
this"): who claims, who answers, and in which direction. These run the real extractor, so a
failure here can come from extraction as well as from sides or pairing."""

from __future__ import annotations

import pytest

from explainer.corpus.people import load_people
from explainer.engine.exchanges import pair_exchanges
from explainer.engine.model import Exchange, Statement
from explainer.engine.sides import assign_sides

from projects import ROOT

extract = pytest.importorskip("explainer.engine.extract")

ARTICLES = ROOT / "corpus" / "articles"
REUTERS = "reuters-2017-08-16-sessions-chicago.md"
DNAINFO = "dnainfo-2017-08-16-sessions-call-your-mayor.md"
SESSIONS_CRIME_CLAIMS = (
    "law and order",
    "haven for predators",
    "Respect for the rule of law",
    "homicide count",
    "sanctuary",
)


class Reading:
    """One seed article after extraction, sides and pairing."""

    def __init__(self, name: str) -> None:
        body = (ARTICLES / name).read_text(encoding="utf-8").split("---\n", 2)[2]
        people = load_people(ROOT / "corpus" / "people.yml")
        self.statements = assign_sides(extract.extract_statements(body), people, body)
        self.exchanges = pair_exchanges(self.statements, body)
        self.by_id = {s.id: s for s in self.statements}

    def statement(self, speaker: str, phrase: str) -> Statement:
        found = [s for s in self.statements if s.speaker == speaker and phrase in s.text]
        assert found, f"no statement by {speaker} containing {phrase!r}: {self.dump()}"
        return found[0]

    def exchange_answered_by(self, rebuttal: Statement) -> Exchange:
        found = [e for e in self.exchanges if rebuttal.id in e.rebuttals]
        assert found, f"{rebuttal.id} ({rebuttal.text[:40]!r}) answers nothing: {self.dump()}"
        return found[0]

    def claim_of(self, rebuttal: Statement) -> Statement:
        return self.by_id[self.exchange_answered_by(rebuttal).claim]

    def exchange_of_claim(self, claim: Statement) -> Exchange:
        found = [e for e in self.exchanges if e.claim == claim.id]
        assert found, f"{claim.id} ({claim.text[:40]!r}) is not a claim: {self.dump()}"
        return found[0]

    def dump(self) -> str:
        lines = [f"{s.id} [{s.side}] {s.speaker}: {s.text[:50]!r}" for s in self.statements]
        lines += [f"{e.claim} <- {e.rebuttals}" for e in self.exchanges]
        return "\n" + "\n".join(lines)


@pytest.fixture(scope="module")
def reuters() -> Reading:
    return Reading(REUTERS)


@pytest.fixture(scope="module")
def dnainfo() -> Reading:
    return Reading(DNAINFO)


def test_every_statement_has_a_side(reuters, dnainfo):
    for reading in (reuters, dnainfo):
        assert all(s.side for s in reading.statements)
        sessions = [s for s in reading.statements if s.speaker == "Jeff Sessions"]
        assert sessions and {s.side for s in sessions} == {"federal"}


def test_exchanges_follow_the_article(reuters, dnainfo):
    for reading in (reuters, dnainfo):
        starts = [reading.by_id[e.claim].start for e in reading.exchanges]
        assert starts == sorted(starts)


# --- Reuters ------------------------------------------------------------------------------


def test_reuters_trust_argument_answers_the_law_and_order_framing(reuters):
    trust = reuters.statement("Democratic city and state leaders", "build trust")
    assert trust.side == "chicago"
    claim = reuters.claim_of(trust)
    assert claim.speaker == "Jeff Sessions" and "law and order" in claim.text


@pytest.mark.parametrize(
    "speaker, phrase",
    [
        ("Immigration advocates", "no correlation"),
        ("Eddie Johnson", "shootings are down 16 percent"),
    ],
)
def test_reuters_crime_rebuttals_answer_sessions_crime_claims(reuters, speaker, phrase):
    claim = reuters.claim_of(reuters.statement(speaker, phrase))
    assert claim.speaker == "Jeff Sessions"
    assert any(key in claim.text for key in SESSIONS_CRIME_CLAIMS), claim.text


def test_reuters_johnson_says_undocumented_immigrants_do_not_drive_violence(reuters):
    statement = reuters.statement("Eddie Johnson", "not driving violence")
    assert reuters.claim_of(statement).speaker == "Jeff Sessions"


@pytest.mark.parametrize("phrase", ["will not cave", "worse time"])
def test_reuters_emanuel_answers_sessions(reuters, phrase):
    statement = reuters.statement("Rahm Emanuel", phrase)
    assert statement.side == "chicago"
    assert reuters.claim_of(statement).speaker == "Jeff Sessions"


def test_reuters_worst_time_split_quote_is_one_statement(reuters):
    statement = reuters.statement("Rahm Emanuel", "worse time")
    assert "In a week in which" in statement.text


@pytest.mark.parametrize(
    "phrase",
    ["haven for predators", "Respect for the rule of law", "homicide count", "law and order"],
)
def test_reuters_sessions_crime_statements_are_claims(reuters, phrase):
    reuters.exchange_of_claim(reuters.statement("Jeff Sessions", phrase))


@pytest.mark.parametrize("phrase", ["haven for predators", "Respect for the rule of law",
                                    "homicide count"])
def test_reuters_crime_claims_are_answered_by_the_crime_rebuttals(reuters, phrase):
    """SPEC: "The crime rebuttals answer the crime claims": one answer may rebut several."""
    exchange = reuters.exchange_of_claim(reuters.statement("Jeff Sessions", phrase))
    answers = {reuters.by_id[r].speaker for r in exchange.rebuttals}
    assert answers & {"Immigration advocates", "Eddie Johnson"}, reuters.dump()


def test_reuters_one_rebuttal_answers_several_claims(reuters):
    advocates = reuters.statement("Immigration advocates", "no correlation")
    answered = [e for e in reuters.exchanges if advocates.id in e.rebuttals]
    assert len(answered) >= 2, reuters.dump()


# --- DNAinfo ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "choosing politics over safety",
        "not following this example",
        "political issue",
        "criminal alien",
        "Call your City Council",
    ],
)
def test_dnainfo_sessions_statements_are_claims(dnainfo, phrase):
    dnainfo.exchange_of_claim(dnainfo.statement("Jeff Sessions", phrase))


@pytest.mark.parametrize("phrase", ["hamper community policing", "not driving violence"])
def test_dnainfo_johnson_rebuts_sessions(dnainfo, phrase):
    statement = dnainfo.statement("Eddie Johnson", phrase)
    assert statement.side == "chicago"
    assert dnainfo.claim_of(statement).speaker == "Jeff Sessions"


def test_dnainfo_lawsuit_claim_is_answered_by_sessions(dnainfo):
    answer = dnainfo.statement("Jeff Sessions", "That's exactly the point")
    claim = dnainfo.claim_of(answer)
    assert "reordering of law enforcement practice" in claim.text
    assert claim.side == "chicago"


def test_dnainfo_proponents_claim_is_answered_by_sessions(dnainfo):
    answer = dnainfo.statement("Jeff Sessions", "no proof of")
    claim = dnainfo.claim_of(answer)
    assert claim.speaker == "Proponents of sanctuary policies"
    assert "fight crime" in claim.text and claim.side == "chicago"


def test_dnainfo_call_your_mayor_has_no_answer(dnainfo):
    claim = dnainfo.statement("Jeff Sessions", "Call your City Council")
    assert dnainfo.exchange_of_claim(claim).rebuttals == ()
