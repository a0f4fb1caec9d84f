"""search: pagefind — a chunked Pagefind index instead of Material's single search index."""

from __future__ import annotations

import json

import pytest

from explainer.plugin import pagefind_search

from htmlquery import parse
from projects import build_project, copy_project

pytestmark = pytest.mark.skipif(not pagefind_search.available(),
                                reason="Pagefind not installed (pip install -e '.[pagefind]')")


def test_the_pagefind_option_indexes_the_built_site_and_adds_a_search_page(tmp_path):
    project = copy_project(tmp_path)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - search\n" in text
    text = text.replace("  - search\n", "").replace(
        "      corpus: corpus\n", "      corpus: corpus\n      search: pagefind\n")
    config.write_text(text, encoding="utf-8")
    site = build_project(config, tmp_path / "site")
    assert not (site / "search/search_index.json").exists()  # Material's index is not made
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] > 10
    assert list((site / "pagefind/index").iterdir())  # chunks, not one file
    page = parse((site / "search/index.html").read_text(encoding="utf-8"))
    [box] = page.find_all("div", id="ex-search")
    assert box.attrs["data-bundle"] == "../pagefind/"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "assets/explainer/pagefind-search.js" in home
    assert (site / "assets/explainer/pagefind-search.js").is_file()
