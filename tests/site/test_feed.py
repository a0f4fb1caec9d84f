"""The Atom feed: valid XML in the Atom namespace, escaped, stable ids, newest first."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from explainer.site.build import build_site
from explainer.site.feed import ATOM, atom_feed, entry_id

from projects import ROOT, build_project, copy_project, set_site_url

NS = {"a": ATOM}
REUTERS = "reuters-2017-08-16-sessions-chicago"
DNAINFO = "dnainfo-2017-08-16-sessions-call-your-mayor"


def feed_of(corpus, **kwargs) -> ET.Element:
    site = build_site(corpus, corpus)
    text = atom_feed(site.views, "Site <&>", lambda slug: f"articles/{slug}/", **kwargs)
    assert text.startswith("<?xml")
    return ET.fromstring(text)


def test_seed_feed_has_one_entry_per_article_newest_first():
    feed = feed_of(ROOT / "corpus")
    assert feed.tag == f"{{{ATOM}}}feed"
    for required in ("title", "id", "updated"):
        assert feed.find(f"a:{required}", NS) is not None
    assert feed.find("a:title", NS).text == "Site <&>"
    entries = feed.findall("a:entry", NS)
    links = [e.find("a:link[@rel='alternate']", NS).get("href") for e in entries]
    assert links == [f"articles/{DNAINFO}/", f"articles/{REUTERS}/"]  # 14:58 CDT > midnight UTC
    for entry in entries:
        for required in ("title", "id", "updated", "published", "summary", "author/a:name"):
            assert entry.find(f"a:{required}", NS) is not None, required
        assert entry.find("a:id", NS).text.startswith("urn:uuid:")
    dnainfo = entries[0]
    assert dnainfo.find("a:published", NS).text == "2017-08-16T14:58:00-05:00"
    assert feed.find("a:updated", NS).text == "2017-08-16T14:58:00-05:00"
    assert "claims" in dnainfo.find("a:summary", NS).text
    assert {c.get("term") for c in dnainfo.findall("a:category", NS)} >= {"crime"}


def test_entry_ids_depend_only_on_the_slug():
    assert entry_id("a") == entry_id("a") != entry_id("b")


def test_hostile_text_is_escaped_and_undated_articles_still_valid(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "bad.md").write_text(
        "---\ntitle: \"</title><script>alert(1)</script> & \\u0001\"\n"
        "publisher: \"<b>P</b>\"\nurl: \"https://example.org/?a=1&b=2\"\n---\n"
        "\u201cWe will <em>win</em>,\u201d Jane Roe said.\n", encoding="utf-8")
    (articles / "dated.md").write_text(
        "---\ntitle: Dated\npublished: 2021-03-04\n---\nText.\n", encoding="utf-8")
    feed = feed_of(tmp_path, site_url="https://news.example/",
                   self_url="https://news.example/feed.xml")
    assert feed.find("a:id", NS).text == "https://news.example/"
    entries = feed.findall("a:entry", NS)
    assert [e.find("a:title", NS).text for e in entries][0] == "Dated"
    bad = entries[1]
    assert bad.find("a:title", NS).text == "</title><script>alert(1)</script> & "
    assert bad.find("a:updated", NS).text == "2021-03-04T00:00:00Z"  # the newest date
    assert bad.find("a:published", NS) is None
    assert bad.find("a:link[@rel='related']", NS).get("href") == "https://example.org/?a=1&b=2"
    assert bad.find("a:author/a:name", NS).text == "<b>P</b>"


def test_feed_is_limited_to_the_newest(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(1, 6):
        (articles / f"a{n}.md").write_text(
            f"---\ntitle: A{n}\npublished: 2020-01-0{n}\n---\nText.\n", encoding="utf-8")
    feed = feed_of(tmp_path, limit=3)
    assert [e.find("a:title", NS).text for e in feed.findall("a:entry", NS)] == ["A5", "A4", "A3"]


def test_built_site_links_the_feed_and_its_entries_exist(built_site):
    feed = ET.parse(built_site / "feed.xml").getroot()
    for entry in feed.findall("a:entry", NS):
        href = entry.find("a:link[@rel='alternate']", NS).get("href")
        assert (built_site / href / "index.html").is_file()
    page = (built_site / "people/index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml"' in page and 'href="../feed.xml"' in page


def test_feed_links_are_absolute_with_site_url(tmp_path):
    copy_project(tmp_path)
    config = tmp_path / "mkdocs.yml"
    set_site_url(config, "https://news.example/explainer/")
    site = build_project(config, tmp_path / "site")
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.find("a:link[@rel='self']", NS).get("href") == (
        "https://news.example/explainer/feed.xml")
    hrefs = [e.find("a:link[@rel='alternate']", NS).get("href")
             for e in feed.findall("a:entry", NS)]
    assert hrefs and all(h.startswith("https://news.example/explainer/articles/") for h in hrefs)
