"""Loading corpus articles: front matter, body offsets, and clear problems for bad files."""

import datetime as dt
from pathlib import Path

import pytest

from explainer.corpus.articles import MAX_PARAGRAPHS, load_article, oversized, slugify
from explainer.engine.paragraphs import split_paragraphs

from projects import ROOT

SEEDS = sorted((ROOT / "corpus" / "articles").glob("*.md"))


def write(tmp_path: Path, text: str | bytes, name: str = "story.md") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def messages(source) -> list[str]:
    return [f"{p.line}:{p.message}" for p in source.problems]


def test_seed_articles_load_cleanly():
    assert len(SEEDS) == 2
    for path in SEEDS:
        source = load_article(path)
        assert source.problems == []
        article = source.article
        assert article.title and article.publisher and article.author and article.published
        assert article.body.strip()


def test_dnainfo_front_matter_and_boilerplate():
    source = load_article(ROOT / "corpus/articles/dnainfo-2017-08-16-sessions-call-your-mayor.md")
    article = source.article
    assert article.author == "Tanveer Ali"
    assert article.dateline == "CHICAGO"
    assert article.published == dt.datetime(2017, 8, 16, 14, 58,
                                            tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    for boilerplate in ("DNAinfo archives", "Read the press release", "By Tanveer Ali"):
        assert boilerplate not in article.body
    assert article.body.startswith("U.S. Attorney General Jeff Sessions slammed")


def test_body_offsets_follow_the_front_matter(tmp_path):
    path = write(tmp_path, "---\ntitle: T\n---\nFirst line.\n\nSecond.\n")
    article = load_article(path).article
    assert article.body == "First line.\n\nSecond.\n"
    assert article.body_line == 4


def test_txt_title_is_first_line_and_body_is_whole_file(tmp_path):
    text = "\nHeadline here\n\nBody text.\n"
    article = load_article(write(tmp_path, text, "plain.txt")).article
    assert article.title == "Headline here"
    assert article.body == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no front matter\n", "1:missing front matter"),
        ("---\ntitle: T\nbody without closing\n", "1:the front matter never closes"),
        ("---\ntitle: [unclosed\n---\nbody\n", "2:invalid YAML"),
        ("---\ntitle: T\nauthor: a: b\n---\nbody\n", "3:invalid YAML"),
        ("---\npublisher: X\n---\nbody\n", "2:missing 'title'"),
        ("---\ntitle: T\npublished: 20170816\n---\nbody\n", "3:'published' should be a date"),
        ("---\ntitle: T\npublished: yesterday\n---\nbody\n", "3:'published' is not a date"),
        ("---\ntitle: [a, b]\n---\nbody\n", "2:'title' should be text"),
        ("---\ntitle: T\nurl: javascript:alert(1)\n---\nbody\n", "3:'url' must be an http"),
        ("---\ntitle: T\nauthr: X\n---\nbody\n", "3:unknown field 'authr'"),
        ("---\ntitle: T\nterms: detainer\n---\nbody\n", "3:'terms' should be a list"),
        ("---\ntitle: T\n---\n\n", "4:the article has no body text"),
    ],
)
def test_bad_front_matter_is_reported_with_its_line(tmp_path, text, expected):
    source = load_article(write(tmp_path, text))
    assert any(m.startswith(expected) for m in messages(source)), messages(source)
    assert all(p.path.endswith("story.md") for p in source.problems)


def test_non_utf8_bytes_are_reported_and_replaced(tmp_path):
    source = load_article(write(tmp_path, b"---\ntitle: T\n---\nline\ncaf\xe9\n"))
    assert messages(source)[0].startswith("5:the file is not valid UTF-8")
    assert source.article.body == "line\ncaf\ufffd\n"


def test_bom_crlf_and_nul_are_normalised(tmp_path):
    raw = "\ufeff---\r\ntitle: T\r\n---\r\nA\x00B\r\rC\r\n".encode()
    source = load_article(write(tmp_path, raw))
    assert source.problems == []
    assert source.article.body == "A\ufffdB\n\nC\n"


@pytest.mark.parametrize(
    ("stem", "slug"),
    [("../../etc/passwd", "etc-passwd"), ("CON", "con-article"), ("index", "index-article"),
     ("Ｓｅｓｓｉｏｎｓ", "sessions"), ("a/b\\c", "a-b-c"), ("...", "article"),
     ("Déjà vu", "deja-vu")],
)
def test_slugs_cannot_escape_their_folder(stem, slug):
    assert slugify(stem) == slug


@pytest.mark.parametrize("separator", ["\n", "\n\n", "\n \n"])
@pytest.mark.parametrize("extra", [-1, 0, 1])
def test_too_many_paragraphs_is_counted_as_the_split_counts_them(separator, extra):
    """``oversized`` skips the split for texts of too few lines to hold too many paragraphs;
    at the limit, either side of it, it agrees with the split."""
    body = separator.join(f"Line {n}." for n in range(MAX_PARAGRAPHS + extra))
    assert oversized(body) == (len(split_paragraphs(body)) > MAX_PARAGRAPHS) == (extra > 0)
