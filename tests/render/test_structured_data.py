"""Structured data (schema.org JSON-LD) and sharing meta on every generated page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from htmlquery import parse
from projects import build_project, copy_project, set_site_url

REUTERS = "reuters-2017-08-16-sessions-chicago"
DNAINFO = "dnainfo-2017-08-16-sessions-call-your-mayor"
HOSTILE = """---
title: "</script><script>alert('t')</script> & \\"quotes\\""
publisher: "<img src=x onerror=alert(1)>"
published: 2018-05-06
---
"</script><!-- hi -->," the mayor said.

Sen. Jane Roe said the plan would <b>fail</b> because it ignores the "<script>" budget.
"""


def generated_pages(site: Path) -> list[Path]:
    """Every page the plugin generates (not the hand-written ones)."""
    pages = [site / "articles/index.html", site / "glossary/index.html",
             site / "people/index.html", site / "topics/index.html", site / "sources/index.html"]
    for folder in ("articles", "people", "topics"):
        pages += sorted(p for p in (site / folder).glob("*/index.html"))
    return pages


def json_ld(path: Path) -> list[dict]:
    doc = parse(path.read_text(encoding="utf-8"))
    return [json.loads(s.text) for s in doc.find_all("script", type="application/ld+json")]


def nodes(data: dict) -> list[dict]:
    """Every object in a JSON-LD tree."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            found.append(value)
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
    walk(data)
    return found


def types(node: dict) -> set[str]:
    value = node.get("@type", [])
    return {value} if isinstance(value, str) else set(value)


def meta(path: Path) -> dict[str, str]:
    doc = parse(path.read_text(encoding="utf-8"))
    found = {}
    for m in doc.find_all("meta"):
        key = m.attrs.get("property") or m.attrs.get("name")
        if key:
            found[key] = m.attrs.get("content")
    for link in doc.find_all("link", rel="canonical"):
        found["canonical"] = link.attrs["href"]
    return found


def graph_nodes(data: dict) -> dict[str, dict]:
    """The described nodes of a JSON-LD tree by ``@id`` (what a reference points at)."""
    return {n["@id"]: n for n in nodes(data) if "@id" in n and set(n) != {"@id"}}


def full(node: dict, described: dict[str, dict]) -> dict:
    """A node, or the node a bare ``{"@id": …}`` reference points at (which must exist)."""
    return described[node["@id"]] if set(node) == {"@id"} else node


def test_every_generated_page_has_valid_json_ld(built_site):
    pages = generated_pages(built_site)
    assert len(pages) > 10
    for path in pages:
        blocks = json_ld(path)
        assert blocks, path
        for data in blocks:
            assert data["@context"] == "https://schema.org"
            described = graph_nodes(data)
            for node in nodes(data):
                assert "Claim" not in types(node), path  # statements are open data
                if "@id" in node and set(node) == {"@id"}:  # a reference: to a node here
                    assert node["@id"] in described, path
                if "NewsArticle" in types(node):
                    assert node["headline"] and node["@id"].endswith("#article")


def test_article_page_is_a_news_article_about_its_speakers(built_site):
    [data] = json_ld(built_site / f"articles/{DNAINFO}/index.html")
    graph = data["@graph"]
    [article] = [n for n in graph if types(n) == {"NewsArticle"}]
    assert article["headline"].startswith("Sessions To Chicagoans")
    assert article["datePublished"] == "2017-08-16T14:58:00-05:00"
    assert article["publisher"] == {"@type": "Organization", "name": "DNAinfo Chicago"}
    assert article["author"]["name"] == "Tanveer Ali"
    page = parse((built_site / f"articles/{DNAINFO}/index.html").read_text(encoding="utf-8"))
    shown = {e.find(**{"class": "ex-speaker"}).text
             for e in page.find_all("figure", data_role=True)}
    about = [full(a, graph_nodes(data)) for a in article["about"]]
    assert {a["name"] for a in about} == shown
    people = {n["name"]: n for n in about if types(n) & {"Person", "Organization"}
              and ("jobTitle" in n or "description" in n)}
    assert people["Jeff Sessions"]["jobTitle"] == "U.S. Attorney General"
    assert people["Jeff Sessions"]["url"] == "../../people/jeff-sessions/"


def test_person_pages_describe_the_speaker(built_site):
    [data] = json_ld(built_site / "people/eddie-johnson/index.html")
    person = data["@graph"][0]
    assert types(person) == {"Person"}
    assert person["name"] == "Eddie Johnson"
    assert person["jobTitle"] == "Chicago Police Superintendent"
    assert person["affiliation"]["name"] == "Chicago Police Department"
    [group] = json_ld(built_site / "people/immigration-advocates/index.html")
    assert types(group["@graph"][0]) == {"Organization"}  # a group quoted as one voice
    [index] = json_ld(built_site / "people/index.html")
    assert index["@type"] == "CollectionPage"
    listed = [i["item"]["name"] for i in index["mainEntity"]["itemListElement"]]
    assert "Eddie Johnson" in listed and index["mainEntity"]["numberOfItems"] == len(listed)


def test_sharing_meta_without_site_url(built_site):
    for path in generated_pages(built_site):
        found = meta(path)
        doc = parse(path.read_text(encoding="utf-8"))
        title = doc.find("title").text
        assert title.startswith(found["og:title"]), path
        assert found["og:description"] and found["twitter:card"] == "summary"
        assert found["description"] == found["og:description"]
        assert "og:url" not in found and "canonical" not in found  # no site_url: no address
    assert meta(built_site / f"articles/{REUTERS}/index.html")["og:type"] == "article"
    assert meta(built_site / "people/jeff-sessions/index.html")["og:type"] == "profile"
    assert meta(built_site / "topics/index.html")["og:type"] == "website"


@pytest.fixture(scope="module")
def public_site(tmp_path_factory):
    """The project with a site_url and a hostile article, built strict."""
    root = copy_project(tmp_path_factory.mktemp("public"))
    config = root / "mkdocs.yml"
    set_site_url(config, "https://news.example/x/")
    (root / "corpus/articles/hostile.md").write_text(HOSTILE, encoding="utf-8")
    return build_project(config, root / "site")


def test_with_site_url_pages_get_absolute_urls(public_site):
    article = public_site / f"articles/{REUTERS}/index.html"
    found = meta(article)
    url = f"https://news.example/x/articles/{REUTERS}/"
    assert found["canonical"] == found["og:url"] == url
    [data] = json_ld(article)
    ids = [n["@id"] for n in nodes(data) if "@id" in n]
    assert ids and all(i.startswith("https://news.example/x/") for i in ids)
    assert meta(public_site / "people/eddie-johnson/index.html")["og:url"] == (
        "https://news.example/x/people/eddie-johnson/")


def test_hostile_text_stays_text_in_meta_and_json_ld(public_site):
    path = public_site / "articles/hostile/index.html"
    html = path.read_text(encoding="utf-8")
    head = html[:html.index("</head>")]
    assert "<script>alert" not in html and "<img src=x" not in html and "<!-- hi" not in html
    found = meta(path)
    title = "</script><script>alert('t')</script> & \"quotes\""
    assert found["og:title"] == title and "twitter:title" not in found  # X reads og:title
    assert "(<img src=x onerror=alert(1)>, May 6, 2018)" in found["og:description"]
    assert "&lt;img src=x" in head and "<img" not in head
    [data] = json_ld(path)
    [article] = [n for n in data["@graph"] if types(n) == {"NewsArticle"}]
    assert article["headline"] == title
    assert article["publisher"]["name"] == "<img src=x onerror=alert(1)>"
    for block in parse(html).find_all("script", type="application/ld+json"):
        assert "<" not in block.text and ">" not in block.text
    for path in (public_site / "people").glob("*/index.html"):
        for data in json_ld(path):
            assert data["@context"] == "https://schema.org"
