"""Determinism and no loss: the same corpus always gives the same bytes, and neither the
build nor the command line ever writes into ``corpus/`` (or anywhere outside ``site/``)."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from explainer.cli import main as cli

from projects import build_project, copy_project

# Articles that exercise the unordered parts of the code: many speakers, terms and problems.
EXTRA = {
    "corpus/articles/hostile.md": (
        '---\ntitle: "<script>x</script> {{ y }}"\npublisher: P\nterms: [detainer, nope]\n'
        "published: 2017-08-17\n---\n“Sanctuary cities breed crime,” Sen. Ann Lee said.\n\n"
        "Mayor Bo Ray said sanctuary policies and detainers have nothing to do with crime.\n\n"
        "“That's wrong,” Rahm Emanuel said of the Byrne JAG grants.\n"),
    "corpus/articles/broken.md": "---\ntitle: [oops\n---\nText.\n",
    "corpus/articles/Same.txt": "Same\n\nOne.\n",
    "corpus/articles/same.md": "---\ntitle: Same\n---\nTwo.\n",
}


def project(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    copy_project(folder)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path -> sha256); links are not followed."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def mkdocs_build(folder: Path, hash_seed: str) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1502913480", "PYTHONHASHSEED": hash_seed,
           "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    subprocess.run([str(mkdocs), "build", "--quiet"], cwd=folder, env=env, check=True,
                   capture_output=True)
    return folder / "site"


def test_two_builds_are_byte_identical(tmp_path):
    """Different folders, different hash seeds (set and dict order), same bytes."""
    first = mkdocs_build(project(tmp_path / "one"), "1")
    second = mkdocs_build(project(tmp_path / "two"), "2")
    one, two = tree(first), tree(second)
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []
    assert {"sitemap.xml", "sitemap.xml.gz", "search/search_index.json"} <= one.keys()


def test_a_later_build_that_keeps_pages_is_byte_identical_to_the_first(tmp_path):
    """The second build reuses the first one's analyses and pages; the kept pages' search
    entries go back where a full build has them (they were appended at the end)."""
    folder = project(tmp_path / "one")
    first = tree(mkdocs_build(folder, "1"))
    second = tree(mkdocs_build(folder, "2"))
    assert [name for name in first if first[name] != second.get(name)] == []
    assert first.keys() == second.keys()


@pytest.fixture
def hostile_project(tmp_path) -> Path:
    return project(tmp_path)


def test_the_build_writes_only_into_site_and_its_analysis_cache(hostile_project):
    before = tree(hostile_project)
    build_project(hostile_project / "mkdocs.yml", hostile_project / "site", strict=False)
    written = tree(hostile_project)
    after = {name: digest for name, digest in written.items()
             if not name.startswith(("site/", ".cache/explainer/"))}
    assert after == before
    assert any(name.startswith(".cache/explainer/") for name in written)


def test_the_command_line_never_touches_the_corpus(hostile_project, monkeypatch):
    monkeypatch.chdir(hostile_project)
    before = tree(hostile_project)
    articles = sorted(str(p) for p in Path("corpus/articles").iterdir())
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        assert cli(["check"]) == 1
        cli(["extract", "--json", *articles])
        cli(["extract", *articles])
    assert tree(hostile_project) == before
    assert "corpus/articles/broken.md:2:" in out.getvalue()
