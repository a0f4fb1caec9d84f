"""`mkdocs serve` as an editor uses it: edits to the corpus reload the preview, and a broken
article shows its error while the rest of the site keeps serving."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from projects import copy_project

DNAINFO = "corpus/articles/dnainfo-2017-08-16-sessions-call-your-mayor.md"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, text: str, timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    page = None
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return page
        time.sleep(0.25)
    raise AssertionError(f"{text!r} never appeared at {url}")


@pytest.fixture
def server(tmp_path):
    copy_project(tmp_path)
    port = free_port()
    mkdocs = Path(sys.executable).with_name("mkdocs")
    process = subprocess.Popen(
        [str(mkdocs), "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        yield tmp_path, f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_editing_an_article_reloads_its_page(server):
    project, base = server
    url = base + "articles/dnainfo-2017-08-16-sessions-call-your-mayor/"
    wait_for(url, "Call your City Council")
    article = project / DNAINFO
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("Call your City Council", "Phone your City Council"),
                       encoding="utf-8")
    page = wait_for(url, "Phone your City Council")
    # The review file still names the old words: the page says so instead of hiding it.
    assert "no statement contains &#39;Call your City Council and your mayor&#39;" in page


def test_a_broken_article_shows_its_error_and_the_site_keeps_serving(server):
    project, base = server
    wait_for(base + "articles/", "dnainfo-2017-08-16")
    (project / "corpus/articles/broken.md").write_text("---\ntitle: [oops\n---\nText\n")
    broken = wait_for(base + "articles/broken/", "could not be loaded")
    assert "corpus/articles/broken.md:2:" in broken
    other = fetch(base + "articles/dnainfo-2017-08-16-sessions-call-your-mayor/")
    assert other is not None and "Call your City Council" in other


def test_editing_a_review_file_reloads_the_page_with_the_editor_panel(server):
    project, base = server
    url = base + "articles/reuters-2017-08-16-sessions-chicago/"
    page = wait_for(url, "data-editor-panel")
    assert "Not reviewed yet" in page and "Checked by an editor" not in page
    (project / "corpus/reviews/reuters-2017-08-16-sessions-chicago.yml").write_text(
        "statements:\n  - quote: Respect for the rule of law\n    reviewed: true\n"
        "    note: Said in a speech in Miami.\n", encoding="utf-8")
    page = wait_for(url, "Checked by an editor")
    assert "Said in a speech in Miami." in page
