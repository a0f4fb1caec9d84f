"""HTML for the generated pages, from the page models and the package's Jinja templates.

Autoescape is on for every template: corpus text reaches the page only as escaped text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import jinja2

from ..engine.pair_model import trained
from ..site import jsonld
from ..site.editor_panel import EditorPanel
from ..site.pages import ArticleView, GlossaryEntry, format_date
from . import TEMPLATES, fragments
from .jsonld_script import script


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(format_date=format_date, card=fragments.card,
                       side_sections=fragments.side_sections,
                       card_text=fragments.card_text, article_text=fragments.article_text,
                       source_line=fragments.source_line, person_entry=fragments.person_entry,
                       listed_person=fragments.listed_person)
    return env


def compile_templates() -> None:
    """Compile every page template now (``mkdocs build`` does so before it forks the page
    workers, which then share them instead of each compiling them again)."""
    env = _env()
    for name in env.list_templates(filter_func=lambda name: not name.startswith("theme/")):
        env.get_template(name)


def article_page(view: ArticleView, glossary_url: str, terms: dict,
                 editor: EditorPanel | None = None, method_url: str = "") -> str:
    """The article page; ``editor`` adds the preview-only editor panel. ``method_url`` (the
    Method page, relative to this one; "" when the site has none) is linked where the page
    says that it shows no exchange, or not every statement in one."""
    published = format_date(view.article.published) if view.article else ""
    return _env().get_template("article.html").render(
        view=view, glossary_url=glossary_url, terms=terms, published=published, editor=editor,
        method_url=method_url, one_right_in=round(1 / max(trained().precision, 0.01)),
    )


# The article template marks the blocks a search index should skip (cards, key terms) and
# ``search_view`` cuts them out: Material's search parses every tag of a page, even inside
# ``data-search-exclude``, and parsing the cards cost more than building a plain page.
# Corpus text cannot contain the markers: it reaches the HTML escaped.
NOSEARCH_START, NOSEARCH_END = "<!--explainer:nosearch-->", "<!--/explainer:nosearch-->"


# Material's search makes its entries from a page's headings, its text and a few tags (p, li,
# code, ...), not from the statement marks or the paragraphs' attributes: the view leaves them
# out (a third of the tags of an article's view, and every attribute the parser would read
# in the article text). A mark next to text that is only whitespace stays, on the whole page:
# the parser collapses such text on its own, which it would not do once merged with words.
_MARK = re.compile(r'<mark class="ex-stmt"(?: id="[^"<>]*")?>|</mark>')
_MARK_TAG = re.compile(r"<mark\b[^>]*>|</mark>")
_SPACE_THEN_TAG = re.compile(r"\s+<")
_PARAGRAPH = re.compile(r'<p id="p-\d+" data-paragraph="\d+">')


def search_view(page_html: str) -> str:
    """The page without its marked blocks, its statement marks and its paragraphs' anchors:
    what a search index needs to read, in fewer tags and attributes (the same index)."""
    view = _without_nosearch(page_html)
    if "<mark" in view and not _mark_by_space(view):
        view = _MARK.sub("", view)
    return _PARAGRAPH.sub("<p>", view)


def _without_nosearch(page_html: str) -> str:
    """The page without each block from a start marker to the first end marker after it
    (found with ``str.find``: a regular expression's lazy match tried to end the block at
    every character of it, 60 ms of a first build at 1,000 articles)."""
    kept, at = [], 0
    while (start := page_html.find(NOSEARCH_START, at)) != -1:
        end = page_html.find(NOSEARCH_END, start + len(NOSEARCH_START))
        if end == -1:
            break
        kept.append(page_html[at:start])
        at = end + len(NOSEARCH_END)
    kept.append(page_html[at:])
    return "".join(kept)


def _mark_by_space(view: str) -> bool:
    """Whether a mark's tag is next to text that is only whitespace: after it, up to the
    next tag, or before it, since the previous tag (looked for around each mark, not at
    every tag of the page)."""
    for tag in _MARK_TAG.finditer(view):
        if _SPACE_THEN_TAG.match(view, tag.end()):
            return True
        before = tag.start()
        while before > 0 and view[before - 1].isspace():
            before -= 1
        if 0 < before < tag.start() and view[before - 1] == ">":
            return True
    return False


def without_markers(page_html: str) -> str:
    return page_html.replace(NOSEARCH_START, "").replace(NOSEARCH_END, "")


def nosearch(fragment: str) -> str:
    """Mark a fragment (structured data, say) for ``search_view`` to cut out."""
    return f"{NOSEARCH_START}{fragment}{NOSEARCH_END}" if fragment else ""


def index_page(views: list[ArticleView], total: int, part: int, part_urls: list[str],
               article_url: Callable[[str], str]) -> str:
    """One part of the Articles index: ``views`` of ``total`` articles."""
    return _env().get_template("index.html").render(
        rows=views, total=total, part=part, part_urls=part_urls, article_url=article_url)


def glossary_page(
    entries: list[GlossaryEntry], article_url: Callable[[str], str], page_url: str
) -> str:
    data = jsonld.defined_term_set([e.term for e in entries], page_url)
    return _env().get_template("glossary.html").render(
        entries=entries, article_url=article_url, jsonld=script(data))
