"""Headless Chromium (Debian's ``chromium``) driven by Playwright, on the built site.

Playwright cannot download browsers here, so it drives the system Chromium through
``executable_path``. ``.ci/run`` installs it; a missing browser fails these tests rather
than skipping them, unless EXPLAINER_SKIP_BROWSER=1 says so explicitly.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
NODE_MODULES = ROOT / "node_modules"  # axe-core, lighthouse, vnu-jar: `make node_modules`
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml",
                "image/svg+xml")


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves the site as a static host does: text compressed with gzip when the browser asks
    (GitHub Pages, Netlify, nginx and the like all do), which Lighthouse's timings depend on."""

    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        kind = self.guess_type(str(path))
        if ("gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file()
                or not kind.startswith(COMPRESSIBLE)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def served(folder: Path):
    """A built site served over HTTP (gzip as a static host sends it); yields its URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def site_url(built_site):
    with served(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if os.environ.get("EXPLAINER_SKIP_BROWSER") == "1":
        pytest.skip("EXPLAINER_SKIP_BROWSER=1")
    if not shutil.which(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium "
                    "(or set EXPLAINER_SKIP_BROWSER=1 to skip browser tests)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def node_tool(relative: str) -> Path:
    """A file from the npm packages in package.json; a missing one fails with the fix."""
    path = NODE_MODULES / relative
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make node_modules` (npm ci)")
    return path


# Material sets `overflow-x: hidden` on <html>, so a page never scrolls sideways: what is too
# wide is cut off instead, and document.scrollWidth cannot tell. This lists the visible elements
# of the page's content whose box reaches past the right edge of the window (ignoring those inside
# a container that scrolls sideways by design, such as a wide table's scroll wrapper).
CUT_OFF = """() => {
  const out = [];
  const scrolls = el => { for (let a = el.parentElement; a; a = a.parentElement) {
    const o = getComputedStyle(a).overflowX;
    if ((o === 'auto' || o === 'scroll') && a !== document.documentElement) return true; }
    return false; };
  for (const el of document.querySelectorAll('.md-content *')) {
    const r = el.getBoundingClientRect();
    if (r.width && (r.right > innerWidth + 0.5 || r.left < -0.5) && el.checkVisibility()
        && !scrolls(el))
      out.push(`${el.tagName.toLowerCase()}.${el.className} ${r.left | 0}-${r.right | 0}`);
  }
  return out;
}"""
