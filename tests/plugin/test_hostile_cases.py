"""Hostile and broken corpus files, as a table: each case is some files in a fresh corpus and
what must come of them, either correct output or problems at an exact file and line.

Every case runs through the whole core (`build_site`: load, check, analyse, page models) and
the article template, so "nothing crashes" covers rendering too. The build-level promises
(strict fails, a plain build still publishes every other article with the error on the broken
one's page, `explainer check` lists them all) are tested below on all the cases at once.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from explainer.cli import main as cli
from explainer.corpus.articles import MAX_BODY_CHARS, MAX_PARAGRAPHS, MAX_SLUG
from explainer.engine.extract import extract_statements
from explainer.engine.paragraphs import split_paragraphs
from explainer.render import pages as render
from explainer.site.build import Site, build_site

from htmlquery import parse
from projects import ROOT, build_project, copy_project

GLOSSARY = (ROOT / "corpus/glossary.yml").read_text(encoding="utf-8")
PEOPLE = (ROOT / "corpus/people.yml").read_text(encoding="utf-8")
SEED = (ROOT / "corpus/articles/reuters-2017-08-16-sessions-chicago.md").read_text("utf-8")
SEED_BODY = SEED.split("\n---\n", 1)[1]
A = "corpus/articles/a.md"


def md(front: str, body: str = "Sanctuary policies, said Rahm Emanuel, build trust.\n") -> str:
    return f"---\n{front}\n---\n{body}"


@dataclass
class Case:
    """Files (relative to the project, text or bytes) → problems as (path, line, words in
    the message); ``check`` looks at the result when the file must load correctly."""

    id: str
    files: dict[str, str | bytes | Path]  # a Path: a symbolic link to it
    problems: list[tuple[str, int, str]] = field(default_factory=list)
    check: Callable[[Site], None] | None = None
    glossary: str = GLOSSARY
    link_all: bool = False


def view(site: Site, slug: str = "a"):
    return next(v for v in site.views if v.source.slug == slug)


def article(site: Site, slug: str = "a"):
    loaded = view(site, slug).article
    assert loaded is not None, view(site, slug).problems
    return loaded


def body_is(expected: str) -> Callable[[Site], None]:
    def check(site: Site) -> None:
        assert article(site).body == expected
    return check


def title_is(expected: str) -> Callable[..., None]:
    def check(site: Site, slug: str = "a") -> None:
        assert article(site, slug).title == expected
    return check


def statements_hold(site: Site) -> None:
    """Whatever was extracted indexes the body exactly (the contract), and is on the page."""
    v = view(site)
    body = v.article.body
    cards = [row.claim for row in v.rows] + [c for row in v.rows for c in row.rebuttals]
    for card in cards + v.context:
        s = card.statement
        assert 0 <= s.start < s.end <= len(body) and body[s.start:s.end] == s.text
    assert v.statement_count == len(extract_statements(body))


def quotes_found(*texts: str) -> Callable[[Site], None]:
    def check(site: Site) -> None:
        statements_hold(site)
        v = view(site)
        found = [c.statement.text for row in v.rows for c in (row.claim, *row.rebuttals)]
        found += [c.statement.text for c in v.context]
        for text in texts:
            assert any(text in f for f in found), (text, found)
    return check


def linked(expected: list[tuple[str, str]]) -> Callable[[Site], None]:
    """The linked term uses of the article text, as (words, term id), in order."""
    def check(site: Site) -> None:
        uses = [(leaf.text, leaf.term_id) for _, nodes in view(site).paragraphs
                for node in nodes for leaf in getattr(node, "children", None) or [node]
                if hasattr(leaf, "term_id")]
        assert uses == expected
    return check


def slugs(expected: set[str]) -> Callable[[Site], None]:
    def check(site: Site) -> None:
        assert {v.source.slug for v in site.views} == expected
    return check


def paragraphs_kept(count: int) -> Callable[[Site], None]:
    def check(site: Site) -> None:
        assert [p.number for p, _ in view(site).paragraphs] == list(range(1, count + 1))
    return check


def not_loaded(site: Site) -> None:
    assert view(site).article is None


def not_analysed(site: Site) -> None:
    v = view(site)
    assert v.article is not None and v.article.title == "Long"
    assert v.statement_count == 0 and not v.paragraphs


SOUP = """terms:
  - id: soup
    name: "(a+)+$"
    aliases: [".*", "[x]", "a|b", "\\\\d+", "^$", "{2,}", "(?=x)", "+?", "\\\\"]
    short: Metacharacters, matched as text.
    sources: [{title: T, url: "https://example.org/"}]
"""

CASES = [
    # --- front matter that cannot be read ---------------------------------------------------
    Case("invalid-yaml", {A: md("title: [never closed")}, [(A, 2, "invalid YAML")]),
    Case("quote-never-closes-in-yaml", {A: md("title: T\nauthor: 'Jane\npublisher: P")},
         [(A, 3, "end of stream")]),
    Case("invalid-yaml-colon", {A: md("title: T\nauthor: a: b")}, [(A, 3, "invalid YAML")]),
    Case("yaml-missing-colon", {A: md("title: T\njust words\npublisher: P")},
         [(A, 3, "could not find expected ':'")]),
    Case("never-closes", {A: "---\ntitle: T\n\nThe body, with no closing line.\n"},
         [(A, 1, "never closes")]),
    Case("no-front-matter", {A: "Just a story.\n"}, [(A, 1, "missing front matter")]),
    Case("empty-file", {A: ""}, [(A, 1, "missing front matter")]),
    Case("only-a-fence", {A: "---\n"}, [(A, 1, "never closes")]),
    Case("front-matter-is-a-list", {A: md("- title\n- T")}, [(A, 2, "'key: value' lines")]),
    Case("python-tag", {A: md("title: !!python/object:os.system echo")},
         [(A, 2, "invalid YAML")]),
    Case("int-tag-on-text", {A: md("title: T\nauthor: !!int abc")}, [(A, 3, "cannot read 'abc'")]),
    Case("empty-int-tag", {A: md("title: T\nauthor: !!int")}, [(A, 3, "cannot read ''")]),
    Case("timestamp-tag-on-text", {A: md("title: T\npublished: !!timestamp soon")},
         [(A, 3, "as a date")]),
    Case("impossible-date", {A: md("title: T\npublished: 2017-13-45")}, [(A, 3, "as a date")]),
    Case("impossible-offset", {A: md("title: T\npublished: 2017-08-16T14:58:00+99:00")},
         [(A, 3, "as a date")]),
    Case("deep-nesting", {A: md("title: " + "[" * 3000 + "]" * 3000)},
         [(A, 2, "too deeply")]),
    Case("alias-bomb", {A: md("".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}' if i else 'x'] * 9)}]\n" for i in range(10))
        + "title: *a9")},
        [(A, 2 + i, "unknown field 'a") for i in range(10)] + [(A, 12, "should be text")]),
    Case("huge-front-matter", {A: md("".join(f"k{n}: v\n" for n in range(100_000)) + "title: T")},
         [(A, 1, "the front matter is 988,899 characters long")]),
    Case("tab-indent", {A: md("title: T\n\tauthor: X")}, [(A, 3, "invalid YAML")]),
    # --- fields of the wrong type or value --------------------------------------------------
    Case("date-as-number", {A: md("title: T\npublished: 20170816")},
         [(A, 3, "'published' should be a date")]),
    Case("date-as-text", {A: md("title: T\npublished: last Tuesday")},
         [(A, 3, "'published' is not a date")]),
    Case("title-as-list", {A: md("title: [a, b]")}, [(A, 2, "'title' should be text")]),
    Case("title-as-mapping", {A: md("title: {a: b}")}, [(A, 2, "'title' should be text")]),
    Case("title-as-number", {A: md("title: 1984")}, [(A, 2, 'put it in quotes: title: "1984"')]),
    Case("title-as-date", {A: md("publisher: P\ntitle: 2017-08-16")}, [(A, 3, "put it in quotes")]),
    Case("missing-title", {A: md("publisher: P")}, [(A, 2, "missing 'title'")]),
    Case("empty-title", {A: md("publisher: P\ntitle: '  '")}, [(A, 3, "'title' is empty")]),
    Case("null-title", {A: md("title:")}, [(A, 2, "'title' should be text")]),
    Case("duplicate-key", {A: md("title: T\npublisher: P\ntitle: U")},
         [(A, 4, "'title' appears twice")]),
    Case("unknown-field", {A: md("title: T\nauthr: X")}, [(A, 3, "unknown field 'authr'")]),
    Case("odd-keys", {A: md("title: T\n1: a\n~: c\n2017-08-16: d\n" + "k" * 99 + ": e")},
         [(A, 3, "unknown field '1'"), (A, 4, "unknown field 'None'"),
          (A, 5, "unknown field '2017-08-16'"), (A, 6, "unknown field '" + "k" * 59 + "…'")]),
    Case("web-line-separators", {A: md("title: 'A\u2028B\u2029C\x85D'\nauthr: X")},
         [(A, 3, "unknown field 'authr'")]),
    Case("terms-not-a-list", {A: md("title: T\nterms: detainer")},
         [(A, 3, "'terms' should be a list")]),
    Case("terms-nested", {A: md("title: T\nterms: [detainer, [x]]")},
         [(A, 3, "'terms' must be a list of glossary term ids")]),
    Case("unknown-term", {A: md("title: T\nterms: [no-such-term]")},
         [(A, 3, "unknown glossary term 'no-such-term'")]),
    Case("url-javascript", {A: md("title: T\nurl: javascript:alert(1)")},
         [(A, 3, "'url' must be an http")]),
    Case("url-data", {A: md("title: T\nurl: 'data:text/html,<script>alert(1)</script>'")},
         [(A, 3, "'url' must be an http")]),
    Case("url-with-quote", {A: md("title: T\nurl: 'https://x.org/\"onmouseover=alert(1)'")},
         [(A, 3, "'url' must be an http")]),
    # --- bodies ----------------------------------------------------------------------------
    Case("empty-body", {A: md("title: T", "")}, [(A, 4, "no body text")]),
    Case("blank-body", {A: md("title: T\npublisher: P", "\n \t\n\n")}, [(A, 5, "no body text")]),
    Case("five-megabytes", {A: md("title: Long", (SEED_BODY + "\n\n") * 2200)},
         [(A, 4, "too long to be one article")], not_analysed),
    Case("ten-thousand-paragraphs",
         {A: md("title: Long", "".join(f"Paragraph {n}.\n\n" for n in range(10_000)))},
         [(A, 4, f"10,000 paragraphs; the limits are {MAX_BODY_CHARS:,} and "
                 f"{MAX_PARAGRAPHS:,}")], not_analysed),
    Case("a-thousand-paragraphs",
         {A: md("title: T", "".join(f"Paragraph {n} on sanctuary policy.\n\n"
                                    for n in range(1000)))},
         check=paragraphs_kept(1000)),
    Case("not-utf8", {A: b"---\ntitle: T\n---\nline\ncaf\xe9 au lait\n"},
         [(A, 5, "not valid UTF-8 (byte 0xe9); save it as UTF-8")],
         body_is("line\ncaf\ufffd au lait\n")),
    Case("utf16", {A: "---\ntitle: T\n---\nBody.\n".encode("utf-16")},
         [(A, 1, "not valid UTF-8"), (A, 1, "missing front matter")]),
    Case("bom", {A: "\ufeff" + md("title: T", "Body.\n")}, check=body_is("Body.\n")),
    Case("crlf", {A: md("title: T", "One.\n\nTwo.\n").replace("\n", "\r\n")},
         check=body_is("One.\n\nTwo.\n")),
    Case("cr", {A: md("title: T", "One.\n\nTwo.\n").replace("\n", "\r")},
         check=body_is("One.\n\nTwo.\n")),
    Case("mixed-line-ends", {A: "---\r\ntitle: T\n---\rOne.\r\n\rTwo.\n"},
         check=body_is("One.\n\nTwo.\n")),
    Case("tabs-in-body", {A: md("title: T", "\tIndented\tand\ttabbed.\n")},
         check=body_is("\tIndented\tand\ttabbed.\n")),
    Case("nul-and-escape", {A: md("title: T", "A\x00B\x1b[31mC\x7f.\n")},
         check=body_is("A\ufffdB\ufffd[31mC\ufffd.\n")),
    Case("fence-with-spaces", {A: "---  \ntitle: T\n---\t\nBody.\n"}, check=body_is("Body.\n")),
    Case("four-dashes", {A: "----\ntitle: T\n----\nBody.\n"}, [(A, 1, "missing front matter")]),
    Case("body-line-after-long-header", {A: md("title: T\npublisher: P\nauthor: X", "\n\n")},
         [(A, 6, "no body text")]),
    # --- quotation marks -------------------------------------------------------------------
    Case("unbalanced-quotes", {A: md("title: T", "“Crime is down,” Eddie Johnson said. “And "
                                    "then.\n\nRahm Emanuel said “no.\n")},
         check=quotes_found("Crime is down")),
    Case("nested-quotes", {A: md("title: T", "“He told me ‘we will not cave’ on this,” Rahm "
                                 "Emanuel said.\n")},
         check=quotes_found("‘we will not cave’")),
    Case("quote-never-closes", {A: md("title: T", "Sessions said, “Respect for the law "
                                      "has broken down.\n\n" * 3)},
         check=statements_hold),
    Case("only-quotation-marks", {A: md("title: T", "“““”””\"\"'‘’«»„\n\n\"\n")},
         check=statements_hold),
    Case("straight-quotes-everywhere", {A: md("title: T", '"a" "b," he said, "c\n\n"' * 50)},
         check=statements_hold),
    Case("txt-file", {"corpus/articles/plain.txt": "\nHeadline here\n\n“A,” Al Bo said.\n"},
         check=lambda site: title_is("Headline here")(site, "plain")),
    Case("txt-not-utf8", {"corpus/articles/plain.txt": b"Head\xff\n\nBody.\n"},
         [("corpus/articles/plain.txt", 1, "not valid UTF-8")]),
    # --- glossary --------------------------------------------------------------------------
    Case("alias-metacharacter-soup",
         {A: md("title: T", "Regex .* and (a+)+$ or [x], a|b, \\d+ ^$ {2,} (?=x) +? \\ "
                            "but not aaaa, xx, ab, 12 or b.\n")},
         check=linked([(alias, "soup") for alias in (
             ".*", "(a+)+$", "[x]", "a|b", "\\d+", "^$", "{2,}", "(?=x)", "+?", "\\")]),
         glossary=SOUP, link_all=True),
    Case("alias-soup-first-use",
         {A: md("title: T", "Say aaaa, then (a+)+$, then .*\n")},
         check=linked([("(a+)+$", "soup")]), glossary=SOUP),
    Case("glossary-nesting", {A: md("title: T")},
         [("corpus/glossary.yml", 1, "too deeply")],
         glossary="terms: " + "[" * 3000 + "]" * 3000),
    Case("glossary-not-yaml", {A: md("title: T")}, [("corpus/glossary.yml", 2, "<stream end>")],
         glossary="terms: [\n"),
    Case("glossary-quote-never-closes", {A: md("title: T")},
         [("corpus/glossary.yml", 2, "end of stream")],
         glossary="terms:\n  - id: 'detainer\n    name: Detainer\n"),
    # --- paths and slugs --------------------------------------------------------------------
    Case("same-slug", {"corpus/articles/Story.md": md("title: One"),
                       "corpus/articles/story.txt": "Two\n\nText.\n"},
         [("corpus/articles/story.txt", 1,
           "slug 'story' is already used by corpus/articles/Story.md")],
         slugs({"story", "story-2"})),
    Case("look-alike-slug", {"corpus/articles/sessions.md": md("title: One"),
                             "corpus/articles/Ｓｅｓｓｉｏｎｓ.md": md("title: Two")},
         [("corpus/articles/Ｓｅｓｓｉｏｎｓ.md", 1,
           "already used by corpus/articles/sessions.md")],
         slugs({"sessions", "sessions-2"})),
    Case("dots-and-separators", {"corpus/articles/a..b\\c.md": md("title: T"),
                                 "corpus/articles/!!!.md": md("title: U")},
         check=slugs({"a-b-c", "article"})),
    Case("windows-reserved", {"corpus/articles/CON.md": md("title: T"),
                              "corpus/articles/nul.txt": "T\n\nText.\n",
                              "corpus/articles/com¹.md": md("title: U"),
                              "corpus/articles/index.md": md("title: V")},
         check=slugs({"con-article", "nul-article", "com1-article", "index-article"})),
    Case("hostile-file-name", {"corpus/articles/<img src=x onerror=alert(1)>.md": "oops\n"},
         [("corpus/articles/<img src=x onerror=alert(1)>.md", 1, "missing front matter")],
         slugs({"img-src-x-onerror-alert-1"})),
    Case("very-long-name", {f"corpus/articles/{'x' * 240}.md": md("title: T")},
         check=slugs({"x" * MAX_SLUG})),
    Case("hidden-files-are-not-articles", {"corpus/articles/._a.md": b"\x00\x05\x16\x07\xff",
                                           "corpus/articles/.a.md.swp": b"\xff",
                                           "corpus/articles/a.md": md("title: T")},
         check=slugs({"a"})),
    Case("link-outside-the-corpus", {A: Path("/etc/passwd"),
                                     "corpus/articles/b.md": md("title: T")},
         [(A, 1, "link to a file outside the corpus")], not_loaded),
    Case("link-inside-the-corpus", {"corpus/articles/b.md": md("title: T"),
                                    A: Path("b.md")}, check=slugs({"a", "b"})),
]

CASES_BY_ID = {case.id: case for case in CASES}


def write_case(case: Case, project: Path) -> Path:
    (project / "corpus/articles").mkdir(parents=True)
    (project / "corpus/glossary.yml").write_text(case.glossary, encoding="utf-8")
    (project / "corpus/people.yml").write_text(PEOPLE, encoding="utf-8")
    for name, content in case.files.items():
        path = project / name
        if isinstance(content, Path):
            os.symlink(content, path)
        else:
            path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return project / "corpus"


def test_the_table_is_big_and_its_ids_unique():
    assert len({c.id for c in CASES}) == len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_case(case: Case, tmp_path: Path):
    corpus = write_case(case, tmp_path)
    site = build_site(corpus, tmp_path, link_all_uses=case.link_all)
    found = [(p.path, p.line, p.message) for p in site.all_problems()]
    assert [(p, n) for p, n, _ in found] == sorted((p, n) for p, n, _ in case.problems), found
    for path, line, words in case.problems:
        assert any(words in m for p, n, m in found if (p, n) == (path, line)), (words, found)
    for problem in site.all_problems():
        assert problem.line >= 1 and problem.column >= 1
        assert "\n" not in str(problem)
    if case.check:
        case.check(site)
    for v in site.views:  # every page renders, and shows its problems
        html = render.article_page(v, "../../glossary/", {t.id: t for t in site.glossary.terms})
        for problem in v.problems:
            assert f"{problem.path}:{problem.line}:" in parse(html).text


# --- injection, at the page-model level (the browser test proves it in Chromium) ------------

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=window.__pwned=1>",
    "javascript:window.__pwned=1",
    "data:text/html,<script>window.__pwned=1</script>",
    "{{ 7*7 }} {% raw %}",
    "**bold** [x](javascript:alert(1)) <b>b</b>",
    "&amp; &lt;script&gt; &#106;",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_every_article_field_render_as_text(payload, tmp_path):
    quoted = payload.replace('"', '\\"')
    front = "\n".join(f'{key}: "{quoted}"' for key in ("title", "publisher", "author", "dateline"))
    body = (f"“{payload} is sanctuary policy,” said Sen. {payload} Smith.\n\n"
            f"Rahm Emanuel said {payload} is wrong about detainers.\n")
    site = build_site(write_case(Case("p", {A: md(front, body)}), tmp_path), tmp_path)
    html = render.article_page(view(site), "../../glossary/",
                               {t.id: t for t in site.glossary.terms})
    doc = parse(html)
    assert payload in doc.find("h1").text
    assert payload in doc.find("p", id="p-1").text
    for element in doc.iter():
        assert element.tag not in ("script", "img", "b", "iframe")
        assert not any(name.startswith("on") for name in element.attrs)
        for name in ("href", "src"):
            value = (element.attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:")), element.attrs
    if "{{" in payload:  # Jinja never evaluates corpus text
        assert "{{ 7*7 }} {% raw %}" in doc.find("p", id="p-2").text


# --- the whole build, on every broken case at once -------------------------------------------

BROKEN = {f"corpus/articles/{c.id}.md": c.files[A] for c in CASES
          if list(c.files) == [A] and c.problems and c.glossary is GLOSSARY}


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("broken"))
    for name, content in BROKEN.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (project / name).write_bytes(data)
    return project


def expected_problems() -> set[tuple[str, int]]:
    return {(f"corpus/articles/{c.id}.md", line) for c in CASES
            if f"corpus/articles/{c.id}.md" in BROKEN for _, line, _ in c.problems}


def test_strict_build_fails_on_broken_articles(broken_project, tmp_path):
    with pytest.raises(Abort):
        build_project(broken_project / "mkdocs.yml", tmp_path / "site")


def test_plain_build_publishes_every_article_and_shows_each_error(broken_project, tmp_path):
    site = build_project(broken_project / "mkdocs.yml", tmp_path / "site", strict=False)
    for seed in (ROOT / "corpus/articles").glob("*.md"):
        doc = parse((site / "articles" / seed.stem / "index.html").read_text("utf-8"))
        assert doc.find_all("figure", data_role="claim"), seed.stem
    index = (site / "articles/index.html").read_text("utf-8")
    for path, line in expected_problems():
        slug = Path(path).stem
        page = (site / "articles" / slug / "index.html").read_text("utf-8")
        assert f"{path}:{line}:" in parse(page).text, (slug, line)
        assert f'data-article="{slug}"' in index


def test_check_lists_every_problem(broken_project, monkeypatch):
    monkeypatch.chdir(broken_project)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = cli(["check", "corpus"])
    assert status == 1
    listed = {(line.split(":")[0], int(line.split(":")[1])) for line in out.getvalue().splitlines()}
    assert listed == expected_problems()
    assert f"{len(BROKEN) + 2} articles checked" in err.getvalue()


def test_paragraph_split_is_shared_not_repeated():
    body = "One.\n\nTwo.\n"
    assert split_paragraphs(body) == split_paragraphs(body)
    assert split_paragraphs(body) is not split_paragraphs(body)  # callers get their own list


# --- mkdocs serve: broken files appear while the preview runs; everything else keeps serving --

def test_serve_shows_each_broken_file_on_its_page_and_keeps_the_rest(tmp_path):
    from test_serve import fetch, free_port, wait_for

    copy_project(tmp_path)
    port = free_port()
    mkdocs = Path(sys.executable).with_name("mkdocs")
    process = subprocess.Popen([str(mkdocs), "serve", "--dev-addr", f"127.0.0.1:{port}"],
                               cwd=tmp_path, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(base + "articles/", "dnainfo-2017-08-16")
        broken = {"not-utf8": (CASES_BY_ID["not-utf8"], 5),
                  "never-closes": (CASES_BY_ID["never-closes"], 1),
                  "ten-thousand-paragraphs": (CASES_BY_ID["ten-thousand-paragraphs"], 4)}
        for slug, (case, _) in broken.items():
            data = case.files[A]
            (tmp_path / f"corpus/articles/{slug}.md").write_bytes(
                data.encode("utf-8") if isinstance(data, str) else data)
        for slug, (_, line) in broken.items():
            wait_for(base + f"articles/{slug}/", f"corpus/articles/{slug}.md:{line}:")
        for seed in (ROOT / "corpus/articles").glob("*.md"):
            page = fetch(base + f"articles/{seed.stem}/")
            assert page is not None and 'data-role="claim"' in page
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_extract_refuses_what_the_build_refuses(tmp_path, capsys):
    """`explainer extract` on a 10,000-paragraph file says why and moves on, instead of
    analysing for minutes; the other files are extracted as usual."""
    big = tmp_path / "big.txt"
    big.write_text("".join(f"“Line {n},” Al Bo said.\n\n" for n in range(10_000)), "utf-8")
    small = tmp_path / "small.txt"
    small.write_text("“It works,” Al Bo said.\n", encoding="utf-8")
    assert cli(["extract", "--json", str(big), str(small)]) == 1
    out, err = capsys.readouterr()
    assert f"{big}: not analysed" in err
    assert str(small) in out and str(big) not in out


# --- Markdown in glossary definitions that would make Python-Markdown crawl -------------------

@pytest.mark.parametrize("soup", [
    "[" * 20_000, "[" * 10_000 + "]" * 10_000, "![" * 10_000, "[a](" * 5_000,
    "[(" * 10_000 + ")]" * 10_000,
], ids=["unclosed", "nested", "images", "unclosed-links", "nested-mixed"])
def test_bracket_soup_in_a_definition_renders_as_text(soup):
    from explainer.render.safe_markdown import render as markdown

    html = markdown(f"Before {soup} after.")  # took a minute before the fix: bench/linearity.py
    assert parse(str(html)).text == f"Before {soup} after."


def test_links_still_work_around_stray_brackets():
    from explainer.render.safe_markdown import render as markdown

    doc = parse(str(markdown("[a (see [x](https://e.org/(b)) [[[[[[deep]]]]]] \\[ [c")))
    assert [a.attrs["href"] for a in doc.find_all("a")] == ["https://e.org/(b)"]
    assert doc.text == "[a (see x [[[[[[deep]]]]]] [ [c"
