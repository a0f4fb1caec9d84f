"""The MkDocs adapter: maps build events onto the core in `site`, `pages` and `render`.

Pages are generated in memory (never written into ``docs/``). Their Markdown is empty; the
HTML is rendered from the page models when MkDocs builds each page (``_render``), so corpus
text is never parsed as Markdown or HTML. The plugin instance lives across ``mkdocs serve``
rebuilds (``on_startup`` is defined), which is where the caches are kept; parsed files,
analyses and page models are also kept on disk between builds (``cache_dir``, see
``disk_store``).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import html
import logging
import posixpath
import re
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents, get_toc
from mkdocs.utils import get_relative_url

from ..render import ASSETS, TEMPLATES, safe_markdown
from ..render import pages as render
from ..site.background import Background
from ..site.build import Site, build_site
from ..site.disk_store import DiskStore
from ..site.editor_panel import editor_panel
from ..site.pages import ArticleView, glossary_entries
from ..site.people_pages import MIN_ARTICLES
from ..site.workers import default_workers
from . import pagefind_search, theme_cache, theme_fixes
from .corpus_pages import STATEMENTS, CorpusPages, records_digest
from .page_reuse import PageReuse
from .parallel_pages import PLUGINS, Built, ParallelPages
from .term_links import TermLinkExtension

log = get_plugin_logger(__name__)

# When the process ends, nothing needs collecting: Python's shutdown collects garbage several
# times while it clears the modules, each time walking every object still alive, and a build
# leaves hundreds of thousands of them (the corpus's models and pages; 440,000 at 1,000
# articles, against 43,000 for the same texts as plain pages): 1.2 s of a 6 s first build,
# after the site was written. Frozen, they are left for the system to reclaim with the
# process.
atexit.register(gc.freeze)

CSS, JS = "assets/explainer/explainer.css", "assets/explainer/explainer.js"
GLOSSARY = "glossary.md"
METHOD = "method.md"  # the Method page, whose "Pairing" section article pages link to
PAGE_KEYS = "page keys"  # the background job that fingerprints a first build's pages
GLOSSARY_ENTRIES = "glossary entries"  # the background job that finds every term's uses


class ExplainerConfig(base.Config):
    corpus = c.Dir(exists=False, default="corpus")
    link_all_uses = c.Type(bool, default=False)
    # A page of their own for speakers in people.yml and those in at least this many articles;
    # the others are listed with their statements on people/more/ (1: a page for everyone).
    people_min_articles = c.Type(int, default=MIN_ARTICLES)
    # "pagefind": a chunked Pagefind index made after the build (see pagefind_search)
    search = c.Choice(("material", "pagefind"), default="material")
    # Analyses kept between builds (relative to mkdocs.yml); "" keeps none
    cache_dir = c.Type(str, default=".cache/explainer")
    # Processes that analyse the articles a build has not seen and build the generated pages
    # (see parallel_pages); 0: one per core, 1: none
    workers = c.Type(int, default=0)


class ExplainerPlugin(BasePlugin[ExplainerConfig]):
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.preview = command == "serve"  # the editor panel exists only in the preview
        self.cache: dict[str, object] = {}  # parsed files, analyses, views (see build_site)
        self.site: Site | None = None
        self.articles: dict[str, ArticleView] = {}
        self.article_html: dict[str, tuple[ArticleView, tuple[str, str], str]] = {}  # preview
        self.files: Files | None = None  # this build's files, for _render
        # builds keep the pages nothing changed (not under --dirty, which MkDocs handles its
        # own way); see on_config for mkdocs build
        self.reuse: PageReuse | None = None if dirty else PageReuse()
        self.search_start = 0
        self.whole_page: str | None = None  # the page being built, while search reads less
        self.quiet_search = False
        self.dirty = dirty
        self.nav = None  # this build's navigation, for the workers that build our pages
        self.parallel = ParallelPages()
        self.prerendered: Built | None = None  # the page being built, if a worker built it
        self.corpus_pages = CorpusPages()  # people, topics, sources, open data, feed
        # what this build writes and never reads back (the build cache, the statement
        # exports), written by a forked process while the main one goes on (mkdocs build)
        self.background = Background(enabled=False)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not hasattr(self, "cache"):  # built without on_startup (e.g. by an older caller)
            self.on_startup(command="build", dirty=False)
        config.theme.dirs.append(str(TEMPLATES / "theme"))
        root = Path(config.config_file_path or ".").parent
        self.cache_folder = root / self.config.cache_dir if self.config.cache_dir else None
        if self.reuse is not None and not self.preview:  # the state lives with the analyses
            self.reuse.state_dir = self.cache_folder
            if self.cache_folder is None:
                self.reuse = None
        self.term_links = TermLinkExtension(self.config.link_all_uses)
        config.markdown_extensions.append(self.term_links)
        self.pagefind = self.config.search == "pagefind"
        if self.pagefind and not pagefind_search.available():
            raise PluginError("explainer: search: pagefind needs Pagefind: "
                              "pip install -c constraints.txt -e '.[pagefind]'")
        scripts = (JS, pagefind_search.SCRIPT) if self.pagefind else (JS,)
        for extra, uri in ((config.extra_css, CSS), *((config.extra_javascript, s)
                                                       for s in scripts)):
            if uri not in [str(item) for item in extra]:
                extra.append(uri)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if self.reuse is not None:
            self.reuse.start(config)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """The corpus's models and pages. They are hundreds of thousands of long-lived
        objects (views read from disk, appearances, entries) and no garbage cycles: while
        they are made, Python's cycle collector would run hundreds of times, each time
        walking more of them (0.5 s of a 5 s build at 1,000 articles), so it is paused, and
        what exists once they are made is frozen (left out of every collection) until the
        build ends (``_thaw``)."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._generate(files, config)
        finally:
            if enabled:
                gc.enable()
        gc.freeze()
        return files

    def _generate(self, files: Files, config: MkDocsConfig) -> None:
        corpus = Path(self.config.corpus)
        if not corpus.is_dir():
            raise PluginError(f"explainer: corpus folder not found: {corpus}")
        root = Path(config.config_file_path).parent
        store = DiskStore(self.cache_folder) if self.cache_folder else None
        self.background = Background(enabled=not self.preview and not self.dirty and (
            self.config.workers or default_workers()) > 1)
        self.site = build_site(corpus, root, self.cache, self.config.link_all_uses, store,
                               self.config.workers or None, self.background)
        for problem in self.site.all_problems():
            log.warning(str(problem))
        self.articles = {f"articles/{v.source.slug}.md": v for v in self.site.views}
        current = {v.source.path for v in self.site.views}
        self.article_html = {k: v for k, v in self.article_html.items() if k in current}
        self.term_links.glossary = self.site.glossary
        for uri in (*self.articles, GLOSSARY):
            inclusion = InclusionLevel.NOT_IN_NAV if uri in self.articles else (
                InclusionLevel.UNDEFINED)
            _add(files, File.generated(config, uri, content="", inclusion=inclusion))
        for uri in (CSS, JS, *((pagefind_search.SCRIPT,) if self.pagefind else ())):
            _add(files, File.generated(config, uri, abs_src_path=str(ASSETS / Path(uri).name)))
        if self.pagefind:  # reached from the header's search button
            _add(files, File.generated(config, pagefind_search.PAGE, content="",
                                       inclusion=InclusionLevel.NOT_IN_NAV))
        self.corpus_pages.add_files(self.site, files, config, _add,
                                    max(1, self.config.people_min_articles))
        if self.reuse is not None:
            self._offer_for_reuse(files, config)
        self._write_statements(files, config)
        # every use of every term, for the glossary page: a walk over all the articles' text
        # (0.3 s at 5,000 articles), done while this process reads the other pages
        self.background.run(GLOSSARY_ENTRIES, glossary_entries, self.site.glossary,
                            self.site.views, safe_markdown.render)

    def _offer_for_reuse(self, files: Files, config: MkDocsConfig) -> None:
        """Fingerprint every article, person, letter and topic page and every part of the
        Articles index (see page_reuse). When none can be reused (a first build), they are
        worked out in the background (a tenth of a second at 1,000 articles, while this
        process alone builds the navigation and reads every page): only the next build
        reads them."""
        reuse = self.reuse
        assert reuse is not None
        reuse.set_frame(config, files)
        uris = [*self.articles, *self.corpus_pages.leaves()]
        pages = [files.src_uris.get(uri) for uri in uris]  # POSIX already (corpus_pages._url)
        if not reuse.keeps_nothing:
            for uri, file in zip(uris, pages, strict=True):
                assert file is not None
                reuse.offer(file, self.corpus_pages.page_key(uri))
            return
        for file in pages:
            assert file is not None
            reuse.expect(file)
        self.background.run(PAGE_KEYS, self.corpus_pages.page_keys, uris)

    def _write_statements(self, files: Files, config: MkDocsConfig) -> None:
        """The statement exports. While every article's records are the previous build's,
        its files are put back (page_reuse); else they are written again (in the background:
        see ``_wait_for_background``), copying the previous files' blocks of the articles
        whose records did not change. A first build has nothing to put back: the records'
        keys are worked out in the background too (0.5 s at 5,000 articles)."""
        reuse = self.reuse
        salt = f"{config.site_url or ''}\0{reuse.frame if reuse is not None else ''}"
        keys = old = None
        if reuse is not None:
            exported = [files.get_file_from_path(uri) for uri in STATEMENTS]
            if not reuse.keeps_nothing:
                keys = self.corpus_pages.record_keys(salt)
                spans = reuse.extra.get("statements")
                whole = records_digest(keys)
                if all([reuse.offer(file, whole) for file in exported]) and spans is not None:
                    reuse.extra_next["statements"] = spans
                    return
                previous = [reuse.previous_output(file) for file in exported]
                old = (*previous, spans) if None not in previous and spans is not None else None
            for file in exported:  # written together: neither is kept
                file.inclusion = InclusionLevel.UNDEFINED
                reuse.reused.pop(file.src_uri, None)
                reuse.expect(file)
        # MkDocs copies each file onto itself (which it skips) right after on_env: they must
        # exist by then, and the background process writes into these very files. With the
        # previous files' blocks to copy, only edited articles' records are made: done here.
        for uri in STATEMENTS:
            path = Path(config.site_dir) / uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        self.background.run(STATEMENTS[0], self.corpus_pages.write_statements,
                            config.site_dir, salt, keys, old, here=old is not None)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        uri = page.file.src_uri
        # A hand-written page links the glossary by its source path ("../glossary.md"), which
        # MkDocs turns into the page's URL and validates; a built URL ("glossary/") would be
        # reported on every build as an unrecognized relative link.
        self.term_links.glossary_url = "" if self._owns(uri) else _doc_link(files, GLOSSARY, page)
        if uri in self.articles:
            view = self.articles[uri]
            title = view.article.title if view.article else f"Error in {view.source.path}"
            page.meta["title"] = html.escape(title)
            page.meta["template"] = "explainer.html"
        elif uri == GLOSSARY:
            page.meta["title"] = "Glossary"
        elif self.pagefind and uri == pagefind_search.PAGE:
            page.meta["title"] = "Search"
        self.corpus_pages.page_meta(page, files, config)
        return markdown

    def on_page_content(self, html_: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        """The glossary page is rendered here (its table of contents lists the terms); our
        other pages only when MkDocs builds them (``_render``), because MkDocs reads every
        page before it builds any: at 5,000 articles, holding all of their HTML at once
        took 650 MB."""
        uri = page.file.src_uri
        assert self.site is not None
        if uri == GLOSSARY:
            entries = self.background.result(GLOSSARY_ENTRIES)
            page.toc = _toc((html.escape(e.term.name), e.term.id) for e in entries)
            page_url = page.canonical_url or ""  # relative ids resolve against the page
            content = render.glossary_page(entries, self._article_url(files, page), page_url)
            # MkDocs checks links to "glossary.md#detainer" against the anchors it saw in the
            # page's Markdown, which is empty: give it those of the page as built
            page.present_anchor_ids = set(_ANCHOR_ID.findall(content))
            return content
        return "" if self._owns(uri) else html_

    @event_priority(-100)
    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        self.nav = nav
        # our pages (MkDocs' navigation gave each a Page, in the nav or not) read without a
        # Markdown converter: the same object, of a class whose render skips it
        for file in files.documentation_pages(inclusion=lambda level: True):
            if type(file.page) is Page and self._owns(file.src_uri):
                file.page.__class__ = GeneratedPage
        return nav

    def on_template_context(self, context, *, template_name: str, config: MkDocsConfig):
        if template_name == "sitemap.xml" and self.reuse is not None and self.files is not None:
            context["pages"] = self.reuse.sitemap_pages(self.files, config)
        return context

    @event_priority(-100)  # the environment as every plugin left it
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        self.files = files  # for _render, whose event is not given them
        # no plugin but search sees what _render gives search in place of a page's content
        self.quiet_search = not set(config.plugins) - PLUGINS
        # The theme's templates without the blank lines and indentation that their block
        # tags leave (2.7 MB of a 1,000-article site, about 1.4 KB a page): what differs is
        # whitespace between tags of the head, of list items and of icons, which no browser
        # shows (tests/browser checks the pages).
        env.trim_blocks = env.lstrip_blocks = True
        if self.nav is not None:  # (before the page workers are forked: theirs too)
            theme_cache.install(env, config, self.nav)
        if not self.preview and not self.dirty:
            render.compile_templates()
            self.parallel.start(config, env, files, self.nav, self._owns,
                                lambda: _search_entries(config),
                                (self.config.workers or default_workers()) - 1)
        return env

    def _content(self, page: Page, files: Files, config: MkDocsConfig) -> str:
        uri = page.file.src_uri
        assert self.site is not None
        if uri in self.articles:
            return (self._article_html(self.articles[uri], _url(files, GLOSSARY, page),
                                       _url(files, METHOD, page))
                    + render.nosearch(self.corpus_pages.structured_data(page, files, config)))
        if self.pagefind and uri == pagefind_search.PAGE:
            return pagefind_search.page_html(get_relative_url("pagefind/", page.url))
        return self.corpus_pages.page_content(page, files, config) or ""

    # Our pages are rendered when they are built, before any other plugin sees them. Search
    # plugins index ``page.content`` in this event: around them, an article page's content
    # is its search view (see ``render.search_view``), then the whole page.
    @event_priority(100)
    def _render(self, context, *, page: Page, config: MkDocsConfig, nav):
        uri = page.file.src_uri
        built = self.parallel.take(page) if self.parallel.shares else None
        template = self.parallel.context_template(page, built)
        if template is not None:  # a page given to a worker: see parallel_pages
            context["explainer_template"] = template
        if built is not None:
            entries = _search_entries(config)
            self.search_start = len(entries) if entries is not None else 0
            page.content, self.prerendered = "", built
            return context
        assert self.files is not None
        self.corpus_pages.page_share(page, self.files, config)
        if self._owns(uri) and uri != GLOSSARY:
            page.content = self._content(page, self.files, config)
        entries = _search_entries(config)
        self.search_start = len(entries) if entries is not None else 0
        if uri in self.articles:  # its table of contents, set only when it is built
            page.toc = _toc(self.articles[uri].sections)
            self.whole_page = render.without_markers(page.content or "")
            page.content = render.search_view(page.content or "")
        elif (self.quiet_search and page.content and self._owns(uri)
              and (page.meta.get("search") or {}).get("exclude")):
            # Material's search indexes nothing of the page, but looks through all its HTML
            # for attributes of its own (data-search-*="...") that our pages never carry
            # (people's pages: 6 MB at 1,000 articles)
            self.whole_page, page.content = page.content, ""
        return context

    @event_priority(-100)
    def _after_search(self, context, *, page: Page, config: MkDocsConfig, nav):
        uri = page.file.src_uri
        if self.prerendered is not None:  # the entries the worker made, not the stand-in's
            built, self.prerendered = self.prerendered, None
            entries = _search_entries(config)
            if entries is not None:
                entries[self.search_start:] = built.entries
            if self.reuse is not None:
                self.reuse.search_entries[uri] = list(built.entries)
            return context
        if self.whole_page is not None:
            page.content, self.whole_page = self.whole_page, None
        if self.reuse is not None and self._owns(uri):  # to put back when the page is reused
            entries = _search_entries(config)
            self.reuse.search_entries[uri] = (
                entries[self.search_start:] if entries is not None else [])
        return context

    on_page_context = CombinedEvent(_render, _after_search)

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if self.parallel.built(page.file.src_uri):  # as the worker wrote it
            page.content = None
            return output
        output = theme_fixes.repair(output)
        if self._owns(page.file.src_uri):
            # MkDocs keeps every page until the build ends; nothing reads our HTML once the
            # page is written, so only the page being built holds it (see on_page_content).
            page.content = None
            output = theme_fixes.unindent(output)
        return output

    @event_priority(100)  # before the search plugin writes its index
    def _restore_reused(self, *, config: MkDocsConfig) -> None:
        self._wait_for_background()
        if self.reuse is not None:
            self.reuse.finish(config, _search_entries(config), self.files)

    def _wait_for_background(self) -> None:
        """The build cache and the statement exports written (the exports' spans kept for
        the next build), the pages' fingerprints worked out."""
        jobs = self.background.jobs
        self.background.wait()
        if self.reuse is not None:
            if STATEMENTS[0] in jobs:
                whole, self.reuse.extra_next["statements"] = self.background.result(STATEMENTS[0])
                self.reuse.record(dict.fromkeys(STATEMENTS, whole))
            if PAGE_KEYS in jobs:
                self.reuse.record(self.background.result(PAGE_KEYS))
        self.background.stop()

    @event_priority(50)
    def _refuse_strict(self, *, config: MkDocsConfig) -> None:
        """``--strict`` fails on the corpus problems this plugin reported, whatever the log
        level: MkDocs 1.6 counts warnings only when they are shown, so ``mkdocs build
        --strict -q`` would publish a site with a broken article (mkdocs/mkdocs#4126)."""
        problems = self.site.all_problems() if self.site else []
        if config.strict and problems:
            raise PluginError(f"explainer: {len(problems)} problem"
                              f"{'s' * (len(problems) != 1)} in the corpus (strict mode); "
                              f"the first: {problems[0]}")

    def _index_with_pagefind(self, *, config: MkDocsConfig) -> None:
        if self.pagefind:
            try:
                log.info(pagefind_search.index(config.site_dir).strip().splitlines()[-1])
            except (RuntimeError, IndexError) as err:
                raise PluginError(f"explainer: {err}") from err

    @event_priority(-100)
    def _thaw(self, *, config: MkDocsConfig) -> None:
        """What ``on_files`` froze can be collected again: under ``mkdocs serve`` the next
        build replaces some of it."""
        gc.unfreeze()
        self.parallel.stop()

    on_post_build = CombinedEvent(_restore_reused, _refuse_strict, _index_with_pagefind, _thaw)

    def on_build_error(self, *, error: Exception) -> None:
        gc.unfreeze()
        self.parallel.stop()
        with contextlib.suppress(Exception):  # the build cache kept, as a serial build does
            self.background.wait()
        self.background.stop()
        if self.reuse is not None:
            self.reuse.forget()

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        server.watch(str(self.config.corpus))
        return server

    def _article_html(self, view: ArticleView, glossary_url: str, method_url: str) -> str:
        """An article page's own HTML. A view depends only on its article, review, people.yml
        and glossary (``site`` reuses the object while they are unchanged), so the preview
        keeps each page's HTML for the next rebuild; ``mkdocs build`` keeps nothing."""
        known = self.article_html.get(view.source.path)
        if known is not None and known[0] is view and known[1] == (glossary_url, method_url):
            return known[2]
        assert self.site is not None
        terms = {t.id: t for t in self.site.glossary.terms}
        editor = editor_panel(view, view.statements, self.site.people,
                              self.site.glossary) if self.preview else None
        page_html = render.article_page(view, glossary_url, terms, editor, method_url)
        if self.preview:
            self.article_html[view.source.path] = (view, (glossary_url, method_url), page_html)
        return page_html

    def _owns(self, uri: str) -> bool:
        """A page this plugin generates (rather than one of ``docs/``)."""
        return (uri in self.articles or uri == GLOSSARY or self.corpus_pages.owns(uri)
                or (self.pagefind and uri == pagefind_search.PAGE))

    def _article_url(self, files: Files, page: Page):
        return lambda slug: _url(files, f"articles/{slug}.md", page)


def _add(files: Files, file: File) -> None:
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        raise PluginError(f"explainer: docs/{file.src_uri} clashes with a generated page; "
                          "rename or remove it")
    files.append(file)


_ANCHOR_ID = re.compile(r'\bid="([^"]+)"')


def _doc_link(files: Files, src_uri: str, page: Page) -> str:
    """A Markdown link from ``page`` to the source file ``src_uri``, relative to the page's
    own source file, as an editor would write it."""
    if files.get_file_from_path(src_uri) is None:
        return ""
    return posixpath.relpath(src_uri, posixpath.dirname(page.file.src_uri) or ".")


def _url(files: Files, src_uri: str, page: Page) -> str:
    target = files.get_file_from_path(src_uri)
    return get_relative_url(target.url, page.url) if target else ""


def _search_entries(config: MkDocsConfig) -> list | None:
    """Material's search index entries, which the preview puts back for reused pages."""
    search = config.plugins.get("material/search")
    return getattr(getattr(search, "search_index", None), "entries", None)


class GeneratedPage(Page):
    """A page this plugin generates. Its Markdown is empty, of which Markdown makes nothing
    (``Markdown.convert`` returns "" for a blank text before any extension runs): what
    ``Page.render`` sets is set without building a Markdown converter, with every extension
    of the project, for each of thousands of pages (a sixth of a millisecond each)."""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None or self.markdown.strip():
            super().render(config, files)
            return
        self.content = ""
        self.toc = get_toc([])
        self._title_from_render = None
        self.present_anchor_ids = set()
        if _PAGES_LOG.getEffectiveLevel() > logging.DEBUG:  # as Page.render
            self.links_to_anchors = {}


_PAGES_LOG = logging.getLogger("mkdocs.structure.pages")


def _toc(entries) -> TableOfContents:
    return TableOfContents([AnchorLink(title, anchor, 2) for title, anchor in entries])
