"""`explainer extract --json`: the contract used by benchmarks and independent evaluation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from explainer.cli import main
from explainer.corpus.articles import load_article

from projects import ROOT, copy_project

ARTICLES = sorted((ROOT / "corpus/articles").glob("*.md"))
SEEDS = sorted((ROOT / "tests/fixtures/seeds").glob("*.txt"))  # the seeds as received


def run_json(capsys, *args) -> dict:
    assert main(["extract", "--json", *map(str, args)]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_contract_on_the_corpus(capsys):
    data = run_json(capsys, *ARTICLES)
    assert [a["path"] for a in data["articles"]] == [str(p) for p in ARTICLES]
    for path, article in zip(ARTICLES, data["articles"], strict=True):
        body = load_article(path).article.body
        ids = [s["id"] for s in article["statements"]]
        assert ids == [f"s{n}" for n in range(1, len(ids) + 1)]
        for s in article["statements"]:
            assert body[s["start"]:s["end"]] == s["text"]
            assert s["kind"] in {"direct", "partial", "indirect"}
            assert s["speaker"] and s["speaker"].lower() not in {"he", "she", "they", "it"}
            assert isinstance(s["paragraph"], int) and s["paragraph"] >= 1
            assert s["side"]
        for exchange in article["exchanges"]:
            assert exchange["claim"] in ids
            assert set(exchange["rebuttals"]) <= set(ids)
            # a label only for an answered claim (from what claim and answers share)
            assert not exchange["topic"] or exchange["rebuttals"]
            assert [k["rebuttal"] for k in exchange["links"]] == exchange["rebuttals"]
            assert all(0 <= k["strength"] <= 1 and k["why"] for k in exchange["links"])
        assert any(e["rebuttals"] and e["topic"] for e in article["exchanges"])
        for lead in article["suggestions"]:
            assert {lead["claim"], lead["rebuttal"]} <= set(ids)
            assert lead["rebuttal"] not in {r for e in article["exchanges"]
                                            for r in e["rebuttals"]}


def test_txt_offsets_index_the_whole_file(capsys):
    data = run_json(capsys, *SEEDS)
    for path, article in zip(SEEDS, data["articles"], strict=True):
        text = Path(path).read_text(encoding="utf-8")
        assert article["statements"]
        for s in article["statements"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_broken_front_matter_is_reported_and_still_extracted(tmp_path, capsys):
    path = tmp_path / "x.md"
    path.write_text('no front matter. "We will win," Mayor Jane Roe said.\n')
    assert main(["extract", "--json", str(path)]) == 0
    captured = capsys.readouterr()
    assert "missing front matter" in captured.err
    assert json.loads(captured.out)["articles"][0]["statements"]


def test_missing_file_fails_with_a_message(tmp_path, capsys):
    assert main(["extract", "--json", str(tmp_path / "nope.md")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_console_script_and_module_entry_points():
    exe = Path(sys.executable).with_name("explainer")
    for command in ([str(exe)], [sys.executable, "-m", "explainer"]):
        result = subprocess.run([*command, "extract", str(ARTICLES[0])], capture_output=True,
                                text=True, check=True)
        assert "Jeff Sessions" in result.stdout


def test_check_passes_on_the_real_corpus(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "2 articles checked: no problems" in captured.err


def test_check_lists_every_problem_with_file_and_line(tmp_path, capsys, monkeypatch):
    articles = tmp_path / "corpus/articles"
    articles.mkdir(parents=True)
    (articles / "a.md").write_text("---\ntitle: A\npublished: soon\n---\nText.\n")
    (articles / "b.md").write_text("---\ntitle: B\nterms: [nope]\n---\nText.\n")
    (articles / "B.txt").write_text("B again\n\nText.\n")
    (tmp_path / "corpus/glossary.yml").write_text("terms: []\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "corpus/articles/a.md:3:1: 'published' is not a date: 'soon' " \
           "(write 2017-08-16 or 2017-08-16T14:58:00-05:00)" in lines
    assert any(line.startswith("corpus/articles/b.md:3:1: unknown glossary term 'nope'")
               for line in lines)
    assert any(line.startswith("corpus/articles/b.md:1:1: slug 'b' is already used by "
                               "corpus/articles/B.txt") for line in lines)


def test_review_command_writes_then_refuses_to_clobber(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    (corpus / "articles").mkdir(parents=True)
    article = corpus / "articles" / "story.md"
    article.write_text('---\ntitle: T\n---\n"We will win," Mayor Jane Roe said.\n\n'
                       "Gov. Sam Poe said the plan would fail.\n")
    assert main(["review", str(article)]) == 0
    target = corpus / "reviews" / "story.yml"
    text = target.read_text()
    assert text.count("- quote:") == 2 and "Jane Roe" in text
    target.write_text("statements: [\n")
    assert main(["review", str(article)]) == 1
    assert target.read_text() == "statements: [\n"
    assert "not touching" in capsys.readouterr().err


HTML_PAGE = """<html><head><title>Site | Council rejects fare hike</title>
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2024-03-05T09:30:00-06:00">
<link rel="canonical" href="https://example.org/fares"></head>
<body><nav><p>Home | News</p></nav><article><h1>Council rejects fare hike</h1>
<p>SPRINGFIELD — The council on Monday rejected a fare hike, Mayor Jane Roe said.</p>
<p>Advertisement</p><p>“Riders cannot pay more,” Roe said.</p></article>
<footer><p>© 2024 Daily Example</p></footer></body></html>"""


def test_new_imports_a_saved_web_page(tmp_path, capsys):
    page = tmp_path / "saved.html"
    page.write_text(HTML_PAGE)
    corpus = tmp_path / "corpus"
    assert main(["new", str(page), "--corpus", str(corpus)]) == 0
    article = corpus / "articles" / "council-rejects-fare-hike.md"
    source = load_article(article)
    assert source.problems == []
    a = source.article
    assert (a.title, a.publisher, a.author, a.dateline, a.url) == (
        "Council rejects fare hike", "Daily Example", "Ana Ruiz", "SPRINGFIELD",
        "https://example.org/fares")
    assert a.published.isoformat() == "2024-03-05T09:30:00-06:00"
    assert a.body.startswith("The council on Monday")
    assert "Advertisement" not in a.body and "Home" not in a.body and "©" not in a.body
    assert main(["new", str(page), "--corpus", str(corpus)]) == 1  # never overwrites
    assert "already exists" in capsys.readouterr().err


def test_new_imports_a_plain_text_copy_like_the_seed_corpus(tmp_path):
    seed = SEEDS[0]
    assert seed.name.startswith("dnainfo")
    corpus = tmp_path / "corpus"
    assert main(["new", str(seed), "--corpus", str(corpus), "--slug", "dnainfo"]) == 0
    imported = load_article(corpus / "articles/dnainfo.md").article
    ours = load_article(ROOT / "corpus/articles/dnainfo-2017-08-16-sessions-call-your-mayor.md")
    assert imported.body == ours.article.body
    assert (imported.title, imported.author, imported.dateline) == (
        ours.article.title, "Tanveer Ali", "CHICAGO")
    assert imported.published.replace(tzinfo=None) == ours.article.published.replace(tzinfo=None)


def test_a_text_outside_a_corpus_gets_no_declared_sides(tmp_path, capsys, monkeypatch):
    """Run from the project (whose corpus/people.yml declares Donald Trump on the seeds'
    ``federal`` side), a text elsewhere must get sides from its own words only."""
    text = tmp_path / "story.txt"
    text.write_text('Donald Trump said the wall will be built.\n\nMayor Ana Ruiz said the '
                    'wall will never be built.\n', encoding="utf-8")
    monkeypatch.chdir(ROOT)
    assert main(["extract", "--json", str(text)]) == 0
    statements = json.loads(capsys.readouterr().out)["articles"][0]["statements"]
    assert statements and all(s["side"] != "federal" for s in statements)


def test_extract_applies_the_articles_review_file_unless_raw(capsys):
    """The CLI shows the statements the page shows: the editor dropped "a lawsuit filed by
    the city of Chicago Wednesday" in corpus/reviews/; ``--raw`` gives the engine alone."""
    dnainfo = ROOT / "corpus/articles/dnainfo-2017-08-16-sessions-call-your-mayor.md"
    dropped = "a lawsuit filed by the city of Chicago Wednesday"
    (reviewed,) = run_json(capsys, dnainfo)["articles"]
    assert reviewed["review"].endswith(f"corpus/reviews/{dnainfo.stem}.yml")
    assert dropped not in [s["text"] for s in reviewed["statements"]]
    (raw,) = run_json(capsys, "--raw", dnainfo)["articles"]
    assert raw["review"] is None
    assert dropped in [s["text"] for s in raw["statements"]]
    (text,) = run_json(capsys, SEEDS[0])["articles"]
    assert text["review"] is None


def test_check_warns_while_the_site_has_no_real_address(tmp_path, capsys, monkeypatch):
    """A deploy build without site_url publishes no canonical links: ``check`` says so (a
    warning: the corpus itself is fine, so the exit status stays 0)."""
    copy_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SITE_URL")
    assert main(["check", "corpus"]) == 0
    assert "placeholder https://explainer.example.org/" in capsys.readouterr().err
    monkeypatch.setenv("SITE_URL", "https://news.site.test/explainer/")
    assert main(["check", "corpus"]) == 0
    assert "site_url" not in capsys.readouterr().err
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    assert main(["check", "corpus"]) == 0
    assert "sets no site_url" in capsys.readouterr().err
