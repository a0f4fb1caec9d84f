"""Material's search box and navigation, rendered once for many pages (plugin/theme_cache),
give the site that rendering them on every page gives, byte for byte; a project's own
navigation template is rendered on every page."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from explainer.plugin import theme_cache

from projects import build_project, copy_project


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _counting(monkeypatch) -> list[str]:
    """The names of the kept templates, once each time one is rendered for real."""
    rendered: list[str] = []
    real = theme_cache._memoize

    def counted(template, key):
        render = template.root_render_func

        def root_render_func(context):
            rendered.append(template.name)
            return render(context)

        template.root_render_func = root_render_func
        real(template, key)

    monkeypatch.setattr(theme_cache, "_memoize", counted)
    return rendered


def test_the_site_is_the_same_with_the_search_box_and_navigation_rendered_once(
        tmp_path, monkeypatch):
    project = copy_project(tmp_path)
    rendered = _counting(monkeypatch)
    kept = tree(build_project(project / "mkdocs.yml", project / "site-kept", workers=1))
    pages = sum(name.endswith("index.html") for name in kept)
    assert rendered.count(theme_cache.SEARCH) == 1
    # once per folder of pages outside the navigation, once per page in it
    assert 0 < rendered.count(theme_cache.NAV) < pages
    shutil.rmtree(project / ".cache")
    monkeypatch.setattr(theme_cache, "install", lambda *args: None)
    every = tree(build_project(project / "mkdocs.yml", project / "site-every", workers=1))
    assert kept.keys() == every.keys()
    assert [name for name in kept if kept[name] != every[name]] == []


def test_a_projects_own_navigation_template_is_rendered_on_every_page(tmp_path, monkeypatch):
    """An override may show anything of the page: here its title."""
    project = copy_project(tmp_path)
    material = (theme_cache.MATERIAL / theme_cache.NAV).read_text(encoding="utf-8")
    override = project / "overrides" / theme_cache.NAV
    override.parent.mkdir(parents=True)
    override.write_text(material.replace(
        '<ul class="md-nav__list"', '<p class="nav-for">{{ page.title }}</p>\n<ul '
        'class="md-nav__list"', 1), encoding="utf-8")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  name: material\n", "  name: material\n  custom_dir: overrides\n", 1),
        encoding="utf-8")
    rendered = _counting(monkeypatch)
    site = build_project(config, project / "site", workers=1)
    assert rendered == []
    titles = {re.search(r'<p class="nav-for">(.*?)</p>', page.read_text(encoding="utf-8"))[1]
              for page in (site / "articles").glob("*/index.html")}
    assert len(titles) == len(list((project / "corpus/articles").glob("*.md")))
