"""Open data: every statement and every article as JSON and CSV, the glossary as JSON, and
their JSON Schemas (the format's version 2: see docs/data.md).

What the statements of one article share is in its article's row, once; the JSON files of
statements and articles are tables, their field names given once. Ids are stable (see
``people_pages.statement_id``): adding or editing one article never changes the id of a
statement in another. Rows are sorted by article slug, then position, so an export diffs
cleanly between builds. Corpus text is data here, never markup; in the CSV a cell that a
spreadsheet would run as a formula gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, TextIO

from ..corpus.glossary import Glossary
from .pages import ArticleView
from .people_pages import Appearance, Corpus, page_url

VERSION = 2
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_ID = r"^[a-z0-9]+(-[a-z0-9]+)*:[0-9a-f]{10}(-[0-9]+)?$"
_NULLABLE_TEXT = {"type": ["string", "null"]}
_IDS = {"type": "array", "items": {"type": "string", "pattern": _ID}}

# One article: what every statement of it shares, written once. Order = CSV column order.
ARTICLE_FIELDS: dict[str, tuple[dict, str]] = {
    "slug": ({"type": "string", "pattern": _SLUG},
             "Slug of the article: statements refer to it by their 'article'."),
    "title": ({"type": "string"}, "Title of the article."),
    "publisher": (_NULLABLE_TEXT, "Publisher of the article."),
    "author": (_NULLABLE_TEXT, "Author of the article."),
    "published": ({"type": ["string", "null"],
                   "pattern": r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)?)?$"},
                  "Publication date (ISO 8601), as the article gives it."),
    "source_url": ({"type": ["string", "null"], "pattern": "^https?://"},
                   "The original article on the publisher's site."),
    "page_url": ({"type": "string"}, "The article's page on this site."),
}
ARTICLE_COLUMNS = tuple(ARTICLE_FIELDS)

# One statement as one article reports it. Order = CSV column order.
STATEMENT_FIELDS: dict[str, tuple[dict, str]] = {
    "id": ({"type": "string", "pattern": _ID},
           "Stable id: '<article slug>:<10 hex digits of a hash of speaker and text>'."),
    "entry": ({"type": "string", "pattern": _ID},
              "Id shared by every report of the same statement (the smallest of their ids)."),
    "article": ({"type": "string", "pattern": _SLUG},
                "Slug of the article: its record in articles.json, its page articles/<slug>/."),
    "local_id": ({"type": "string"}, "The statement's id within its article page (s1, s2, ...)."),
    "anchor": ({"type": "string"},
               "Fragment of the statement on its article page (the page's URL + '#' + anchor)."),
    "speaker": ({"type": "string", "minLength": 1}, "Canonical speaker: a person or a group."),
    "person_page": ({"type": "string"}, "URL of the speaker's page."),
    "mention": ({"type": "string"}, "The words of the article that name the speaker."),
    "role": (_NULLABLE_TEXT, "The speaker's role or title, if known."),
    "side": (_NULLABLE_TEXT, "Side id (e.g. 'federal'), or null if none was found."),
    "side_label": ({"type": "string"}, "The side as a reader sees it."),
    "side_inferred": ({"type": "boolean"}, "True when the side was inferred from the text."),
    "kind": ({"enum": ["direct", "partial", "indirect"]},
             "Direct quote, partial quote or paraphrase (indirect)."),
    "cue": ({"type": "string"}, "The speech verb or cue, e.g. 'said'."),
    "text": ({"type": "string"}, "The statement's words: body[start:end] of the article."),
    "paragraph": ({"type": "integer", "minimum": 1}, "1-based paragraph of the article."),
    "start": ({"type": "integer", "minimum": 0}, "Start offset in the article body."),
    "end": ({"type": "integer", "minimum": 0}, "End offset in the article body."),
    "topic": ({"type": "string"}, "Topic of its exchange, or of the statement itself."),
    "exchange_role": ({"enum": ["claim", "rebuttal", "context"]},
                      "Claim, rebuttal, or context (in no exchange)."),
    "answers": (_IDS, "Ids of the claims this statement answers (CSV: space-separated)."),
    "answered_by": (_IDS, "Ids of the statements that answer it (CSV: space-separated)."),
}
CSV_COLUMNS = tuple(STATEMENT_FIELDS)


def _document_schema(name: str, title: str, item: dict, description: str) -> dict:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{name}.schema.json",
        "title": title,
        "description": description,
        "type": "object",
        "required": ["version", name],
        "additionalProperties": False,
        "properties": {
            "version": {"const": VERSION},
            name: {"type": "array", "items": item},
        },
    }


def _table_schema(name: str, title: str, fields: dict[str, tuple[dict, str]],
                  description: str) -> dict:
    """A table: ``fields`` names the columns once, each record is a row of their values in
    that order (the names repeated in every record were a third of statements.json)."""
    row = {
        "type": "array",
        "minItems": len(fields),
        "prefixItems": [{**schema, "description": f"{key}: {text}"}
                        for key, (schema, text) in fields.items()],
        "items": False,
    }
    schema = _document_schema(name, title, row, description)
    schema["required"].insert(1, "fields")
    schema["properties"] = {"version": schema["properties"]["version"],
                            "fields": {"const": list(fields)}, name: schema["properties"][name]}
    return schema


def statements_schema() -> dict:
    return _table_schema(
        "statements", "explainer statements", STATEMENT_FIELDS,
        "Every statement found in the corpus, one per report, as a row of the values of "
        "'fields'. Reports of the same statement in different articles share 'entry'; each "
        "refers to its article in articles.json by 'article'. Relative URLs are relative to "
        "the site root.")


def articles_schema() -> dict:
    return _table_schema(
        "articles", "explainer articles", ARTICLE_FIELDS,
        "Every article of the corpus, by slug, as a row of the values of 'fields': what its "
        "statements in statements.json share. Relative URLs are relative to the site root.")


def glossary_schema() -> dict:
    texts = {"type": "array", "items": {"type": "string"}}
    item = {
        "type": "object",
        "required": ["id", "name", "aliases", "short", "definition", "sources", "related",
                     "contested", "used_in"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "minLength": 1},
            "name": {"type": "string", "minLength": 1},
            "aliases": texts,
            "short": {"type": "string", "description": "One-sentence definition."},
            "definition": {"type": "string", "description": "Full definition (Markdown)."},
            "sources": {"type": "array", "items": {
                "type": "object", "required": ["title", "url"], "additionalProperties": False,
                "properties": {"title": {"type": "string"}, "url": {"type": "string"}}}},
            "related": texts,
            "contested": {"type": "array", "items": {
                "type": "object", "required": ["side", "framing"], "additionalProperties": False,
                "properties": {"side": {"type": "string"}, "framing": {"type": "string"}}}},
            "used_in": {**texts, "description": "Slugs of the articles that use the term."},
        },
    }
    return _document_schema("terms", "explainer glossary", item,
                            "The glossary terms, their definitions, sources and uses.")


def statement_records(corpus: Corpus, person_url: Callable[[str], str] | None = None
                      ) -> Iterator[dict]:
    """Every record, one at a time, by article slug, then by position in the article."""
    for slug in sorted(corpus.by_article):
        yield from article_records(corpus, slug, person_url)


def article_records(corpus: Corpus, slug: str, person_url: Callable[[str], str] | None = None
                    ) -> list[dict]:
    """One article's records, by position (see ``write_statements``)."""
    person_url = person_url or (lambda name: page_url(corpus.person_uri[name]))
    mine = sorted(corpus.by_article.get(slug, ()), key=lambda a: (a.statement.start, a.id))
    return [_record(a, corpus, person_url) for a in mine]


def _record(a: Appearance, corpus: Corpus, person_url) -> dict:
    s = a.statement
    return {
        "id": a.id,
        "entry": corpus.entry_of[a.id].id,
        "article": a.article.slug,
        "local_id": s.id,
        "anchor": a.anchor,
        "speaker": s.speaker,
        "person_page": person_url(s.speaker),
        "mention": s.mention,
        "role": s.role,
        "side": s.side,
        "side_label": a.card.side_label,
        "side_inferred": s.side_inferred,
        "kind": s.kind,
        "cue": s.cue,
        "text": s.text,
        "paragraph": s.paragraph,
        "start": s.start,
        "end": s.end,
        "topic": a.topic,
        "exchange_role": a.role,
        "answers": list(a.answers),
        "answered_by": list(a.answered_by),
    }


def article_rows(views: Iterable[ArticleView],
                 article_url: Callable[[str], str] = lambda slug: f"articles/{slug}/"
                 ) -> list[dict]:
    """Every article that loaded, by slug: the fields its statements' records share."""
    articles = sorted((v.article for v in views if v.article is not None),
                      key=lambda article: article.slug)
    return [{
        "slug": article.slug,
        "title": article.title,
        "publisher": article.publisher,
        "author": article.author,
        "published": iso_date(article.published),
        "source_url": article.url,
        "page_url": article_url(article.slug),
    } for article in articles]


def articles_json(records: list[dict]) -> str:
    rows = (_json_row(r, ARTICLE_COLUMNS) for r in records)
    return _table_start("articles", ARTICLE_COLUMNS) + "\n" + ",\n".join(rows) + "\n]}\n"


def _table_start(name: str, columns: tuple[str, ...]) -> str:
    return f'{{"version":{VERSION},"fields":{json.dumps(columns, separators=(",", ":"))},"{name}":['


def _json_row(record: dict, columns: tuple[str, ...]) -> str:
    return json.dumps([record[k] for k in columns], ensure_ascii=False, separators=(",", ":"))


def articles_csv(records: list[dict]) -> str:
    return _csv_rows([ARTICLE_COLUMNS, *([csv_cell(r[k]) for k in ARTICLE_COLUMNS]
                                         for r in records)]).decode()


def iso_date(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


# Where an article's records are in the two files: its key (what they hold), then the byte
# offsets of its block in statements.json and in statements.csv, start and end of each.
Span = tuple[str, int, int, int, int]


def write_statements(articles: Iterable[tuple[str, str, Callable[[], list[dict]]]],
                     json_out: BinaryIO, csv_out: BinaryIO,
                     previous: tuple[BinaryIO, BinaryIO, dict] | None = None) -> dict[str, Span]:
    """statements.json and statements.csv in one pass, article by article: ``articles`` are
    (slug, key, records) in slug order, ``records`` making that article's records. Where
    ``previous`` (the previous build's two files and their spans) has the article under the
    same key, its bytes are copied instead: an edit serialises one article's records, not
    every one (at 5,000 articles the two files are 145 MB; making them as strings first took
    450 MB). Returns this build's spans. One record per line, in the JSON as in the CSV."""
    spans: dict[str, Span] = {}
    json_out.write(_table_start("statements", CSV_COLUMNS).encode())
    csv_out.write(_csv_rows([CSV_COLUMNS]))
    for slug, key, records in articles:
        old = previous[2].get(slug) if previous else None
        if old is not None and old[0] == key:
            json_block = _read(previous[0], old[1], old[2])
            csv_block = _read(previous[1], old[3], old[4])
        else:
            made = records()
            json_block = ",\n".join(_json_row(r, CSV_COLUMNS) for r in made).encode()
            csv_block = _csv_rows([csv_cell(r[k]) for k in CSV_COLUMNS] for r in made)
        if not json_block:
            continue
        json_out.write(b",\n" if spans else b"\n")
        at, at_csv = json_out.tell(), csv_out.tell()
        json_out.write(json_block)
        csv_out.write(csv_block)
        spans[slug] = (key, at, at + len(json_block), at_csv, at_csv + len(csv_block))
    json_out.write(b"\n]}\n")
    return spans


def _csv_rows(rows: Iterable) -> bytes:
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    return text.getvalue().encode()


def _read(source: BinaryIO, start: int, end: int) -> bytes:
    source.seek(start)
    return source.read(end - start)


def csv_cell(value) -> str:
    """A cell a spreadsheet shows as text: lists space-separated, booleans and nulls spelled
    out, and text that would start a formula (= + - @, tab, CR) behind an apostrophe."""
    if type(value) is str:  # most cells: tested first (this runs for every cell)
        return "'" + value if value.startswith(_FORMULA_START) else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = " ".join(value)
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def glossary_records(glossary: Glossary, views: Iterable[ArticleView]) -> list[dict]:
    used: dict[str, list[str]] = {term.id: [] for term in glossary.terms}
    for view in sorted(views, key=lambda v: v.source.slug):
        for key_term in view.key_terms:
            used.setdefault(key_term.term.id, []).append(view.source.slug)
    return [
        {
            "id": term.id,
            "name": term.name,
            "aliases": list(term.aliases),
            "short": term.short,
            "definition": term.definition,
            "sources": [{"title": s.title, "url": s.url} for s in term.sources],
            "related": list(term.related),
            "contested": [{"side": f.side, "framing": f.framing} for f in term.contested],
            "used_in": used[term.id],
        }
        for term in glossary.terms
    ]


def glossary_json(records: list[dict]) -> str:
    out = io.StringIO()
    _write_records(out, "terms", records)
    return out.getvalue()


def schema_json(schema: dict) -> str:
    return _dump(schema)


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _write_records(out: TextIO, key: str, records: Iterable[dict]) -> None:
    """One record per line: diffs between two exports show the records that changed, and
    each line is written by the C encoder (``indent`` makes ``json`` use its slow Python
    encoder, which took seconds on a 1,000-article corpus)."""
    out.write(f'{{"version":{VERSION},"{key}":[')
    for n, record in enumerate(records):
        out.write(",\n" if n else "\n")
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    out.write("\n]}\n")
