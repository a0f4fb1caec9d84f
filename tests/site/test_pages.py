"""Page models without MkDocs: inline marking, dates, card text, safe Markdown."""

from __future__ import annotations

import datetime as dt

from explainer.engine.model import Paragraph, Statement
from explainer.engine.paragraphs import split_paragraphs
from explainer.render.safe_markdown import render
from explainer.site.inline import Mark, TermUse, Text, paragraph_nodes
from explainer.site.pages import display_text, format_date


def statement(sid, start, end, body, kind="direct"):
    return Statement(sid, "Jane Roe", "Roe", kind, "said", start, end, body[start:end], 1)


def flatten(nodes):
    return "".join(
        "".join(c.text for c in n.children) if isinstance(n, Mark) else n.text for n in nodes)


def test_paragraphs_split_on_blank_lines_or_on_lines_when_there_are_none():
    assert [(p.start, p.end) for p in split_paragraphs("A b.\n\n  C d.\n\n\n")] == [(0, 4), (8, 12)]
    assert [p.number for p in split_paragraphs("One.\nTwo.\nThree.")] == [1, 2, 3]
    assert split_paragraphs("One.\nstill one.\n\nTwo.")[0].end == 15
    assert split_paragraphs("") == []


def test_nodes_keep_every_character_and_mark_statements_and_terms():
    body = "Roe said the detainer rule “will fail” in court."
    para = Paragraph(1, 0, len(body))
    quote = statement("s1", body.index("“"), body.index(" in court"), body)
    terms = [(body.index("detainer"), body.index(" rule"), "detainer", 1)]
    nodes = paragraph_nodes(body, para, [quote], terms, set())
    assert flatten(nodes) == body
    assert [type(n) for n in nodes] == [Text, TermUse, Text, Mark, Text]
    assert nodes[3].first and nodes[3].statement_id == "s1"


def test_a_statement_over_two_paragraphs_is_anchored_once_and_nested_ones_not_marked():
    body = "“First part\n\nsecond part,” she said."
    paragraphs = split_paragraphs(body)
    outer = statement("s1", 0, body.index(" she"), body)
    inner = statement("s2", 1, 6, body, kind="partial")
    anchored: set[str] = set()
    first = paragraph_nodes(body, paragraphs[0], [outer, inner], [], anchored)
    second = paragraph_nodes(body, paragraphs[1], [outer, inner], [], anchored)
    marks = [n for n in first + second if isinstance(n, Mark)]
    assert [(m.statement_id, m.first) for m in marks] == [("s1", True), ("s1", False)]


def test_term_crossing_a_statement_edge_is_not_linked():
    body = "the sanctuary policy “is wrong” now"
    quote = statement("s1", body.index("policy"), body.index(" now"), body)
    terms = [(body.index("sanctuary"), body.index(" “"), "sanctuary-policy", 1)]
    nodes = paragraph_nodes(body, Paragraph(1, 0, len(body)), [quote], terms, set())
    assert flatten(nodes) == body
    assert not any(isinstance(n, TermUse) for n in nodes)


def test_dates_read_naturally():
    assert format_date(dt.date(2017, 8, 16)) == "August 16, 2017"
    tz = dt.timezone(dt.timedelta(hours=-5))
    assert format_date(dt.datetime(2017, 8, 16, 14, 58, tzinfo=tz)) == (
        "August 16, 2017, 2:58 p.m. (UTC-05:00)")
    assert format_date(None) == ""


def test_direct_quotes_are_shown_in_quotation_marks():
    body = 'He said We will win, then left.'
    direct = statement("s1", 8, 20, body)
    assert display_text(direct) == "“We will win”"
    assert display_text(statement("s2", 8, 19, body, kind="indirect")) == "We will win"


def test_safe_markdown_keeps_emphasis_and_http_links_only():
    html = render("*a* [ok](https://x.org) [bad](javascript:alert(1)) <script>x</script>"
                  " ![img](https://x.org/i.png)")
    assert "<em>a</em>" in html
    assert 'href="https://x.org"' in html and 'rel="noopener noreferrer external"' in html
    assert "javascript:" not in html and "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
