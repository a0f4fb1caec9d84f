"""Parts of Material's page frame rendered once for many pages instead of for each.

Material renders its whole frame around every page, and at 1,000 articles a build has about
1,700 pages, most of them generated ones outside the navigation. Two parts of that frame show
nothing of such a page:

- the search box (``partials/search.html``) shows nothing of any page: it is rendered once
  per build;
- the navigation sidebar (``partials/nav.html``) shows a page through its own entry (active,
  with its table of contents), which a page outside the navigation does not have, and
  through its links, which are relative to the page's address. From ``articles/a/`` or
  ``articles/b/`` every link is the same (``../../people/``) unless it leads below the page's
  own address: the sidebar is rendered once per folder of such pages.

Together they were a third of the time spent in Material's template (0.3 to 0.5 s of CPU at
1,000 articles). So are the blocks of ``base.html`` that show only the theme's settings and
links to its assets and to the project's extra scripts and style sheets (``STATIC_BLOCKS``:
the page's configuration for Material's scripts, with its ten translated messages, the
scripts, the style sheets, the fonts, the analytics, and the footer, whose links to the
previous and next pages only pages in the navigation have): their links differ from folder
to folder, and only for a page whose own address starts one of theirs from page to page
within a folder. They were 0.25 s of CPU at 1,000 articles. So is the header, but for the
page's title in it: it is rendered once per folder for a stand-in page whose title is a
mark, and each page's title (escaped text, which Material prints as it is) takes the mark's
place (0.15 s). The page's table of contents is rendered once for each list of entries
(an article page's sections are one of a few lists).

Only Material's own templates are taken for what they are (a project's override of one may
show anything of the page), and only when no plugin but Material's search and this one runs
(another may change the navigation page by page), as for ``parallel_pages``.
tests/plugin/test_theme_cache.py builds a site with and without and compares the two byte
for byte.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from pathlib import Path

import material
from mkdocs.config.defaults import MkDocsConfig

from .parallel_pages import PLUGINS

SEARCH, NAV, BASE = "partials/search.html", "partials/nav.html", "base.html"
HEADER, TOC = "partials/header.html", "partials/toc.html"
TITLE_MARK = "\0explainer:title\0"  # found in the stand-in's header only
STATIC_BLOCKS = ("config", "scripts", "styles", "fonts", "libs", "analytics", "footer")
# where base.html's links in those blocks lead (besides the project's extra files)
ASSET_FOLDER = "assets/"
# the templates the two draw on (the logo, the repository link, each navigation entry)
TEMPLATES = (SEARCH, NAV, "partials/nav-item.html", "partials/logo.html",
             "partials/source.html", HEADER, TOC, "partials/toc-item.html")
MATERIAL = Path(material.__file__).parent / "templates"


def install(env, config: MkDocsConfig, nav) -> None:
    """Render the search box once and the navigation once per folder of pages outside it,
    where the theme's templates for them are Material's."""
    if set(config.plugins) - PLUGINS or not all(_is_material(env, name)
                                                for name in (*TEMPLATES, BASE)):
        return
    in_nav = {id(page) for page in nav.pages}
    targets = [url for url in _urls(nav.items) if url]
    assets = [ASSET_FOLDER, *(str(path) for path in (
        *config.extra_css, *config.extra_javascript, config.theme.get("logo"),
        config.extra.get("homepage")) if path)]

    def folder(page) -> str | None:
        """The folder whose pages see the same navigation as ``page``; None: its own."""
        if page is None or id(page) in in_nav or not page.url:
            return None
        if any(url.startswith(page.url) for url in targets):
            return None
        return posixpath.dirname(page.url.rstrip("/"))

    last: list = [None, None]  # the page asked about last, and its key (each block asks)

    def linked_from(context) -> str | None:
        """What the static blocks' links depend on for the page of ``context``."""
        page = context.get("page")
        if page is not last[0]:
            place = folder(page)
            last[:] = page, (None if place is None or any(
                path.startswith(page.url) for path in assets)
                else f"{place}\0{context.get('base_url')}")
        return last[1]

    _memoize(env.get_template(SEARCH), lambda page: "")
    _memoize(env.get_template(NAV), folder)
    blocks = env.get_template(BASE).blocks
    for name in STATIC_BLOCKS:
        blocks[name] = _kept(blocks[name], linked_from)
    _memoize(env.get_template(TOC), _toc_key)
    header = env.get_template(HEADER)
    header.root_render_func = _titled(header.root_render_func, linked_from)


def _memoize(template, key: Callable[[object], str | None]) -> None:
    """The template's output kept by ``key(page)`` (rendered as usual where it is None)."""
    template.root_render_func = _kept(template.root_render_func,
                                      lambda context: key(context.get("page")))


def _kept(render: Callable, key: Callable[[object], str | None]) -> Callable:
    """A template's render function (root or block) whose output is kept by
    ``key(context)`` (rendered as usual where it is None)."""
    outputs: dict[str, str] = {}

    def kept(context) -> Iterator[str]:
        found = key(context)
        if found is None:
            yield from render(context)
            return
        if found not in outputs:
            outputs[found] = "".join(render(context))
        yield outputs[found]

    return kept


def _titled(render: Callable, key: Callable[[object], str | None]) -> Callable:
    """The header's render function: its output kept by ``key(context)`` around the page's
    title (rendered as usual where the key is None or the page has no title of its own)."""
    frames: dict[str, list[str]] = {}

    def titled(context) -> Iterator[str]:
        page = context.get("page")
        found, title = key(context), _own_title(page)
        if found is not None and title is not None and found not in frames:
            stand_in = context.derived({"page": _TitleMark(page.url)})
            frames[found] = "".join(render(stand_in)).split(TITLE_MARK)
        if found is None or title is None or len(frames[found]) != 2:
            yield from render(context)
            return
        before, after = frames[found]
        yield f"{before}{title}{after}"

    return titled


def _toc_key(page) -> str | None:
    """What the table of contents shows of ``page``: its entries, where none has entries
    of its own or a typeset title (None: rendered as usual)."""
    entries = getattr(page, "toc", None)
    if entries is None or any(item.children or getattr(item, "typeset", None)
                              for item in entries):
        return None
    return "\0".join(f"{item.level}\1{item.url}\1{item.title}" for item in entries)


def _own_title(page) -> str | None:
    """The title the header shows from ``page.meta`` (None: it would show another)."""
    title = getattr(page, "meta", None) and page.meta.get("title")
    return title if isinstance(title, str) and title else None


class _TitleMark:
    """A page for the header to show: the page's address, and a mark for its title."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.title = TITLE_MARK
        self.meta = {"title": TITLE_MARK}


def _is_material(env, name: str) -> bool:
    try:
        _, filename, _ = env.loader.get_source(env, name)
    except Exception:  # noqa: BLE001 - missing, or a loader of another kind: not Material's
        return False
    return filename is not None and Path(filename).resolve().is_relative_to(MATERIAL.resolve())


def _urls(items) -> Iterator[str]:
    """The address of every page and link in the navigation, sections opened."""
    for item in items:
        yield getattr(item, "url", None) or ""
        yield from _urls(getattr(item, "children", None) or [])
