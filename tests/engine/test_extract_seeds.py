"""The two seed articles: the statements and speakers SPEC.md says a reader must see.

Assertions are on speakers, kinds and key phrases, never on an exact list of offsets, so the
extractor can improve without rewriting these tests.
"""

from __future__ import annotations

import pytest

from explainer.engine.extract import extract_statements
from explainer.engine.paragraphs import split_paragraphs

from projects import ROOT

ARTICLES = ROOT / "corpus" / "articles"
REUTERS = "reuters-2017-08-16-sessions-chicago.md"
DNAINFO = "dnainfo-2017-08-16-sessions-call-your-mayor.md"


def _body(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8").split("---\n", 2)[2]


@pytest.fixture(scope="module")
def reuters():
    body = _body(REUTERS)
    return body, extract_statements(body)


@pytest.fixture(scope="module")
def dnainfo():
    body = _body(DNAINFO)
    return body, extract_statements(body)


def _one(statements, phrase, speaker=None, kind=None):
    found = [s for s in statements if phrase in s.text]
    assert found, f"no statement contains {phrase!r}: {[s.text for s in statements]}"
    s = found[0]
    if speaker is not None:
        assert s.speaker == speaker, (phrase, s.speaker)
    if kind is not None:
        assert s.kind == kind, (phrase, s.kind)
    return s


def test_reuters_speakers(reuters):
    _, statements = reuters
    speakers = {s.speaker for s in statements}
    for expected in (
        "Jeff Sessions",
        "Rahm Emanuel",
        "Eddie Johnson",
        "Democratic city and state leaders",
        "immigration advocates",
    ):
        assert expected in speakers


def test_reuters_sessions_claims(reuters):
    _, st = reuters
    _one(st, "breakdown of law and order", "Jeff Sessions")
    _one(st, "Respect for the rule of law has broken down", "Jeff Sessions", "direct")
    _one(st, "haven for predators and drug dealers", "Jeff Sessions", "indirect")
    _one(st, "homicide count is barely a third", "Jeff Sessions", "indirect")


def test_reuters_follow_on_quote_inherits_sessions(reuters):
    _, st = reuters
    s = _one(st, "just one sad example", "Jeff Sessions", "direct")
    assert "Emanuel" not in s.text  # the next sentence in the line is Emanuel's


def test_reuters_rebuttals(reuters):
    _, st = reuters
    _one(st, "sanctuary policies build trust", "Democratic city and state leaders", "indirect")
    _one(st, "which helps deter crime", "Democratic city and state leaders")
    cave = _one(st, "will not cave", "Rahm Emanuel", "partial")
    assert cave.cue == "said in a statement"
    assert cave.role in ("Chicago Mayor", "Mayor")
    _one(st, "no correlation between immigration and violent crime", "immigration advocates")
    johnson = _one(st, "shootings are down 16 percent", "Eddie Johnson", "indirect")
    assert "not driving violence" in johnson.text


def test_reuters_emanuel_split_quote_is_one_statement(reuters):
    _, st = reuters
    s = _one(st, "In a week in which the Trump administration", "Rahm Emanuel", "direct")
    assert "worse time" in s.text
    assert "Sessions said" not in s.text


def test_dnainfo_speakers(dnainfo):
    _, st = dnainfo
    speakers = {s.speaker for s in st}
    assert {"Jeff Sessions", "Eddie Johnson"} <= speakers
    assert all(s.speaker.lower() not in {"he", "she", "they", "it"} for s in st)


def test_dnainfo_sessions(dnainfo):
    _, st = dnainfo
    first = _one(st, "choosing politics over safety", "Jeff Sessions", "indirect")
    assert first.role == "U.S. Attorney General"
    _one(st, "is not following this example", "Jeff Sessions", "direct")
    _one(st, '"political issue,"', "Jeff Sessions", "partial")
    _one(st, "release a criminal alien", "Jeff Sessions")
    _one(st, "Call your City Council and your mayor", "Jeff Sessions", "direct")
    _one(st, "That's exactly the point", "Jeff Sessions", "direct")
    _one(st, "there was no proof", "Jeff Sessions", "indirect")


def test_dnainfo_johnson(dnainfo):
    _, st = dnainfo
    s = _one(st, "will hamper community policing", "Eddie Johnson")
    assert s.role == "Chicago Police Superintendent"
    _one(st, "undocumented immigrants are not driving violence", "Eddie Johnson", "direct")


def test_dnainfo_lawsuit_and_proponents(dnainfo):
    _, st = dnainfo
    suit = _one(st, "reordering of law enforcement practice")
    assert "Sessions" not in suit.speaker
    assert "lawsuit" in suit.speaker or "Chicago" in suit.speaker
    s = _one(st, "ways to fight crime")
    assert s.speaker.lower() == "proponents of sanctuary policies"


@pytest.mark.parametrize("name", [REUTERS, DNAINFO])
def test_seed_contract(name):
    body = _body(name)
    statements = extract_statements(body)
    paragraphs = split_paragraphs(body)
    assert [s.id for s in statements] == [f"s{i}" for i in range(1, len(statements) + 1)]
    assert [s.start for s in statements] == sorted(s.start for s in statements)
    for s in statements:
        assert body[s.start : s.end] == s.text
        assert s.kind in {"direct", "partial", "indirect"}
        assert s.side is None
        para = next(p for p in paragraphs if p.start <= s.start < p.end)
        assert s.paragraph == para.number
