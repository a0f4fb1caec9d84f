"""HTML for the generated pages, from the page models and the package's Jinja templates.

Autoescape is on for every template: corpus text reaches the page only as escaped text.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import jinja2

from . import jsonld
from .editor_panel import EditorPanel
from .pages import ArticleView, GlossaryEntry, format_date

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["format_date"] = format_date
    return env


def article_page(view: ArticleView, glossary_url: str, terms: dict,
                 editor: EditorPanel | None = None) -> str:
    """The article page; ``editor`` adds the preview-only editor panel."""
    published = format_date(view.article.published) if view.article else ""
    return _env().get_template("article.html").render(
        view=view, glossary_url=glossary_url, terms=terms, published=published, editor=editor
    )


def index_page(views: list[ArticleView], article_url: Callable[[str], str]) -> str:
    return _env().get_template("index.html").render(rows=views, article_url=article_url)


def glossary_page(
    entries: list[GlossaryEntry], article_url: Callable[[str], str], page_url: str
) -> str:
    data = jsonld.defined_term_set([e.term for e in entries], page_url)
    return _env().get_template("glossary.html").render(
        entries=entries, article_url=article_url, jsonld=jsonld.script(data))
