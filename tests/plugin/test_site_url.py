"""The project's own address: a placeholder by default, SITE_URL for a deploy build."""

from __future__ import annotations

from htmlquery import parse
from projects import ROOT, build_project

REUTERS = "reuters-2017-08-16-sessions-chicago"


def test_the_project_builds_with_absolute_addresses(tmp_path, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://news.site.test/explainer/")
    site = build_project(ROOT / "mkdocs.yml", tmp_path / "site")
    doc = parse((site / f"articles/{REUTERS}/index.html").read_text(encoding="utf-8"))
    url = f"https://news.site.test/explainer/articles/{REUTERS}/"
    assert doc.find("link", rel="canonical").attrs["href"] == url
    assert doc.find("meta", property="og:url").attrs["content"] == url
    assert "<loc>https://news.site.test/explainer/" in (site / "sitemap.xml").read_text("utf-8")
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert 'href="https://news.site.test/explainer/feed.xml"' in feed


def test_without_site_url_the_placeholder_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv("SITE_URL")
    site = build_project(ROOT / "mkdocs.yml", tmp_path / "site")
    doc = parse((site / "index.html").read_text(encoding="utf-8"))
    assert doc.find("link", rel="canonical").attrs["href"] == "https://explainer.example.org/"
