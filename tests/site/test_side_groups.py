"""The article page model when pairing is unsure: statements in no answered exchange are
listed by side, each once, instead of as claims that nobody seems to answer."""

from __future__ import annotations

from explainer.corpus.articles import Article, ArticleSource
from explainer.corpus.glossary import Glossary
from explainer.corpus.people import People
from explainer.engine.model import Exchange, Extraction, Statement
from explainer.site.pages import (
    EXCHANGES_SECTION,
    OTHER_STATEMENTS_SECTION,
    WHO_SAID_WHAT_SECTION,
    article_view,
)

# one paragraph per statement; speakers and sides as the engine would give them
LINES = [
    ("s1", "Ann Ruiz", "a", "“The levy pays for three new libraries,” Ann Ruiz said."),
    ("s2", "Bo Lee", "b", "“Buses come first,” Bo Lee said."),
    ("s3", "Ann Ruiz", "a", "“Branches close at six,” Ann Ruiz said."),
    ("s4", "city records", "neutral", "The levy raised $3 million, according to city records."),
    ("s5", "Cy Doe", None, "“I have no view,” Cy Doe said."),
    ("s6", "Bo Lee", "b", "“But the levy never paid for a library,” Bo Lee said."),
]
BODY = "\n\n".join(line for *_, line in LINES)


def statements() -> list[Statement]:
    found, offset = [], 0
    for number, (sid, speaker, side, line) in enumerate(LINES, 1):
        start = BODY.index(line, offset)
        found.append(Statement(sid, speaker, speaker, "direct", "said", start,
                               start + len(line), line, number, side=side,
                               side_inferred=sid == "s3"))
        offset = start + len(line)
    return list(reversed(found))  # the model orders by position, not by the list


def view(exchanges: list[Exchange], people: People | None = None):
    article = Article("levy", "corpus/articles/levy.md", "The levy", BODY)
    extraction = Extraction(statements(), exchanges)
    return article_view(ArticleSource("levy", article.path, article), extraction, Glossary(),
                        people)


def shown(v) -> list[str]:
    """Statement ids in page order: answered exchanges, then the side groups."""
    rows = [c.statement.id for r in v.answered for c in (r.claim, *r.rebuttals)]
    return rows + [c.statement.id for g in v.others for c in g.cards]


def test_no_answered_exchange_lists_every_statement_by_side_in_article_order():
    # the pairing made claims of s1 and s2 but linked nothing to them
    v = view([Exchange("s1", (), "funding"), Exchange("s2", (), "transit")])
    assert v.answered == []
    assert len(v.rows) == 2  # the model still has them, for the topic and people pages
    assert [(g.side, g.label) for g in v.others] == [
        ("a", "Side of Ann Ruiz"), ("b", "Side of Bo Lee"),
        ("neutral", "Not taking a side (facts and figures)"), ("", "Side not known")]
    assert [[c.statement.id for c in g.cards] for g in v.others] == [
        ["s1", "s3"], ["s2", "s6"], ["s4"], ["s5"]]
    inferred = v.others[0].cards[1]
    assert inferred.side_label == "Side of Ann Ruiz (inferred)"  # the card says so, not the heading
    assert sorted(shown(v)) == [f"s{n}" for n in range(1, 7)]  # each once
    assert v.sections[0] == WHO_SAID_WHAT_SECTION
    assert EXCHANGES_SECTION not in v.sections


def test_with_an_answered_exchange_the_leftovers_are_grouped_by_side():
    v = view([Exchange("s1", ("s6",), "funding"), Exchange("s2", (), "transit")],
             People(sides={"a": "The mayor's office"}))
    assert [(r.number, r.claim.statement.id) for r in v.answered] == [(1, "s1")]
    assert [c.statement.id for c in v.answered[0].rebuttals] == ["s6"]
    # s2 was a claim nobody answered: now it is one of the other statements of its side
    assert [(g.label, [c.statement.id for c in g.cards]) for g in v.others] == [
        ("Side of Bo Lee", ["s2"]), ("The mayor's office", ["s3"]),
        ("Not taking a side (facts and figures)", ["s4"]), ("Side not known", ["s5"])]
    assert len(shown(v)) == len(set(shown(v))) == 6
    assert v.sections[:2] == [EXCHANGES_SECTION, OTHER_STATEMENTS_SECTION]


def test_when_every_statement_is_in_an_answered_exchange_there_are_no_other_statements():
    v = view([Exchange("s1", ("s2", "s6"), "funding"), Exchange("s3", ("s4", "s5"), "x")])
    assert v.others == []
    assert OTHER_STATEMENTS_SECTION not in v.sections


def test_a_page_says_when_its_links_are_the_programs_guess():
    """Links the program drew between sides it inferred are hedged on the page; an editor's
    pairing, or links between sides an editor declared, are not."""
    from explainer.engine.model import Link
    from explainer.engine.pair_model import trained
    from explainer.render.pages import article_page

    guess = Link("s3", "s6", 0.2, "s6: reply cue (“But”), p=0.20")
    v = view([Exchange("s3", ("s6",), "funding", guess.why, (guess,))])  # s3: side inferred
    assert v.guessed and v.answered[0].guessed
    html = article_page(v, "../glossary/", {}, method_url="../../method/")
    one_in = round(1 / trained().precision)
    assert f"about one such link in {one_in} is" in html
    assert 'href="../../method/#pairing"' in html
    by_editor = view([Exchange("s3", ("s6",), "funding", "paired by an editor")])
    assert not by_editor.guessed
    assert "about one such link in" not in article_page(by_editor, "../glossary/", {})
    declared = view([Exchange("s1", ("s6",), "funding", guess.why, (guess,))])
    assert not declared.answered[0].guessed  # s1 and s6: sides as declared (LINES)


def test_claims_of_one_speaker_with_the_same_answers_share_one_exchange():
    # Bo Lee's s6 answers both of Ann Ruiz's claims on the same point: one exchange with two
    # claims beside one answer, not the answer twice
    v = view([Exchange("s1", ("s6",), "funding"), Exchange("s3", ("s6",), "funding"),
              Exchange("s2", (), "transit")])
    groups = v.exchange_groups
    assert [([c.statement.id for c in g.claims], [c.statement.id for c in g.rebuttals])
            for g in groups] == [(["s1", "s3"], ["s6"])]
    assert groups[0].number == 1


def test_claims_with_other_answers_or_topics_stay_apart():
    v = view([Exchange("s1", ("s6",), "funding"), Exchange("s3", ("s6", "s2"), "funding"),
              Exchange("s4", ("s6",), "levy")])
    assert [[c.statement.id for c in g.claims] for g in v.exchange_groups] == [
        ["s1"], ["s3"], ["s4"]]
