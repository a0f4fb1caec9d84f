"""Rebuilds render again only what changed, and come out as full builds would: a preview
rebuild (one plugin instance, ``mkdocs serve``) and a later ``mkdocs build`` (a new
process, with what the build before left in ``.cache/explainer`` and ``site/``)."""

from __future__ import annotations

import json

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

import explainer.render.pages as render_module

from projects import copy_project


@pytest.fixture
def rendered(monkeypatch) -> list[str]:
    """The slugs of the article pages rendered, in order."""
    slugs: list[str] = []
    real = render_module.article_page

    def counting(view, *args, **kwargs):
        slugs.append(view.source.slug)
        return real(view, *args, **kwargs)

    monkeypatch.setattr(render_module, "article_page", counting)
    return slugs


def test_a_preview_rebuild_renders_again_only_the_edited_article(tmp_path, rendered):
    project = copy_project(tmp_path)
    first = _serve_build(project, tmp_path / "site")
    articles = sorted((project / "corpus/articles").glob("*.md"))
    assert sorted(rendered) == sorted(p.stem for p in articles)
    edited = articles[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA sentence added in preview.\n",
                      encoding="utf-8")
    rendered.clear()
    _serve_build(project, tmp_path / "site", first.plugins)  # the same plugin instance
    assert rendered == [edited.stem]
    page = (tmp_path / "site/articles" / edited.stem / "index.html").read_text(encoding="utf-8")
    assert "A sentence added in preview." in page
    other = (tmp_path / "site/articles" / articles[1].stem / "index.html").read_text(
        encoding="utf-8")
    assert "data-editor-panel" in other  # kept pages keep the preview's editor panel


def _serve_build(project, site_dir, plugins_started=None):
    """One build as ``mkdocs serve`` makes it; pass the previous config to reuse its plugin
    instance, as serve does (the plugin collection keeps instances across reloads)."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir))
    if plugins_started is None:
        config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = "http://127.0.0.1:8000/"
    build(config, serve_url="http://127.0.0.1:8000/")
    return config


UNRELATED = ("---\ntitle: Library hours\npublisher: Gazette\npublished: 2016-01-01\n---\n"
             "\u201cThe library will open on Sundays from March,\u201d Mayor Jane Roe said.\n\n"
             "Council member John Doe said the budget could not pay for it.\n")


def _project(folder):
    """The site's project, with an article that shares nothing with the seeds."""
    folder.mkdir()
    project = copy_project(folder)
    (project / "corpus/articles/library-hours.md").write_text(UNRELATED, encoding="utf-8")
    return project


def _site(site_dir):
    """Every HTML page's and data file's bytes, and the search index's entries as a set."""
    pages = {str(p.relative_to(site_dir)): p.read_bytes()
             for p in (*site_dir.rglob("*.html"), *(site_dir / "data").iterdir())}
    index = json.loads((site_dir / "search/search_index.json").read_text(encoding="utf-8"))
    docs = sorted(json.dumps(d, sort_keys=True) for d in index["docs"])
    return pages, docs


def test_a_preview_rebuild_reuses_untouched_pages_and_matches_a_full_build(tmp_path,
                                                                         rendered):
    project = _project(tmp_path / "project")
    first = _serve_build(project, tmp_path / "site")
    edited = project / "corpus/articles/dnainfo-2017-08-16-sessions-call-your-mayor.md"
    untouched = [tmp_path / "site" / path / "index.html" for path in (
        "articles/library-hours", "people/more/j")]
    before = [page.stat().st_ino for page in untouched]
    edited.write_text(edited.read_text(encoding="utf-8").replace(
        "said", "told reporters", 1), encoding="utf-8")
    rendered.clear()
    _serve_build(project, tmp_path / "site", first.plugins)
    assert rendered == [edited.stem]
    assert [page.stat().st_ino for page in untouched] == before  # moved back, not rewritten

    fresh = _project(tmp_path / "fresh")  # the edited corpus, built from scratch
    (fresh / "corpus/articles" / edited.name).write_text(edited.read_text(encoding="utf-8"),
                                                         encoding="utf-8")
    _serve_build(fresh, tmp_path / "fresh-site")
    _assert_same_site(tmp_path / "site", tmp_path / "fresh-site")


def test_a_docs_edit_rebuilds_every_page(tmp_path):
    project = _project(tmp_path / "project")
    first = _serve_build(project, tmp_path / "site")
    page = next((tmp_path / "site/articles").glob("*/index.html"))
    before = page.stat().st_ino
    index = project / "docs/index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\nOne more line.\n",
                     encoding="utf-8")
    _serve_build(project, tmp_path / "site", first.plugins)
    assert page.stat().st_ino != before


def _edit_people(corpus):
    people = corpus / "people.yml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "Chicago Police Superintendent", "Chicago Police Chief"), encoding="utf-8")


def _add_article(corpus):
    (corpus / "articles/sessions-again.md").write_text(
        "---\ntitle: Sessions again\npublisher: Gazette\npublished: 2017-08-20\n---\n"
        "\u201cSanctuary cities protect criminals, not communities,\u201d Attorney General "
        "Jeff Sessions said.\n\nMayor Jane Roe said the library budget was safe.\n",
        encoding="utf-8")


def _quote_a_speaker_again(corpus):
    """A new statement at the end of a speaker's page: with pages in parts, the parts before
    it stay as they were, but the speaker's counts change."""
    (corpus / "articles/sessions-weather.md").write_text(
        "---\ntitle: Sessions on the weather\npublisher: Gazette\npublished: 2017-08-21\n---\n"
        "\u201cThe weather in Miami was lovely all week,\u201d Jeff Sessions said.\n",
        encoding="utf-8")


def _delete_article(corpus):
    (corpus / "articles/reuters-2017-08-16-sessions-chicago.md").unlink()


def _edit_glossary(corpus):
    glossary = corpus / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n", encoding="utf-8")


def _build(project, site_dir, workers=None):
    """``mkdocs build`` in a new process: nothing kept in memory, only what is on disk;
    ``workers``: the plugin's option, if not the project's."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir))
    if workers is not None:
        config.plugins["explainer"].config.workers = workers
    config.plugins.on_startup(command="build", dirty=False)
    build(config)


def _edit_article(corpus):
    article = corpus / "articles/dnainfo-2017-08-16-sessions-call-your-mayor.md"
    article.write_text(article.read_text(encoding="utf-8").replace("said", "told reporters", 1),
                       encoding="utf-8")


def _assert_same_site(rebuilt_dir, full_dir):
    rebuilt, full = _site(rebuilt_dir), _site(full_dir)
    assert sorted(rebuilt[0]) == sorted(full[0])
    assert [name for name in full[0] if rebuilt[0][name] != full[0][name]] == []
    assert rebuilt[1] == full[1]


CHANGES = [_edit_article, _edit_people, _add_article, _quote_a_speaker_again, _delete_article,
           _edit_glossary]


@pytest.mark.parametrize("change", CHANGES)
def test_after_any_corpus_change_a_preview_rebuild_equals_a_full_build(tmp_path, change):
    project, fresh = _project(tmp_path / "project"), _project(tmp_path / "fresh")
    first = _serve_build(project, tmp_path / "site")
    change(project / "corpus")
    _serve_build(project, tmp_path / "site", first.plugins)
    change(fresh / "corpus")
    _serve_build(fresh, tmp_path / "fresh-site")
    _assert_same_site(tmp_path / "site", tmp_path / "fresh-site")


@pytest.fixture
def small_parts(monkeypatch):
    """Lists in parts of a few items: parts are kept or rebuilt one by one."""
    from explainer.site import disputes, pages, people_pages
    monkeypatch.setattr(pages, "ARTICLES_PER_PART", 1)
    monkeypatch.setattr(people_pages, "ENTRIES_PER_PART", 3)
    monkeypatch.setattr(disputes, "ROWS_PER_PART", 2)


@pytest.mark.parametrize("change", CHANGES)
def test_after_any_corpus_change_a_second_build_equals_a_full_build(tmp_path, change,
                                                                   small_parts):
    project, fresh = _project(tmp_path / "project"), _project(tmp_path / "fresh")
    _build(project, project / "site")
    change(project / "corpus")
    _build(project, project / "site")
    change(fresh / "corpus")
    _build(fresh, fresh / "site")
    _assert_same_site(project / "site", fresh / "site")


def test_a_second_build_keeps_unchanged_pages_unless_their_file_was_altered(tmp_path):
    project = _project(tmp_path / "project")
    _build(project, project / "site")
    kept, altered = (project / "site" / path / "index.html" for path in (
        "articles/library-hours", "people/more/j"))
    inode = kept.stat().st_ino
    altered.write_text(altered.read_text(encoding="utf-8") + "<!-- altered -->",
                       encoding="utf-8")
    _build(project, project / "site")
    assert kept.stat().st_ino == inode  # moved back, not written again
    assert "<!-- altered -->" not in altered.read_text(encoding="utf-8")  # built again
    assert list((project / ".cache/explainer").glob("pages-*.json"))


def test_a_second_build_keeps_the_statement_exports_while_what_they_hold_is_unchanged(
        tmp_path, monkeypatch):
    from explainer.site import exports as export_module

    real = export_module.article_records
    project = _project(tmp_path / "project")
    _build(project, project / "site")
    exports = [project / "site/data" / name for name in ("statements.json", "statements.csv")]
    inodes = [path.stat().st_ino for path in exports]
    _build(project, project / "site")
    assert [path.stat().st_ino for path in exports] == inodes  # moved back, not written again
    _edit_article(project / "corpus")  # the other articles' records are copied, not made
    made = []
    monkeypatch.setattr(export_module, "article_records", lambda corpus, slug, *args: (
        made.append(slug), real(corpus, slug, *args))[1])
    _build(project, project / "site", workers=1)  # the exports written in this process
    # the edited article, and Reuters, whose Johnson statement is one with DNAinfo's
    assert "dnainfo-2017-08-16-sessions-call-your-mayor" in made and "library-hours" not in made
    fresh = _project(tmp_path / "fresh")
    _edit_article(fresh / "corpus")
    _build(fresh, fresh / "site")
    for path in exports:
        assert path.read_bytes() == (fresh / "site/data" / path.name).read_bytes()


def test_a_site_folder_that_is_a_link_stays_a_link(tmp_path):
    project = _project(tmp_path / "project")
    target = tmp_path / "elsewhere"
    target.mkdir()
    (project / "site").symlink_to(target)
    _build(project, project / "site")
    _build(project, project / "site")
    assert (project / "site").is_symlink()
    assert (target / "people/more/j/index.html").is_file()
