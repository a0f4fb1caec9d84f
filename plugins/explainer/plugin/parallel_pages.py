"""The generated pages' HTML rendered on the other cores.

MkDocs builds every page in the main process, one after the other: at 1,000 articles, about
1,960 of our pages through Material's page template, our own HTML and Material's search
indexing, on one core. By ``on_env`` every page has been read and every plugin has seen the
files and the navigation, and what building a page does from there (``_build_page``: the
template context, each plugin's ``on_page_context``, the template, each plugin's
``on_post_page``) depends only on that state and the page. So the last generated pages of
the build's list are shared out to processes forked there, which build them as MkDocs would
and write their files, while the main process builds the others. When the main process
reaches a page a worker built, the page's template is a stand-in (``TEMPLATE``) whose output
is empty, so that MkDocs writes nothing over the worker's file (its report of a page with an
empty output is left out for these pages), and the search entries the worker made for the
page take the place of those of the stand-in's empty content. The site is the same, byte for
byte, and so is the search index, in the same order; the warnings a worker logged are logged
by the main process when it reaches the worker's first page, where a serial build logs
them.

Only ``mkdocs build`` (not the preview, not ``--dirty``), only where ``fork`` exists, only
with no other plugin than Material's search (another plugin's events may keep state that a
worker's copy would lose), and only for a build of at least ``PARALLEL_FROM`` of our pages.
A worker that fails leaves its pages to the main process, which builds them as usual (an
error is then raised where a serial build raises it). Workers ignore Ctrl-C and are daemons:
an interrupted build ends them.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from mkdocs import utils
from mkdocs.commands.build import get_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page

PARALLEL_FROM = 64  # fewer pages than this: forking costs more than it saves
# The share of the generated pages the workers build: the main process also copies the
# theme's files, builds the hand-written pages and writes what the workers built.
WORKER_SHARE = 0.55
TEMPLATE = "explainer-parallel.html"  # in render/templates/theme: extends a context value
WRITTEN = "explainer-written.html"  # a page a worker wrote: an empty output
PLUGINS = frozenset({"explainer", "search", "material/search"})


@dataclass
class Built:
    """A page a worker built: its search entries, and whether it wrote a file."""

    entries: list
    written: bool


@dataclass
class Share:
    """One worker's pages, in the build's order."""

    uris: list[str]
    process: BaseProcess
    reader: Connection
    built: dict[str, Built] | None = None
    failed: bool = False


@dataclass
class ParallelPages:
    shares: dict[str, Share] = field(default_factory=dict)  # uri -> the worker building it
    templates: dict[str, str] = field(default_factory=dict)  # uri -> its page's own template
    skipped: _Skipped = field(default_factory=lambda: _Skipped())

    def start(self, config: MkDocsConfig, env, files: Files, nav, owns: Callable[[str], bool],
              search_entries: Callable[[], list | None], workers: int) -> None:
        """``on_env``: fork the workers, each with a run of the last generated pages."""
        self.stop()
        if workers < 1 or "fork" not in multiprocessing.get_all_start_methods():
            return
        if set(config.plugins) - PLUGINS:
            return
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        tail = 0  # the generated pages at the end of the list MkDocs will build
        while tail < len(doc_files) and owns(doc_files[-1 - tail].src_uri):
            tail += 1
        count = int(tail * WORKER_SHARE)
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
        runs = [pages[i * count // workers:(i + 1) * count // workers]
                for i in range(min(workers, count))]
        started = []
        for run in runs:
            reader, writer = context.Pipe(duplex=False)
            process = context.Process(target=_work, daemon=True, args=(
                run, reader, writer, config, env, doc_files, nav, search_entries))
            process.start()
            writer.close()
            started.append(Share([page.file.src_uri for page in run], process, reader))
        logging.getLogger(_BUILD_LOG).addFilter(self.skipped)
        for share in started:  # only now: the workers build the pages with their templates
            for uri in share.uris:
                self.shares[uri] = share
        for page in pages:
            self.templates[page.file.src_uri] = page.meta.get("template", "main.html")
            page.meta["template"] = TEMPLATE

    def take(self, page: Page) -> Built | None:
        """What a worker built of ``page``, or None: the main process builds it (its
        template is still the stand-in: ``context_template`` names the one to extend)."""
        share = self.shares.get(page.file.src_uri)
        if share is None:
            return None
        if share.built is None and not share.failed:
            _collect(share)
            if share.built is not None:
                self.skipped.messages |= {_SKIPPED.format(uri) for uri, built in
                                          share.built.items() if built.written}
        if share.failed:
            page.meta["template"] = self.templates[page.file.src_uri]
            return None
        assert share.built is not None
        return share.built[page.file.src_uri]

    def context_template(self, page: Page, built: Built | None) -> str | None:
        """The template the stand-in extends for ``page`` (None: not a worker's page)."""
        uri = page.file.src_uri
        if uri not in self.shares:
            return None
        return WRITTEN if built is not None else self.templates[uri]

    def built(self, uri: str) -> bool:
        """Whether a worker built the page ``uri`` (once the main process has reached it)."""
        share = self.shares.get(uri)
        return share is not None and share.built is not None

    def stop(self) -> None:
        """End the workers (a build that failed before it reached their pages)."""
        for share in {id(s): s for s in self.shares.values()}.values():
            if share.process.is_alive():
                share.process.terminate()
            share.process.join()
            share.reader.close()
        self.shares, self.templates = {}, {}
        logging.getLogger(_BUILD_LOG).removeFilter(self.skipped)
        self.skipped.messages = set()


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


def _collect(share: Share) -> None:
    try:
        message = share.reader.recv()
    except (EOFError, OSError):
        message = None
    share.process.join()
    share.reader.close()
    if not isinstance(message, tuple) or message[0] != "ok":
        share.failed = True
        return
    _, built, records = message
    for record in records:  # as the worker's logging would have, now, in this process
        logging.getLogger(record.name).handle(record)
    share.built = built


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


def _work(pages: list[Page], reader: Connection, writer: Connection, config: MkDocsConfig,
          env, doc_files, nav, search_entries: Callable[[], list | None]) -> None:
    """A worker: build ``pages`` as ``mkdocs.commands.build._build_page`` does, write their
    files, and send back each one's search entries and what was logged."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    reader.close()  # (if the main process dies, sending fails instead of waiting)
    collector = _Collector()
    for logger in [logging.getLogger(), *(logging.getLogger(name)
                                          for name in logging.root.manager.loggerDict)]:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.propagate = True
    logging.getLogger().addHandler(collector)
    try:
        built = {}
        for page in pages:
            entries = search_entries()
            start = len(entries) if entries is not None else 0
            output = _build(page, config, doc_files, nav, env)
            if output.strip():
                utils.write_file(output.encode("utf-8", errors="xmlcharrefreplace"),
                                 page.file.abs_dest_path)
            entries = search_entries()
            built[page.file.src_uri] = Built(
                entries[start:] if entries is not None else [], bool(output.strip()))
        writer.send(("ok", built, collector.records))
    except BaseException:  # noqa: BLE001 - the main process builds these pages instead
        with contextlib.suppress(OSError):
            writer.send(("failed", traceback.format_exc()))
    finally:
        writer.close()
        os._exit(0)


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
