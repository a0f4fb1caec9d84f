"""The generated pages built by forked workers (parallel_pages) give the serial build's site,
byte for byte, search index included; a worker's warnings count in strict mode; a worker that
fails leaves its pages to the main process."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import shutil
import time
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from explainer.plugin import parallel_pages

from projects import build_project, copy_project

# a few more articles, so that more pages reach the workers
EXTRA = {
    f"corpus/articles/extra-{n}.md": (
        f"---\ntitle: Extra {n}\npublisher: P\npublished: 2017-08-1{n}\n---\n"
        f"“Sanctuary cities breed crime,” Sen. Ann Lee said.\n\n"
        f"Mayor Bo Ray said sanctuary policies have nothing to do with crime, in part {n}.\n")
    for n in range(4)
}


def tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def build_with(folder: Path, workers: int, strict: bool = False) -> Path:
    shutil.rmtree(folder / ".cache", ignore_errors=True)
    return build_project(folder / "mkdocs.yml", folder / f"site-{workers}", strict, workers)


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    copy_project(tmp_path)
    for name, text in EXTRA.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(parallel_pages, "PARALLEL_FROM", 1)
    return tmp_path


@pytest.fixture
def shared_out(monkeypatch) -> list[tuple[int, int]]:
    """For each build that shared pages: how many pages were in the shared run, and how many
    of them the workers built. The workers take the second half of the run, the main process
    the first, and only once the workers are done (or have ended): on a small project,
    either may otherwise reach the other end of the run before the other starts."""
    counts: list[tuple[int, int]] = []
    stop = parallel_pages.ParallelPages.stop
    take_first, take_last = parallel_pages._Claims.take_first, parallel_pages._Claims.take_last

    def counting(self):
        if self.workers:
            counts.append((len(self.position), len(self.done or {})))
        stop(self)

    def after_the_workers(self, at):
        deadline = time.monotonic() + 30
        while (self.bounds[1] > self.count // 2 and multiprocessing.active_children()
               and time.monotonic() < deadline):
            time.sleep(0.001)
        return take_first(self, at)

    def second_half(self):
        return take_last(self) if self.bounds[1] > self.count // 2 else None

    monkeypatch.setattr(parallel_pages.ParallelPages, "stop", counting)
    monkeypatch.setattr(parallel_pages._Claims, "take_first", after_the_workers)
    monkeypatch.setattr(parallel_pages._Claims, "take_last", second_half)
    return counts


def test_a_parallel_build_is_the_serial_one_byte_for_byte(project, shared_out, caplog):
    caplog.set_level(logging.INFO)
    serial = tree(build_with(project, 1))
    serial_log = logged(caplog, "site-1")
    caplog.clear()
    parallel = tree(build_with(project, 3))  # two workers
    parallel_log = logged(caplog, "site-3")
    [(run, by_workers)] = shared_out  # the serial build shared nothing
    assert run > 2 and by_workers == run - run // 2
    assert "search/search_index.json" in serial
    assert serial.keys() == parallel.keys()
    assert [name for name in serial if serial[name] != parallel[name]] == []
    assert serial_log == parallel_log


def logged(caplog, site: str) -> list[tuple[str, int, str]]:
    """What a build logged, in order, its site folder's name and its duration left out."""
    return [(r.name, r.levelno, r.getMessage().replace(site, "site")) for r in caplog.records
            if not r.getMessage().startswith("Documentation built in")]


def test_a_warning_logged_in_a_worker_fails_a_strict_build(project, shared_out, monkeypatch):
    real = parallel_pages._build

    def warning(page, *args):
        logging.getLogger("mkdocs.plugins.explainer").warning("trouble on %s", page.url)
        return real(page, *args)

    monkeypatch.setattr(parallel_pages, "_build", warning)
    with pytest.raises(Abort, match="warnings in strict mode"):
        build_with(project, 2, strict=True)
    assert shared_out[0][1] > 0


def test_a_failed_worker_leaves_its_pages_to_the_main_process(project, shared_out,
                                                              monkeypatch):
    serial = tree(build_with(project, 1))

    def failing(*args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(parallel_pages, "_build", failing)
    parallel = tree(build_with(project, 2))
    [(run, by_workers)] = shared_out
    assert run > 0 and by_workers == 0
    assert serial == parallel


def test_the_workers_may_build_the_whole_run(project, monkeypatch):
    """However the run is shared (here the main process waits until the workers have taken
    every page of it), the site is the serial build's."""
    serial = tree(build_with(project, 1))
    take_first = parallel_pages._Claims.take_first

    def last(self, at):
        deadline = time.monotonic() + 30
        while self.bounds[1] > 0 and multiprocessing.active_children() and (
                time.monotonic() < deadline):
            time.sleep(0.001)
        return take_first(self, at)

    monkeypatch.setattr(parallel_pages._Claims, "take_first", last)
    built = []
    take = parallel_pages.ParallelPages.take

    def taking(self, page):
        found = take(self, page)
        if page.file.src_uri in self.position:
            built.append(found)
        return found

    monkeypatch.setattr(parallel_pages.ParallelPages, "take", taking)
    assert tree(build_with(project, 2)) == serial
    assert built and None not in built  # every page of the run from a worker


def test_the_build_cache_written_in_the_background_serves_the_next_build(project, monkeypatch):
    """With more than one core the build cache and the statement exports are written, and
    the glossary's term uses found, by forked processes (site.background); the next build
    finds every analysis in that cache."""
    from explainer.site import build as site_build

    monkeypatch.setattr(site_build, "BACKGROUND_FROM", 1)
    jobs = []
    real_run = site_build.Background.run
    monkeypatch.setattr(site_build.Background, "run", lambda self, name, *args, **kwargs: (
        jobs.append((name, self.enabled and not kwargs.get("here"))),
        real_run(self, name, *args, **kwargs))[1])
    first = tree(build_with(project, 2))
    assert jobs == [("build cache", True), ("page keys", True), ("data/statements.json", True),
                    ("glossary entries", True)]
    analysed = []
    real = site_build.analyse_all
    monkeypatch.setattr(site_build, "analyse_all", lambda jobs, *args: (
        analysed.extend(jobs), real(jobs, *args))[1])
    again = project / "site-again"
    build_project(project / "mkdocs.yml", again, True, 2)
    assert analysed == []
    assert tree(again) == first


def test_a_first_build_fingerprints_its_pages_in_the_background_for_the_next_one(
        project, monkeypatch):
    """A first build keeps no page, so its pages' fingerprints are worked out by a forked
    process while it goes on (events._offer_for_reuse): they are those the next build works
    out, which keeps every generated page."""
    from explainer.render import pages as render_module

    site = build_with(project, 2)
    first = tree(site)
    rendered = []
    real = render_module.article_page
    monkeypatch.setattr(render_module, "article_page", lambda view, *args, **kwargs: (
        rendered.append(view.source.slug), real(view, *args, **kwargs))[1])
    build_project(project / "mkdocs.yml", site, True, 2)
    assert rendered == []
    assert tree(site) == first
