"""The generated pages' HTML rendered on the other cores.

MkDocs builds every page in the main process, one after the other: at 1,000 articles, about
1,960 of our pages through Material's page template, our own HTML and Material's search
indexing, on one core. By ``on_env`` every page has been read and every plugin has seen the
files and the navigation, and what building a page does from there (``_build_page``: the
template context, each plugin's ``on_page_context``, the template, each plugin's
``on_post_page``) depends only on that state and the page. So the run of generated pages
that ends the build's list is shared with processes forked there, which build pages as
MkDocs would and write their files: they take pages from the run's end, backwards, while
the main process builds the others in order, taking each page of the run as it reaches it,
until the two meet (who took which is settled page by page in shared memory, so that
neither waits for the other however fast each one turns out to be). When the main process
reaches a page a worker built, the page's template is a stand-in (``TEMPLATE``) whose output
is empty, so that MkDocs writes nothing over the worker's file (its report of a page with an
empty output is left out for these pages), and the search entries the worker made for the
page take the place of those of the stand-in's empty content. The site is the same, byte for
byte, and so is the search index, in the same order; the warnings a worker logged while it
built a page are logged by the main process when it reaches that page, where a serial build
logs them.

Only ``mkdocs build`` (not the preview, not ``--dirty``), only where ``fork`` exists, only
with no other plugin than Material's search (another plugin's events may keep state that a
worker's copy would lose), and only for a build of at least ``PARALLEL_FROM`` of our pages.
A worker that fails leaves its pages to the main process, which builds them as usual (an
error is then raised where a serial build raises it). Workers ignore Ctrl-C and are daemons:
an interrupted build ends them.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from mkdocs import utils
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

from ..site.background import answer, reply

PARALLEL_FROM = 64  # fewer pages than this: forking costs more than it saves
TEMPLATE = "explainer-parallel.html"  # in render/templates/theme: extends a context value
WRITTEN = "explainer-written.html"  # a page a worker wrote: an empty output
PLUGINS = frozenset({"explainer", "search", "material/search"})


@dataclass
class Built:
    """A page a worker built: its search entries, whether it wrote a file, and what was
    logged while it was built."""

    entries: list
    written: bool
    records: list = field(default_factory=list)


@dataclass
class Worker:
    process: BaseProcess
    reader: Connection


@dataclass
class ParallelPages:
    """Who builds which page is settled page by page, while they are built: the main process
    takes the run's pages from its start, in MkDocs' order, and the workers take them from its
    end, backwards, until the two meet (``_Claims``). However fast each process turns out to
    be (a page of a person quoted in 40 articles costs ten times one quoted in two; another
    job may hold a core), neither waits long for the other."""

    position: dict[str, int] = field(default_factory=dict)  # uri -> its place in the run
    templates: dict[str, str] = field(default_factory=dict)  # uri -> its page's own template
    workers: list[Worker] = field(default_factory=list)
    claims: _Claims | None = None
    done: dict[str, Built] | None = None  # what the workers built, once collected
    skipped: _Skipped = field(default_factory=lambda: _Skipped())

    @property
    def shares(self) -> bool:
        """Whether workers build some of this build's pages."""
        return bool(self.position)

    def start(self, config: MkDocsConfig, env, files: Files, nav, owns: Callable[[str], bool],
              search_entries: Callable[[], list | None], workers: int) -> None:
        """``on_env``: fork the workers, which take the run of generated pages that ends the
        list from its end."""
        self.stop()
        if workers < 1 or "fork" not in multiprocessing.get_all_start_methods():
            return
        if set(config.plugins) - PLUGINS:
            return
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        count = 0  # the generated pages at the end of the list MkDocs will build
        while count < len(doc_files) and owns(doc_files[-1 - count].src_uri):
            count += 1
        if count < PARALLEL_FROM:
            return
        pages = [file.page for file in doc_files[len(doc_files) - count:]]
        for name in {page.meta.get("template", "main.html") for page in pages}:
            env.get_template(name)  # compiled once, before the fork
        env.get_template(TEMPLATE), env.get_template(WRITTEN)
        # what exists now is left out of the workers' garbage collections (and of the main
        # process's until the build ends: see events._thaw): a collection walking it would
        # write to the memory the fork shares, so that the kernel copied it
        gc.freeze()
        context = multiprocessing.get_context("fork")
        claims = _Claims(context, count)
        started = []
        for _ in range(min(workers, count)):
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(target=_work, daemon=True, args=(
                pages, claims, reader, writer, config, env, doc_files, nav, search_entries))
            process.start()
            writer.close()
            started.append(Worker(process, reader))
        logging.getLogger(_BUILD_LOG).addFilter(self.skipped)
        # only now: the workers build the pages with their own templates
        self.workers, self.claims, self.done = started, claims, None
        for at, page in enumerate(pages):
            uri = page.file.src_uri
            self.position[uri] = at
            self.templates[uri] = page.meta.get("template", "main.html")
            page.meta["template"] = TEMPLATE

    def take(self, page: Page) -> Built | None:
        """What a worker built of ``page``, or None: the main process builds it (its
        template is still the stand-in: ``context_template`` names the one to extend).
        The main process takes every page the workers have not taken; at the first one they
        have, they have taken all the rest, and what they built is collected."""
        at = self.position.get(page.file.src_uri)
        if at is None:
            return None
        if self.done is None:
            assert self.claims is not None
            if self.claims.take_first(at):
                return None
            self.done = {}
            for worker in self.workers:
                self.done.update(_collect(worker))
            self.skipped.messages |= {_SKIPPED.format(uri) for uri, built in
                                      self.done.items() if built.written}
        built = self.done.get(page.file.src_uri)
        if built is None:  # its worker failed: built here
            return None
        for record in built.records:  # as the worker's logging would have, in this process
            logging.getLogger(record.name).handle(record)
        return built

    def context_template(self, page: Page, built: Built | None) -> str | None:
        """The template the stand-in extends for ``page`` (None: not one of the run's)."""
        uri = page.file.src_uri
        if uri not in self.position:
            return None
        return WRITTEN if built is not None else self.templates[uri]

    def built(self, uri: str) -> bool:
        """Whether a worker built the page ``uri`` (once the main process has reached it)."""
        return self.done is not None and uri in self.done

    def stop(self) -> None:
        """End the workers (a build that failed before it reached their pages)."""
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
            worker.process.join()
            worker.reader.close()
        self.position, self.templates, self.workers, self.claims, self.done = {}, {}, [], None, None
        logging.getLogger(_BUILD_LOG).removeFilter(self.skipped)
        self.skipped.messages = set()


class _Claims:
    """Which of the run's pages are taken: the main process has taken those before ``first``,
    the workers those from ``last`` on (shared memory, under a lock)."""

    def __init__(self, context, count: int) -> None:
        self.count = count
        self.bounds = context.Array("i", [0, count])  # first, last

    def take_first(self, at: int) -> bool:
        """The main process takes page ``at`` (the next one) unless a worker has."""
        with self.bounds.get_lock():
            if at < self.bounds[1]:
                self.bounds[0] = at + 1
                return True
            return False

    def take_last(self) -> int | None:
        """A worker takes the last page nobody has, if there is one."""
        with self.bounds.get_lock():
            first, last = self.bounds[0], self.bounds[1]
            if last <= first:
                return None
            self.bounds[1] = last - 1
            return last - 1


_BUILD_LOG = "mkdocs.commands.build"
_SKIPPED = "Page skipped: '{}'. Generated empty output."


class _Skipped(logging.Filter):
    """MkDocs' report of a page with empty output, left out for the pages a worker wrote:
    the stand-in's output is empty, so that MkDocs writes nothing over them."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        return not self.messages or record.getMessage() not in self.messages


def _collect(worker: Worker) -> dict[str, Built]:
    """What a worker built (nothing if it failed: the main process builds its pages)."""
    message = answer(worker.process, worker.reader)
    return message[1] if message is not None and message[0] == "ok" else {}


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self.records.append(record)


def _work(pages: list[Page], claims: _Claims, reader: Connection, writer: Connection,
          config: MkDocsConfig, env, doc_files, nav,
          search_entries: Callable[[], list | None]) -> None:
    """A worker: build the pages it takes (``claims``) as
    ``mkdocs.commands.build._build_page`` does, write their files, and send back each one's
    search entries and what was logged while it was built."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    reader.close()  # (if the main process dies, sending fails instead of waiting)
    collector = _Collector()
    for logger in [logging.getLogger(), *(logging.getLogger(name)
                                          for name in logging.root.manager.loggerDict)]:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.propagate = True
    logging.getLogger().addHandler(collector)

    def build_pages() -> dict[str, Built]:
        built = {}
        while (at := claims.take_last()) is not None:
            page = pages[at]
            entries = search_entries()
            start = len(entries) if entries is not None else 0
            collector.records = []
            output = _build(page, config, doc_files, nav, env)
            if output.strip():
                utils.write_file(output.encode("utf-8", errors="xmlcharrefreplace"),
                                 page.file.abs_dest_path)
            entries = search_entries()
            built[page.file.src_uri] = Built(
                entries[start:] if entries is not None else [], bool(output.strip()),
                collector.records)
        return built

    reply(writer, build_pages)  # failed: the main process builds these pages instead


def _build(page: Page, config: MkDocsConfig, doc_files, nav, env) -> str:
    """A page's HTML, as ``_build_page`` makes it (its own template; this process never
    changed it)."""
    config._current_page = page
    page.active = True
    try:
        context = get_context(nav, doc_files, config, page)
        template = env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        output = template.render(context)
        return config.plugins.on_post_page(output, page=page, config=config)
    finally:
        page.active = False
        config._current_page = None
