"""Fuzzing the untrusted-input path with hypothesis: the loader on arbitrary bytes and on
front matter built from YAML's sharp edges, and the extractor, the glossary linker and the
article page on arbitrary text. Invariants: nothing raises; every problem names a real line;
offsets stay in range and ``body[start:end] == text``; no character of the body is lost or
turned into markup on the way to the page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from explainer.corpus.articles import ArticleSource, decode_text, load_article
from explainer.corpus.glossary import Glossary, Term, normalise, parse_glossary, variants
from explainer.corpus.people import load_people
from explainer.engine.paragraphs import split_paragraphs
from explainer.render import pages as render
from explainer.site.analysis import analyse
from explainer.site.inline import paragraph_nodes
from explainer.site.pages import article_view

from htmlquery import parse
from projects import ROOT

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PEOPLE = load_people(ROOT / "corpus/people.yml")
GLOSSARY = parse_glossary((ROOT / "corpus/glossary.yml").read_text("utf-8"))

# --- the loader ------------------------------------------------------------------------------

YAML_PIECES = st.sampled_from([
    "title: ", "published: ", "terms: ", "url: ", "author: ", "---", "\n", "\r\n", "\r", "[",
    "]", "{", "}", "'", '"', ":", "- ", " ", "  ", "\t", "2017-08-16", "2017-13-45",
    "2017-08-16T14:58:00-05:00", "20170816", "1e3", "!!python/object:os.system", "!!int",
    "!!timestamp", "!!binary", "!!set", "!!str", "&a ", "*a", "<<: *a", "? ", "|", ">", "#",
    "%YAML 1.1", "...", "null", "~", "yes", "title", "\x00", "\x1b", "\ufeff", "é", "“", "”",
    "https://example.org/", "javascript:alert(1)", "<script>", "{{ x }}", ",", "\u2028",
    "\x85", "\u2029", "\v",
])
FRONT_MATTER = st.lists(YAML_PIECES, max_size=40).map("".join)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)


def check_source(source: ArticleSource, raw: bytes) -> None:
    text, _ = decode_text(raw, "x")
    lines = text.count("\n") + 1
    for problem in source.problems:
        assert 1 <= problem.line <= lines, problem
        assert problem.column >= 1 and problem.message
        assert "\n" not in str(problem)
    article = source.article
    if article is not None:
        assert isinstance(article.title, str) and article.title.strip()
        assert text.endswith(article.body)
        assert text[: len(text) - len(article.body)].count("\n") + 1 == article.body_line or (
            not article.body)
        assert all(isinstance(t, str) for t in article.terms)
        assert article.url is None or article.url.lower().startswith(("http://", "https://"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """One folder for every example (a folder per example costs more than the loading)."""
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(raw=st.binary(max_size=400), suffix=st.sampled_from([".md", ".txt"]))
@example(raw=b"---\ntitle: !!timestamp x\n---\n", suffix=".md")
@example(raw=b"---\ntitle: " + b"[" * 3000 + b"\n---\n", suffix=".md")
def test_loader_on_arbitrary_bytes(folder, raw, suffix):
    path = folder / f"a{suffix}"
    path.write_bytes(raw)
    check_source(load_article(path), raw)


@FUZZ
@given(header=FRONT_MATTER, body=TEXT, crlf=st.booleans())
@example(header="title: !!int abc", body="", crlf=False)
@example(header="title: !!int", body="", crlf=False)
@example(header="a: &a [x, x]\nb: &b [*a, *a]\ntitle: *b", body="x", crlf=False)
def test_loader_on_hostile_front_matter(folder, header, body, crlf):
    text = f"---\ntitle: T\n{header}\n---\n{body}"
    raw = (text.replace("\n", "\r\n") if crlf else text).encode("utf-8", "surrogatepass")
    path = folder / "a.md"
    path.write_bytes(raw)
    check_source(load_article(path), raw)


# --- the extractor and the page, on arbitrary text -------------------------------------------

NEWS = st.lists(st.sampled_from([
    "said", "says", "told reporters", "according to", "Sessions", "Jeff Sessions", "Emanuel",
    "Rahm Emanuel", "Eddie Johnson", "the mayor", "he", "she", "they", "sanctuary policy",
    "sanctuary cities", "detainer", "detainers", "Byrne JAG grants", "“", "”", '"', "‘", "’",
    "'", ",", ".", ":", "?", "—", "(", ")", "\n", "\n\n", " ", "\t", "\x00", "<script>",
    "</p>", "&amp;", "{{ x }}", "{% if %}", "**", "[x](javascript:alert(1))", "crime",
]), max_size=80).map(" ".join)
BODIES = st.one_of(TEXT, NEWS)


def leaves(nodes):
    for node in nodes:
        yield from getattr(node, "children", None) or [node]


def page_text(element) -> str:
    """Text of an element as a reader sees it in the flow, without the tooltips."""
    parts = []
    for child in element.children:
        if isinstance(child, str):
            parts.append(child)
        elif "ex-tip" not in (child.attrs.get("class") or ""):
            parts.append(page_text(child))
    return "".join(parts)


@FUZZ
@given(BODIES)
@example("“Respect for the law,” Sessions said, “has broken down.\n\n”“")
@example("<script>alert(1)</script> said the mayor.\n\nsanctuary policy & detainer")
def test_analysis_and_page_never_fail_and_lose_nothing(raw_body):
    body, _ = decode_text(raw_body.encode("utf-8"), "x")  # as the loader would hand it over
    extraction = analyse(body, PEOPLE)
    ids = {s.id for s in extraction.statements}
    numbers = {p.number for p in split_paragraphs(body)}
    for s in extraction.statements:
        assert 0 <= s.start < s.end <= len(body) and body[s.start:s.end] == s.text
        assert s.paragraph in numbers
    for exchange in extraction.exchanges:
        assert exchange.claim in ids and set(exchange.rebuttals) <= ids
    source = ArticleSource("a", "a.md", _article(body))
    view = article_view(source, extraction, GLOSSARY, PEOPLE)
    for paragraph, nodes in view.paragraphs:
        assert "".join(leaf.text for leaf in leaves(nodes)) == body[paragraph.start:paragraph.end]
    html = render.article_page(view, "../../glossary/", {t.id: t for t in GLOSSARY.terms})
    doc = parse(html)
    shown = doc.find("div", **{"class": "ex-text"}).find_all("p")
    assert [page_text(p) for p in shown] == [
        body[p.start:p.end] for p, _ in view.paragraphs]
    assert not doc.find_all("script")


def _article(body: str):
    from explainer.corpus.articles import Article

    return Article(slug="a", path="a.md", title="T", body=body)


# --- the glossary linker, on arbitrary aliases and text --------------------------------------

ALIASES = st.one_of(
    st.text(max_size=10),
    st.text(alphabet=".*+?()[]{}|^$\\ -'’aAs", min_size=1, max_size=8),
)


@FUZZ
@given(names=st.lists(st.lists(ALIASES, min_size=1, max_size=3), min_size=1, max_size=4),
       text=st.one_of(st.text(max_size=200), st.text(alphabet=".*+?()[]{}|^$\\ -'’aAs\n",
                                                     max_size=120)))
def test_linker_matches_only_its_aliases_as_text(names, text):
    glossary = Glossary(Term(f"t{i}", group[0], tuple(group[1:]), "Short.")
                        for i, group in enumerate(names))
    forms = {term.id: {f for a in (term.name, *term.aliases) for f in variants(a)}
             for term in glossary.terms}
    matches = glossary.find(text)
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert normalise(text[match.start:match.end]) in forms[match.term_id]
    for before, after in zip(matches, matches[1:], strict=False):
        assert before.end <= after.start
    for paragraph in split_paragraphs(text):
        uses = [(m.start, m.end, m.term_id, n) for n, m in enumerate(matches, 1)
                if paragraph.start <= m.start < paragraph.end]
        nodes = paragraph_nodes(text, paragraph, [], uses, set())
        assert "".join(leaf.text for leaf in leaves(nodes)) == text[paragraph.start:paragraph.end]


@FUZZ
@given(st.lists(YAML_PIECES, max_size=60).map("".join))
def test_glossary_loader_on_hostile_yaml(text):
    glossary = parse_glossary("terms:\n  - id: " + text)
    lines = len(re.split(r"\r\n|[\r\n\x85\u2028\u2029]", text)) + 2  # as YAML counts them
    for problem in glossary.problems:
        assert 1 <= problem.line <= lines and problem.column >= 1


def test_people_loader_survives_a_folder_and_deep_nesting(tmp_path: Path):
    (tmp_path / "people.yml").mkdir()
    assert load_people(tmp_path / "people.yml").problems[0].line == 1
    (tmp_path / "deep.yml").write_text("people: " + "[" * 3000, encoding="utf-8")
    assert "too deeply" in load_people(tmp_path / "deep.yml").problems[0].message
