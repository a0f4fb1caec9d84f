"""The generated pages built by forked workers (parallel_pages) give the serial build's site,
byte for byte, search index included; a worker's warnings count in strict mode; a worker that
fails leaves its pages to the main process."""

from __future__ import annotations

import hashlib
import logging
import shutil
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
def shared_out(monkeypatch) -> list[int]:
    """How many pages each build gave to workers."""
    counts: list[int] = []
    start = parallel_pages.ParallelPages.start

    def counting(self, *args, **kwargs):
        start(self, *args, **kwargs)
        counts.append(len(self.shares))

    monkeypatch.setattr(parallel_pages.ParallelPages, "start", counting)
    return counts


def test_a_parallel_build_is_the_serial_one_byte_for_byte(project, shared_out, caplog):
    caplog.set_level(logging.INFO)
    serial = tree(build_with(project, 1))
    serial_log = logged(caplog, "site-1")
    caplog.clear()
    parallel = tree(build_with(project, 3))  # two workers
    parallel_log = logged(caplog, "site-3")
    assert shared_out[0] == 0 and shared_out[1] > 1
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
    assert shared_out[0] > 0


def test_a_failed_worker_leaves_its_pages_to_the_main_process(project, shared_out,
                                                              monkeypatch):
    serial = tree(build_with(project, 1))

    def failing(*args):
        raise RuntimeError("a bug")

    monkeypatch.setattr(parallel_pages, "_build", failing)
    parallel = tree(build_with(project, 2))
    assert shared_out[1] > 0
    assert serial == parallel
