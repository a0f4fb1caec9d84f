"""Open data: the exports validate against their published schemas, ids are stable, CSV is safe."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil

import pytest

from explainer.site import exports
from explainer.site.build import build_site
from explainer.site.people_pages import build_corpus

from projects import ROOT

REUTERS = "reuters-2017-08-16-sessions-chicago"
DNAINFO = "dnainfo-2017-08-16-sessions-call-your-mayor"
_TYPES = {"string": str, "integer": int, "boolean": bool, "array": list, "object": dict,
          "null": type(None)}


def validate(value, schema: dict, path: str = "$") -> list[str]:
    """The JSON Schema subset the exports use: type, const, enum, required, properties,
    additionalProperties: false, items (false too), prefixItems, minItems, pattern,
    minLength, minimum."""
    errors: list[str] = []
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        ok = any(isinstance(value, _TYPES[n]) and not (n == "integer" and isinstance(value, bool))
                 for n in names)
        if not ok:
            return [f"{path}: {value!r} is not {types}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: too short")
    if isinstance(value, int) and "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: {value} < {schema['minimum']}")
    if isinstance(value, dict):
        errors += [f"{path}: missing {k}" for k in schema.get("required", []) if k not in value]
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            errors += [f"{path}: unexpected {k}" for k in value if k not in props]
        for key, sub in props.items():
            if key in value:
                errors += validate(value[key], sub, f"{path}.{key}")
    if isinstance(value, list):
        prefix = schema.get("prefixItems", [])
        rest = schema.get("items", True)
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: too few items")
        for n, item in enumerate(value):
            sub = prefix[n] if n < len(prefix) else rest
            if sub is False:
                errors.append(f"{path}[{n}]: unexpected item")
            elif sub is not True:
                errors += validate(item, sub, f"{path}[{n}]")
    return errors


def table(document: dict, name: str) -> list[dict]:
    """The rows of a table (statements.json, articles.json) as records."""
    return [dict(zip(document["fields"], row, strict=True)) for row in document[name]]


def test_the_validator_catches_what_the_schema_forbids():
    schema = exports.statements_schema()
    fields = list(exports.CSV_COLUMNS)
    assert validate({"version": 2, "fields": fields, "statements": []}, schema) == []
    bad = {"version": 1, "fields": fields[1:], "statements": [["Not An Id", "x"],
                                                            ["a:0123456789", *[""] * 22]]}
    errors = validate(bad, schema)
    assert any("version" in e for e in errors) and any("fields" in e for e in errors)
    assert any("too few" in e for e in errors) and any("does not match" in e for e in errors)
    assert any("unexpected item" in e for e in errors)


@pytest.fixture(scope="module")
def seeds():
    site = build_site(ROOT / "corpus", ROOT)
    return site, build_corpus(site.views, site.people)


def written(records) -> tuple[str, str]:
    """statements.json and statements.csv as the site writes them."""
    json_out, csv_out = io.BytesIO(), io.BytesIO()
    exports.write_statements([("all", "", lambda: list(records))], json_out, csv_out)
    return json_out.getvalue().decode(), csv_out.getvalue().decode()


def test_seed_statements_validate_and_are_sorted(seeds):
    site, corpus = seeds
    records = list(exports.statement_records(corpus))
    document = json.loads(written(records)[0])
    assert table(document, "statements") == records
    assert validate(document, exports.statements_schema()) == []
    assert len(records) == sum(v.statement_count for v in site.views)
    keys = [(r["article"], r["start"]) for r in records]
    assert keys == sorted(keys)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    by_id = {r["id"]: r for r in records}
    for record in records:  # references point at real records, both ways
        assert by_id[record["entry"]]["entry"] == record["entry"]
        for claim in record["answers"]:
            assert record["id"] in by_id[claim]["answered_by"]
        assert record["anchor"] in (f"stmt-{record['local_id']}", f"p-{record['paragraph']}")


def test_seed_articles_validate_and_hold_what_statements_share(seeds):
    site, corpus = seeds
    records = exports.article_rows(site.views)
    document = json.loads(exports.articles_json(records))
    assert table(document, "articles") == records
    assert validate(document, exports.articles_schema()) == []
    slugs = [r["slug"] for r in records]
    assert slugs == sorted(slugs) and len(slugs) == len(site.views)
    by_slug = {r["slug"]: r for r in records}
    assert {r["article"] for r in exports.statement_records(corpus)} <= set(by_slug)
    reuters = by_slug[REUTERS]
    assert reuters["publisher"] == "Reuters" and reuters["page_url"] == f"articles/{REUTERS}/"
    rows = list(csv.DictReader(io.StringIO(exports.articles_csv(records))))
    assert list(rows[0]) == list(exports.ARTICLE_COLUMNS)
    assert [row["slug"] for row in rows] == slugs


def test_johnsons_two_reports_share_one_entry(seeds):
    _, corpus = seeds
    records = exports.statement_records(corpus)
    entries = {}
    for r in records:
        entries.setdefault(r["entry"], []).append(r)
    johnson = [r for reports in entries.values() if len(reports) > 1 for r in reports
               if r["speaker"] == "Eddie Johnson"]
    assert {r["article"] for r in johnson} == {REUTERS, DNAINFO}
    assert len({r["entry"] for r in johnson}) == 1
    assert all("not driving violence" in r["text"] for r in johnson)


def test_text_is_the_body_span(seeds):
    site, corpus = seeds
    bodies = {v.article.slug: v.article.body for v in site.views}
    for record in exports.statement_records(corpus):
        assert bodies[record["article"]][record["start"]:record["end"]] == record["text"]


def test_glossary_export_validates(seeds):
    site, _ = seeds
    document = json.loads(exports.glossary_json(
        exports.glossary_records(site.glossary, site.views)))
    assert validate(document, exports.glossary_schema()) == []
    terms = {t["id"]: t for t in document["terms"]}
    assert {"sanctuary-policy", "detainer", "byrne-jag"} <= set(terms)
    assert set(terms["sanctuary-policy"]["used_in"]) == {REUTERS, DNAINFO}
    assert REUTERS in terms["byrne-jag"]["used_in"]  # attached through front matter


def test_csv_has_the_schema_columns_and_round_trips(seeds):
    _, corpus = seeds
    records = list(exports.statement_records(corpus))
    rows = list(csv.DictReader(io.StringIO(written(records)[1])))
    assert list(rows[0]) == exports.statements_schema()["properties"]["fields"]["const"]
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        assert row["id"] == record["id"]
        assert row["text"].lstrip("'") == record["text"]
        assert row["answers"].split() == record["answers"]


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)",
                                  "\t=1", "\r=1"])
def test_csv_cells_never_start_a_formula(text):
    assert exports.csv_cell(text) == "'" + text
    out = written([{**dict.fromkeys(exports.CSV_COLUMNS, "x"), "text": text}])[1]
    row = list(csv.reader(io.StringIO(out)))[1]
    assert row[exports.CSV_COLUMNS.index("text")] == "'" + text


def test_csv_cells_for_other_values():
    assert exports.csv_cell(None) == "" and exports.csv_cell(True) == "true"
    assert exports.csv_cell(["a:1", "b:2"]) == "a:1 b:2" and exports.csv_cell(12) == "12"
    assert exports.csv_cell("plain, \"quoted\"\ntext") == "plain, \"quoted\"\ntext"


def test_ids_do_not_change_when_an_unrelated_article_is_added(tmp_path, seeds):
    _, corpus = seeds
    before = {r["id"]: r for r in exports.statement_records(corpus)}
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    (tmp_path / "corpus/articles/aaa-first-by-name.md").write_text(
        "---\ntitle: Library hours\npublisher: Gazette\npublished: 2016-01-01\n---\n"
        "\u201cThe library will open on Sundays from March,\u201d Mayor Jane Roe said.\n\n"
        "Council member John Doe said the budget could not pay for it.\n", encoding="utf-8")
    site = build_site(tmp_path / "corpus", tmp_path)
    after = {r["id"]: r for r in exports.statement_records(build_corpus(site.views,
                                                                        site.people))}
    assert set(before) < set(after)
    for key, record in before.items():
        assert after[key] == record


def test_built_site_publishes_the_exports_and_their_schemas(built_site):
    data = built_site / "data"
    statements = json.loads((data / "statements.json").read_text(encoding="utf-8"))
    schema = json.loads((data / "statements.schema.json").read_text(encoding="utf-8"))
    assert schema == exports.statements_schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert validate(statements, schema) == []
    glossary = json.loads((data / "glossary.json").read_text(encoding="utf-8"))
    assert validate(glossary, json.loads((data / "glossary.schema.json").read_text(
        encoding="utf-8"))) == []
    articles = json.loads((data / "articles.json").read_text(encoding="utf-8"))
    assert validate(articles, json.loads((data / "articles.schema.json").read_text(
        encoding="utf-8"))) == []
    rows = list(csv.DictReader(io.StringIO((data / "statements.csv").read_text(
        encoding="utf-8"))))
    assert [r["id"] for r in rows] == [s["id"] for s in table(statements, "statements")]
    pages = {a["slug"]: a["page_url"] for a in table(articles, "articles")}
    for record in table(statements, "statements"):  # site-relative links that exist
        for url in (f"{pages[record['article']]}#{record['anchor']}", record["person_page"]):
            page, _, anchor = url.partition("#")
            target = (built_site / page / "index.html").read_text(encoding="utf-8")
            assert not anchor or f'id="{anchor}"' in target, url
    assert b"\n " not in (data / "statements.json").read_bytes()  # compact


def test_the_docs_page_documents_every_field():
    text = (ROOT / "docs/data.md").read_text(encoding="utf-8")
    for field in (*exports.CSV_COLUMNS, *exports.ARTICLE_COLUMNS):
        assert f"| `{field}` |" in text, field
    assert "statements.schema.json" in text and "site_url" in text
