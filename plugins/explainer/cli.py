"""Command line for editors and tools: extract, check, review, new.

``explainer extract --json`` is a contract (SPEC "Extraction contract") used by benchmarks
and by independent evaluation: offsets index the article body, ``body[start:end]`` is the
content. For a corpus article it applies the editor's review file, as the build does, so the
CLI and the page show the same statements (``--raw``: the engine alone); each article says
which review was applied. The other commands never change an existing corpus file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .corpus.articles import (
    MAX_BODY_CHARS,
    MAX_PARAGRAPHS,
    decode_text,
    load_article,
    oversized,
    slugify,
)
from .corpus.importer import from_html, from_text
from .corpus.people import People, load_people
from .corpus.review_file import write_review
from .corpus.reviews import load_review
from .engine.model import Link
from .site.analysis import analyse
from .site.build import build_site, review_paths

_STATEMENT_FIELDS = ("id", "speaker", "mention", "kind", "cue", "start", "end", "text",
                     "paragraph", "side", "role")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="explainer", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="find statements, speakers and exchanges")
    extract.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                         help="corpus article (.md) or plain text (.txt)")
    extract.add_argument("--json", action="store_true", help="print the JSON contract")
    extract.add_argument("--people", type=Path, default=None,
                         help="people.yml for declared sides (default: the article's corpus)")
    extract.add_argument("--raw", action="store_true",
                         help="the engine alone: ignore the article's review file")
    check = commands.add_parser("check", help="validate the whole corpus, as the build does")
    check.add_argument("corpus", nargs="?", type=Path, default=Path("corpus"),
                       help="corpus folder (default: ./corpus)")
    review = commands.add_parser("review", help="start (or extend) an article's review file")
    review.add_argument("article", type=Path, help="corpus/articles/<slug>.md")
    new = commands.add_parser("new", help="make a corpus article from a .txt or .html file")
    new.add_argument("source", type=Path, help="a saved web page or plain-text copy")
    new.add_argument("--corpus", type=Path, default=Path("corpus"))
    new.add_argument("--slug", help="file name for the article (default: from the title)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return _check(args.corpus)
    if args.command == "review":
        return _review(args.article)
    if args.command == "new":
        return _new(args.source, args.corpus, args.slug)
    return _extract(args.paths, args.json, args.people, args.raw)


def _review(article_path: Path) -> int:
    source = load_article(article_path)
    for problem in source.problems:
        print(problem, file=sys.stderr)
    if source.article is None:
        return 1
    corpus = article_path.resolve().parent.parent
    people_file = corpus / "people.yml"
    people = load_people(people_file) if people_file.exists() else None
    statements = analyse(source.article.body, people).statements
    target = corpus / "reviews" / f"{source.slug}.yml"
    outcome = write_review(target, str(article_path), statements)
    print(outcome.message, file=sys.stderr)
    if not outcome.ok and outcome.entries:
        print(outcome.entries, end="")
    return 0 if outcome.ok else 1


def _new(source: Path, corpus: Path, slug: str | None) -> int:
    try:
        text, problems = decode_text(source.read_bytes(), str(source))
    except OSError as err:
        print(f"{source}: cannot read: {err}", file=sys.stderr)
        return 1
    for problem in problems:
        print(problem, file=sys.stderr)
    draft = from_html(text) if source.suffix.lower() in (".html", ".htm") else from_text(text)
    if not draft.fields.get("title") or not draft.paragraphs:
        print(f"{source}: found no title and body text to import", file=sys.stderr)
        return 1
    target = corpus / "articles" / f"{slugify(slug or draft.fields['title'])}.md"
    if target.exists():
        print(f"{target} already exists: choose another name with --slug", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(draft.markdown(), encoding="utf-8")
    for line in draft.dropped:
        print(f"dropped: {line}", file=sys.stderr)
    missing = [f for f in ("publisher", "author", "published") if f not in draft.fields]
    hint = f"; add {', '.join(missing)} to its front matter" if missing else ""
    print(f"wrote {target}{hint}", file=sys.stderr)
    return 0


def _check(corpus: Path) -> int:
    """Print every problem as ``path:line:col: message``; exit 1 when there is any."""
    if not corpus.is_dir():
        print(f"{corpus}: no such corpus folder", file=sys.stderr)
        return 1
    site = build_site(corpus, Path.cwd())
    problems = site.all_problems()
    for problem in problems:
        print(problem)
    files = len({p.path for p in problems})
    summary = (f"{len(problems)} problem{'s' * (len(problems) != 1)} in {files} "
               f"file{'s' * (files != 1)}" if problems else "no problems")
    print(f"{len(site.views)} articles checked: {summary}", file=sys.stderr)
    warning = _site_url_warning(corpus.resolve().parent / "mkdocs.yml")
    if warning:
        print(warning, file=sys.stderr)
    return 1 if problems else 0


PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "example")


def _site_url_warning(config_file: Path) -> str | None:
    """A warning when the site would be published without its address (no canonical links,
    no absolute og:url, relative feed and sitemap addresses): ``site_url`` unset, or the
    project's placeholder because ``SITE_URL`` was not set for a deploy build."""
    if not config_file.is_file():
        return None
    loader = type("Loader", (yaml.SafeLoader,), {})
    loader.add_constructor("!ENV", _env_tag)
    loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=loader) or {}
    except (OSError, yaml.YAMLError):
        return None  # MkDocs reports a broken mkdocs.yml itself
    url = str(config.get("site_url") or "") if isinstance(config, dict) else ""
    host = urlsplit(url).hostname or ""
    if not url:
        return (f"warning: {config_file.name} sets no site_url: a deploy build needs one "
                "(SITE_URL=https://… make site) for canonical links, the feed and the sitemap")
    if host.endswith(PLACEHOLDER_HOSTS):
        return (f"warning: site_url is the placeholder {url}: set SITE_URL to the site's "
                "address for a deploy build (canonical links, og:url, the feed, the sitemap)")
    return None


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node):
    """MkDocs's ``!ENV [NAME, default]``: the variable's value, else the default."""
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [
        loader.construct_scalar(node)]
    *variables, default = names if len(names) > 1 else (*names, None)
    return next((os.environ[v] for v in variables if v in os.environ), default)


def _extract(paths: list[Path], as_json: bool, people_path: Path | None, raw: bool) -> int:
    articles, failed = [], False
    for path in paths:
        body, problems, slug = _body(path)
        for problem in problems:
            print(problem, file=sys.stderr)
        if body is not None and oversized(body):  # as in the build: not one article
            print(f"{path}: not analysed: more than {MAX_BODY_CHARS:,} characters or "
                  f"{MAX_PARAGRAPHS:,} paragraphs", file=sys.stderr)
            body = None
        if body is None:
            failed = True
            continue
        review_path = None if raw else _review_file(path, slug)
        review = load_review(review_path) if review_path else None
        extraction = analyse(body, _people(path, people_path), review)
        for problem in extraction.problems:
            print(problem, file=sys.stderr)
        articles.append({
            "path": str(path),
            "review": str(review_path) if review_path else None,
            "statements": [_statement_json(s) for s in extraction.statements],
            "exchanges": [{"claim": e.claim, "rebuttals": list(e.rebuttals), "topic": e.topic,
                           "why": e.why, "links": [_link_json(k) for k in e.links]}
                          for e in extraction.exchanges],
            "suggestions": [_link_json(k) for k in extraction.suggestions],
        })
    if as_json:
        json.dump({"articles": articles}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        _print_text(articles)
    return 1 if failed else 0


def _body(path: Path) -> tuple[str | None, list, str | None]:
    """The text offsets refer to (the body of a corpus article, or a whole ``.txt`` file),
    its problems, and the article's slug when it is one.

    A ``.md`` file whose front matter is broken is still analysed as plain text, with its
    problems printed, so one bad header does not hide the extraction.
    """
    source = load_article(path)
    if source.article is not None:
        return source.article.body, source.problems, source.slug
    try:
        text, _ = decode_text(path.read_bytes(), str(path))
    except OSError:
        return None, source.problems, None
    return text, source.problems, None


def _review_file(path: Path, slug: str | None) -> Path | None:
    """``corpus/reviews/<slug>.yml`` of a corpus article (``corpus/articles/<slug>.md``)."""
    folder = path.resolve().parent
    if slug is None or folder.name != "articles":
        return None
    found = review_paths(folder.parent).get(slug)
    return path.parent.parent / "reviews" / found.name if found else None


def _people(path: Path, people_path: Path | None) -> People | None:
    """The people.yml of the article's own corpus (``corpus/articles/x.md`` →
    ``corpus/people.yml``), or the one given with ``--people``. A text from anywhere else
    gets none: one story's declared camps (the seeds' ``federal``) must not turn up as the
    sides of speakers in an unrelated article."""
    if people_path is not None:
        return load_people(people_path)
    folder = path.resolve().parent
    candidate = folder.parent / "people.yml"
    return load_people(candidate) if folder.name == "articles" and candidate.exists() else None


def _link_json(link: Link) -> dict:
    """One link's evidence: the pairing model's probability and the reasons, in words."""
    return {"claim": link.claim, "rebuttal": link.answer, "strength": link.strength,
            "why": link.why}


def _statement_json(statement) -> dict:
    data = asdict(statement)
    return {key: data[key] for key in _STATEMENT_FIELDS}


def _print_text(articles: list[dict]) -> None:
    for article in articles:
        print(article["path"])
        for s in article["statements"]:
            print(f"  {s['id']:>4} [{s['kind']}] {s['speaker']} ({s['cue']}): {s['text']}")
        for e in article["exchanges"]:
            answers = ", ".join(e["rebuttals"]) or "no response"
            print(f"  exchange: {e['claim']} -> {answers}  [{e['topic']}]")
        for k in article["suggestions"]:
            print(f"  suggestion: {k['claim']} -> {k['rebuttal']} (p={k['strength']:.2f})")


if __name__ == "__main__":
    sys.exit(main())
