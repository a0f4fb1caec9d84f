"""A preview rebuild (one plugin instance, ``mkdocs serve``) renders again only the article
pages whose views changed, and still shows every edit."""

from __future__ import annotations

from mkdocs.commands.build import build
from mkdocs.config import load_config

import explainer.render as render_module

from projects import copy_project


def test_a_preview_rebuild_renders_again_only_the_edited_article(tmp_path, monkeypatch):
    project = copy_project(tmp_path)
    rendered: list[str] = []
    real = render_module.article_page

    def counting(view, *args, **kwargs):
        rendered.append(view.source.slug)
        return real(view, *args, **kwargs)

    monkeypatch.setattr(render_module, "article_page", counting)

    def config():
        return load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "site"))

    first = config()
    first.plugins.on_startup(command="serve", dirty=False)
    build(first, serve_url="http://127.0.0.1:8000/")
    articles = sorted((project / "corpus/articles").glob("*.md"))
    assert sorted(rendered) == sorted(p.stem for p in articles)
    edited = articles[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA sentence added in preview.\n",
                      encoding="utf-8")
    rendered.clear()
    build(config(), serve_url="http://127.0.0.1:8000/")  # the same plugin instance
    assert rendered == [edited.stem]
    page = (tmp_path / "site/articles" / edited.stem / "index.html").read_text(encoding="utf-8")
    assert "A sentence added in preview." in page
    other = (tmp_path / "site/articles" / articles[1].stem / "index.html").read_text(
        encoding="utf-8")
    assert "data-editor-panel" in other  # reused pages keep the preview's editor panel
