"""A preview rebuild (``mkdocs serve``) re-analyses and re-links only what changed.

The plugin keeps one cache across rebuilds (``on_startup``); these tests call ``build_site``
twice with one cache, as the plugin does, and count the analyses.
"""

from __future__ import annotations

import pickle
import shutil

import pytest

import explainer.site.build as site_module
import explainer.site.workers as workers_module
from explainer.site.build import build_site
from explainer.site.disk_store import DiskStore

from projects import ROOT


@pytest.fixture
def counted(monkeypatch):
    calls: list[str] = []
    real = workers_module.analyse

    def analyse(body, *args, **kwargs):
        calls.append(body[:40])
        return real(body, *args, **kwargs)

    monkeypatch.setattr(workers_module, "analyse", analyse)
    return calls


@pytest.fixture
def corpus(tmp_path):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    return tmp_path / "corpus"


def _articles(corpus):
    return sorted((corpus / "articles").glob("*.md"))


def test_a_rebuild_with_nothing_changed_analyses_nothing_and_reuses_every_view(corpus, counted):
    cache: dict = {}
    first = build_site(corpus, corpus.parent, cache)
    assert len(counted) == len(_articles(corpus))
    second = build_site(corpus, corpus.parent, cache)
    assert len(counted) == len(_articles(corpus))  # no new analysis
    assert all(a is b for a, b in zip(first.views, second.views, strict=True))


def test_editing_one_article_reanalyses_only_that_one(corpus, counted):
    cache: dict = {}
    first = build_site(corpus, corpus.parent, cache)
    edited, other = _articles(corpus)[:2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more paragraph.\n",
                      encoding="utf-8")
    counted.clear()
    second = build_site(corpus, corpus.parent, cache)
    assert len(counted) == 1
    by_slug = {v.source.slug: v for v in first.views}
    for view in second.views:
        same = view is by_slug[view.source.slug]
        assert same == (view.source.slug == other.stem), view.source.slug
    # the stale entries of the edited article are dropped: one parsed file, one analysis
    # and one view each
    assert len(cache) == 3 * len(second.views)


def test_a_glossary_edit_relinks_every_article_without_reanalysing(corpus, counted):
    cache: dict = {}
    first = build_site(corpus, corpus.parent, cache)
    glossary = corpus / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    counted.clear()
    second = build_site(corpus, corpus.parent, cache)
    assert counted == []
    assert not any(a is b for a, b in zip(first.views, second.views, strict=True))


def test_a_people_edit_reanalyses_every_article(corpus, counted):
    cache: dict = {}
    build_site(corpus, corpus.parent, cache)
    people = corpus / "people.yml"
    people.write_text(people.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    counted.clear()
    build_site(corpus, corpus.parent, cache)
    assert len(counted) == len(_articles(corpus))


# -- the analyses kept on disk between builds (a new plugin instance, a fresh machine's
#    second build) -------------------------------------------------------------------------

def test_a_new_build_reads_the_analyses_from_disk_and_analyses_nothing(corpus, counted,
                                                                         tmp_path):
    store = DiskStore(tmp_path / "cache")
    first = build_site(corpus, corpus.parent, {}, store=store)
    assert len(counted) == len(_articles(corpus))
    counted.clear()
    second = build_site(corpus, corpus.parent, {}, store=DiskStore(tmp_path / "cache"))
    assert counted == []
    assert [v.statements for v in second.views] == [v.statements for v in first.views]
    assert [v.rows for v in second.views] == [v.rows for v in first.views]


def test_a_new_build_reads_unchanged_articles_from_disk_without_parsing_or_linking(
        corpus, tmp_path, monkeypatch):
    """Their parsed file and their view (glossary links, statement ids) come from disk; the
    analysis is not even read."""
    first = build_site(corpus, corpus.parent, {}, store=DiskStore(tmp_path / "cache"))
    worked: list[str] = []

    def counted(name, real):
        def counting(*args, **kwargs):
            worked.append(name)
            return real(*args, **kwargs)
        return counting
    for module, name in ((workers_module, "load_article"), (site_module, "article_view"),
                         (workers_module, "article_view"),
                         (workers_module, "article_appearances"), (workers_module, "analyse")):
        monkeypatch.setattr(module, name, counted(name, getattr(module, name)))
    read: list[type] = []
    real_get = DiskStore.get
    monkeypatch.setattr(DiskStore, "get", lambda self, key, kind: read.append(kind) or
                        real_get(self, key, kind))
    second = build_site(corpus, corpus.parent, {}, store=DiskStore(tmp_path / "cache"))
    assert worked == []
    assert sorted(kind.__name__ for kind in read) == ["ArticleSource", "ArticleSource",
                                                      "KeptView", "KeptView"]
    assert [v.rows for v in second.views] == [v.rows for v in first.views]
    assert [v.paragraphs for v in second.views] == [v.paragraphs for v in first.views]
    assert ([a for _, found in second.appearances.values() for a in found]
            == [a for _, found in first.appearances.values() for a in found])


def test_unreadable_cached_analyses_are_analysed_again(corpus, counted, tmp_path):
    store = DiskStore(tmp_path / "cache")
    build_site(corpus, corpus.parent, {}, store=store)
    for path in store.folder.iterdir():
        path.write_bytes(b"not a pickle")
    counted.clear()
    site = build_site(corpus, corpus.parent, {}, store=store)
    assert len(counted) == len(_articles(corpus))
    assert all(v.statements for v in site.views)


def _kept_keys(store: DiskStore) -> set[str]:
    """Every key in the store's shards, as a new build would find them."""
    keys: set[str] = set()
    for path in store.folder.iterdir():
        if path.name != "index.pickle":
            keys.update(pickle.loads(path.read_bytes()))
    return keys


def test_the_cache_keeps_only_current_analyses_of_the_current_engine(corpus, tmp_path):
    old_engine = tmp_path / "cache" / "0123456789abcdef"
    old_engine.mkdir(parents=True)
    (old_engine / "x.pickle").write_bytes(b"")
    store = DiskStore(tmp_path / "cache")
    build_site(corpus, corpus.parent, {}, store=store)
    before = _kept_keys(store)
    # per article: the parsed file, the analysis, the view
    assert len(before) == 3 * len(_articles(corpus)) and not old_engine.exists()
    edited = _articles(corpus)[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more paragraph.\n",
                      encoding="utf-8")
    build_site(corpus, corpus.parent, {}, store=DiskStore(tmp_path / "cache"))
    after = _kept_keys(store)
    assert len(after) == len(before) and len(after - before) == 3


def test_a_lost_index_does_not_keep_what_gone_articles_left_in_the_shards(corpus, tmp_path):
    build_site(corpus, corpus.parent, {}, store=DiskStore(tmp_path / "cache"))
    store = DiskStore(tmp_path / "cache")
    before = _kept_keys(store)
    (store.folder / "index.pickle").unlink()
    _articles(corpus)[0].unlink()
    build_site(corpus, corpus.parent, {}, store=store)
    after = _kept_keys(store)
    assert len(after) == len(before) - 3 and after < before
    index = pickle.loads((store.folder / "index.pickle").read_bytes())
    assert set().union(*index.values()) == after


def test_a_build_with_nothing_changed_writes_nothing(corpus, tmp_path):
    build_site(corpus, corpus.parent, {}, store=DiskStore(tmp_path / "cache"))
    store = DiskStore(tmp_path / "cache")
    written = {p.name: p.stat().st_mtime_ns for p in store.folder.iterdir()}
    build_site(corpus, corpus.parent, {}, store=store)
    assert {p.name: p.stat().st_mtime_ns for p in store.folder.iterdir()} == written


def test_a_rebuild_works_out_appearances_only_for_changed_articles(corpus, monkeypatch):
    import explainer.site.people_pages as people_pages
    computed: list[str] = []
    real = people_pages.article_appearances

    def counting(view):
        computed.append(view.source.slug)
        return real(view)

    monkeypatch.setattr(people_pages, "article_appearances", counting)
    cache: dict = {}
    memo: dict = {}
    site = build_site(corpus, corpus.parent, cache)
    first = people_pages.build_corpus(site.views, site.people, memo=memo)
    edited = _articles(corpus)[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more paragraph.\n",
                      encoding="utf-8")
    computed.clear()
    site = build_site(corpus, corpus.parent, cache)
    second = people_pages.build_corpus(site.views, site.people, memo=memo)
    assert computed == [edited.stem]
    fresh = people_pages.build_corpus(site.views, site.people)
    assert second.appearances == fresh.appearances
    assert len(second.appearances) == len(first.appearances)


def test_a_rebuild_parses_only_the_files_that_changed(corpus, monkeypatch):
    parsed: list[str] = []
    real = workers_module.load_article

    def counting(path, *args, **kwargs):
        parsed.append(path.name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(workers_module, "load_article", counting)  # (parse_all's)
    cache: dict = {}
    build_site(corpus, corpus.parent, cache)
    edited = _articles(corpus)[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more paragraph.\n",
                      encoding="utf-8")
    parsed.clear()
    site = build_site(corpus, corpus.parent, cache)
    assert parsed == [edited.name]
    assert any("One more paragraph." in v.article.body for v in site.views)
