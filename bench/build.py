"""Build-scale benchmark: the explainer site vs plain Material on the same article texts.

    .venv/bin/python bench/build.py [--texts ../shared/polnear/train/text] [--sizes 100,1000,5000]

For each N it makes three temporary projects from the same N articles (PolNeAR train texts;
past the 840 texts they are reused under new slugs, each copy ending in its own short line so
that no two bodies are the same and the extraction cache cannot share work between copies):

- ``explainer``: the explainer plugin with Material's search, with the plugin options of
  this project's ``mkdocs.yml``;
- ``pagefind``: the explainer plugin with ``search: pagefind`` and no Material search;
- ``plain``: the texts as plain Markdown pages, Material + search, no explainer.

Articles are left out of the nav in all three (the same nav policy). The explainer is built
first with nothing on disk, then with nothing changed (reusing the first build's analyses in
``.cache/explainer`` and its unchanged pages), then after one article is edited; the
Pagefind variant reads the explainer project's analyses but builds all its pages. Each
build runs in its own process; the table gives wall time, ratio to plain, peak memory (max
RSS of the build process), output size and search index size. Then: the explainer's own
share of a first build from a profile (extraction, linking, page models, rendering,
people/topic pages, Material's search indexing); what a reader downloads for one article
page and for their first search, measured in Chromium (bytes as served, and gzip-compressed
as a web server would send them); and, at 1,000 articles, under a real ``mkdocs serve``, the
time from saving one article to the rebuilt page being served, for both projects. Run by
hand; results go in bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import gzip
import json
import os
import platform
import pstats
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MKDOCS = str(BIN / "mkdocs")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
BASE_CONFIG = """\
site_name: bench
theme:
  name: material
plugins:
{plugins}
nav:
  - Home: index.md
  - Articles: articles/index.md
"""
QUERY = "immigration"  # the first search: a word in many articles
# The explainer's first build, with nothing kept from an earlier one; then "explainer": a
# build with nothing changed, which finds the analyses and the unchanged pages of the one
# before (.cache/explainer and site/); then one with a sentence added to one article (a
# newsroom's every build after the first, if its CI keeps both folders). "pagefind" reads
# the explainer project's analyses but has no earlier pages of its own.
COLD = "explainer, first build"
EDITED = "explainer, one article edited"


def articles(texts: Path, count: int) -> list[tuple[str, str, str]]:
    """(slug, title, body) for ``count`` articles, cycling through the texts."""
    files = sorted(texts.glob("*.txt"))
    out = []
    for n in range(count):
        source = files[n % len(files)]
        title, _, body = source.read_text(encoding="utf-8").partition("\n")
        copy = n // len(files)
        ending = f"\n\nCopy {copy + 1} of this article.\n" if copy else "\n"
        slug = re.sub(r"[^a-z0-9]+", "-", f"a{n:05d}-{source.stem[:40]}".lower()).strip("-")
        out.append((slug, title.strip(),
                    body.strip() + ending))
    return out


def explainer_project(root: Path, items, search: str = "material",
                      cache_dir: Path | None = None) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs/index.md").write_text("# Bench\n")
    folder = root / "corpus/articles"
    folder.mkdir(parents=True)
    for file in ("glossary.yml", "people.yml"):
        shutil.copy(ROOT / "corpus" / file, root / "corpus" / file)
    for slug, title, body in items:
        quoted = title.replace("\\", "\\\\").replace('"', '\\"')
        (folder / f"{slug}.md").write_text(f'---\ntitle: "{quoted}"\n---\n{body}')
    plugins = "  - explainer:\n      corpus: corpus" + "".join(
        f"\n      {key}: {json.dumps(value)}" for key, value in project_options().items())
    if cache_dir is not None:  # share another project's analyses
        plugins += f"\n      cache_dir: {cache_dir}"
    if search == "pagefind":
        plugins += "\n      search: pagefind"
    else:
        plugins = "  - search\n" + plugins
    (root / "mkdocs.yml").write_text(BASE_CONFIG.format(plugins=plugins).replace(
        "  - Articles: articles/index.md", "  - Articles: articles/index.md\n"
        "  - People: people/index.md\n  - Topics: topics/index.md\n  - Sources: sources.md\n"
        "  - Glossary: glossary.md"))
    return root


def project_options() -> dict:
    """The explainer plugin's options in this project's mkdocs.yml (its corpus aside): the
    bench builds the site as the project configures it."""
    from mkdocs.utils.yaml import yaml_load

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as config:
        plugins = yaml_load(config)["plugins"]
    options = next(item["explainer"] for item in plugins
                   if isinstance(item, dict) and "explainer" in item)
    return {key: value for key, value in (options or {}).items() if key != "corpus"}


def plain_project(root: Path, items) -> Path:
    folder = root / "docs/articles"
    folder.mkdir(parents=True)
    (root / "docs/index.md").write_text("# Bench\n")
    lines = ["# Articles\n"]
    for slug, title, body in items:
        (folder / f"{slug}.md").write_text(f"# {title}\n\n{body}")
        lines.append(f"- [{title}]({slug}.md)")
    (folder / "index.md").write_text("\n".join(lines) + "\n")
    (root / "mkdocs.yml").write_text(BASE_CONFIG.format(plugins="  - search"))
    return root


def timed_build(project: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system, the build and its children such as Pagefind)
    and peak RSS (MB) of ``mkdocs build`` in a child process. On a shared machine the wall
    time depends on what else runs; the CPU time much less."""
    start = time.perf_counter()
    process = subprocess.Popen([MKDOCS, "build", "-q", "-f", str(project / "mkdocs.yml")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"build failed in {project}: {process.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


def fastest(runs: list[tuple[float, float, int]]) -> tuple[float, float, int]:
    """The fastest of several builds (least disturbed by other work on the machine)."""
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)


def cold_build(project: Path) -> tuple[float, float, int]:
    """A build without the analyses of an earlier build (``.cache/explainer`` removed)."""
    shutil.rmtree(project / ".cache", ignore_errors=True)
    return timed_build(project)


def edited_build(project: Path, slug: str, n: int) -> tuple[float, float, int]:
    """A build after adding a sentence (the ``n``-th), with a statement, to one article."""
    article = project / "corpus/articles" / f"{slug}.md"
    article.write_text(article.read_text(encoding="utf-8") + f"\nThe mayor said plan number "
                       f"{n} would work.\n", encoding="utf-8")
    return timed_build(project)


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def search_index_mb(site: Path) -> float:
    lunr = site / "search/search_index.json"
    if lunr.is_file():
        return lunr.stat().st_size / 1e6
    return size_mb(site / "pagefind") if (site / "pagefind").is_dir() else 0.0


STAGES = {  # name: (file suffix, function) whose cumulative time is the stage's
    "extraction (analyse: extract, sides, pairing)": ("explainer/site/analysis.py", "analyse"),
    "glossary linking (Glossary.find)": ("explainer/corpus/glossary.py", "find"),
    "article page models (article_view, linking included)": ("explainer/site/pages.py",
                                                             "article_view"),
    "article HTML (render.article_page)": ("explainer/render/pages.py", "article_page"),
    "people/topic/sources models and data files (CorpusPages.add_files)": (
        "explainer/plugin/corpus_pages.py", "add_files"),
    "people/topic/sources HTML (CorpusPages.page_content)": ("explainer/plugin/corpus_pages.py",
                                                             "page_content"),
    "JSON-LD of article pages (structured_data)": ("explainer/plugin/corpus_pages.py",
                                                    "structured_data"),
    "glossary page": ("explainer/site/pages.py", "glossary_entries"),
    "Material search indexing (on_page_context)": ("material/plugins/search/plugin.py",
                                                   "on_page_context"),
    "Material's page template, every page (base.html)": ("material/templates/base.html",
                                                         "root"),
    "MkDocs reading every page (_populate_page: Markdown set-up)": (
        "mkdocs/commands/build.py", "_populate_page"),
    "MkDocs writing every page (write_file)": ("mkdocs/utils/__init__.py", "write_file"),
}


def profile_share(project: Path) -> dict[str, float]:
    """Seconds per stage during one in-process, profiled build (so slower than unprofiled).
    Analysis runs in this process (``workers: 1``): the profiler does not see into worker
    processes, and the stages are the build's work, wherever it runs."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    shutil.rmtree(project / ".cache", ignore_errors=True)  # a first build: extraction too
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site-prof"))
    config.plugins["explainer"].config.workers = 1
    config.plugins.on_startup(command="build", dirty=False)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(build, config)
    total = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    shares = {"total build (profiled)": total}
    for name, (file, function) in STAGES.items():
        # the outermost of same-named functions in one file (Glossary.find calls the
        # matcher's find): its cumulative time includes the others'
        shares[name] = max((row[3] for key, row in stats.stats.items()
                            if key[0].endswith(file) and key[2] == function), default=0.0)
    shutil.rmtree(project / "site-prof", ignore_errors=True)
    return shares


# -- what a reader downloads --------------------------------------------------------------------

class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature from the base class
        pass


def _serve_folder(folder: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def _search_file(url: str) -> bool:
    return any(part in url for part in ("/search/search_index.json", "/workers/search.",
                                        "/pagefind/", "lunr"))


def reader_bytes(site: Path, article_path: str, search: str) -> dict[str, float] | None:
    """KB a reader's browser fetches: opening one article page (HTML, CSS, JS, fonts,
    images), then their first search for QUERY. Raw as served, and gzip-compressed."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(CHROMIUM).exists():
        return None
    server, base = _serve_folder(site)
    fetched: list[tuple[str, bytes]] = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
                "--no-sandbox", "--disable-gpu", "--no-first-run"])
            page = browser.new_page()

            def keep(response):
                with contextlib.suppress(Exception):  # redirects etc. have no body
                    fetched.append((response.url, response.body()))
            page.on("response", keep)
            page.goto(base + article_path, wait_until="networkidle")
            opened = len(fetched)
            if search == "pagefind":
                page.goto(base + "search/", wait_until="networkidle")
                page.fill(".pagefind-ui__search-input", QUERY)
                page.wait_for_selector(".pagefind-ui__result", state="attached",
                                       timeout=300_000)
            else:
                page.locator("input[data-md-component='search-query']").click()
                page.keyboard.type(QUERY)  # Material searches on key events
                page.wait_for_selector(".md-search-result__item", state="attached",
                                       timeout=300_000)
            page.wait_for_load_state("networkidle")
            browser.close()
    finally:
        server.shutdown()

    def kb(items, compressed=False):
        return sum(len(gzip.compress(body, 6)) if compressed else len(body)
                   for _, body in items) / 1e3
    # Material's worker fetches its whole index as soon as a page opens: that is the search's
    # download, not the page's. Pagefind's files are all under pagefind/ (the Search page's
    # own HTML is a page like any other and is not counted).
    article = [(u, b) for u, b in fetched[:opened] if not _search_file(u)]
    searching = [(u, b) for u, b in fetched if _search_file(u)]
    return {"page KB": kb(article), "page KB gz": kb(article, True),
            "search KB": kb(searching), "search KB gz": kb(searching, True),
            "search files": len(searching)}


# -- mkdocs serve --------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def reload_time(project: Path, article: Path, url_path: str, rounds: int = 3) -> float:
    """Median seconds from saving ``article`` to ``mkdocs serve`` serving the new text."""
    port = free_port()
    server = subprocess.Popen([MKDOCS, "serve", "-f", str(project / "mkdocs.yml"),
                               "--dev-addr", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=ENV)
    url = f"http://127.0.0.1:{port}/{url_path}"
    try:
        _wait_for(url, "", timeout=1800)
        time.sleep(2)
        times = []
        original = article.read_text(encoding="utf-8")
        for n in range(rounds):
            marker = f"benchmarkmarker{n}x{time.time_ns()}"  # never on the page before
            text = article.read_text(encoding="utf-8")
            start = time.perf_counter()
            article.write_text(text.rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
            _wait_for(url, marker, timeout=1800)
            times.append(time.perf_counter() - start)
            time.sleep(3)
        article.write_text(original, encoding="utf-8")
        return sorted(times)[len(times) // 2]
    finally:
        server.terminate()
        server.wait(timeout=60)


def _wait_for(url: str, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {text!r} at {url}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "shared/polnear/train/text")
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--serve-size", type=int, default=1000)
    parser.add_argument("--profile-size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2,
                        help="builds per variant up to 1,000 articles (the fastest counts)")
    parser.add_argument("--no-serve", action="store_true")
    parser.add_argument("--no-reader", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--no-pagefind", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the temporary projects")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    kinds = ["explainer", "plain"] + ([] if args.no_pagefind else ["pagefind"])
    kinds_reader = [] if args.no_reader else kinds
    work = Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    print(f"# {time.strftime('%Y-%m-%d %H:%M %Z')}; {platform.processor() or platform.machine()}"
          f", {os.cpu_count()} cores, Linux {platform.release()}; Python "
          f"{sys.version.split()[0]}; work dir {work}", flush=True)
    print("\n| N | variant | wall s | CPU s | ratio to plain (wall, CPU) | peak MB | site MB | "
          "search index MB |")
    print("|---|---|---|---|---|---|---|---|", flush=True)
    results: dict[tuple[int, str], tuple[float, float, int]] = {}
    for count in sizes:
        items = articles(args.texts, count)
        projects = {"explainer": explainer_project(work / f"explainer-{count}", items),
                    "plain": plain_project(work / f"plain-{count}", items)}
        if "pagefind" in kinds:  # reads the analyses of the explainer project's builds
            projects["pagefind"] = explainer_project(
                work / f"pagefind-{count}", items, "pagefind",
                projects["explainer"] / ".cache/explainer")
        repeat = args.repeat if count <= 1000 else 1
        runs: dict[str, list] = {kind: [] for kind in (COLD, *kinds, EDITED)}
        for n in range(repeat):  # in turns, so that a change of load hits every variant
            runs[COLD].append(cold_build(projects["explainer"]))
            for kind in kinds:
                runs[kind].append(timed_build(projects[kind]))
            runs[EDITED].append(edited_build(projects["explainer"], items[count // 3][0],
                                             n + 1))
        results.update(((count, kind), fastest(found)) for kind, found in runs.items())
        for kind in (COLD, "explainer", EDITED, *kinds[1:]):
            wall, cpu, peak = results[count, kind]
            plain_wall, plain_cpu, _ = results[count, "plain"]
            site = projects["explainer" if kind in (COLD, EDITED) else kind] / "site"
            print(f"| {count:,} | {kind} | {wall:.1f} | {cpu:.1f} | {wall / plain_wall:.2f}, "
                  f"{cpu / plain_cpu:.2f} | {peak} | {size_mb(site):.1f} | "
                  f"{search_index_mb(site):.2f} |", flush=True)
    for kind in (COLD, "explainer", EDITED, "pagefind", "plain"):
        if kind in (COLD, EDITED, *kinds) and len(sizes) > 1 and (1000 in sizes and 5000 in sizes):
            print(f"\n{kind}: 5,000 / 1,000 build time = "
                  f"{results[5000, kind][0] / results[1000, kind][0]:.2f} (wall), "
                  f"{results[5000, kind][1] / results[1000, kind][1]:.2f} (CPU)", end="")
    print(flush=True)

    profiled = args.profile_size
    if not args.no_profile and (work / f"explainer-{profiled}").exists():
        shares = profile_share(work / f"explainer-{profiled}")
        print(f"\nExplainer first build at N={profiled:,}, profiled in process, analysis included "
              "(cProfile slows it; stages overlap: page models include linking):")
        for name, seconds in shares.items():
            print(f"- {name}: {seconds:.2f} s "
                  f"({seconds / shares['total build (profiled)']:.0%})", flush=True)

    biggest = max(sizes)
    slug = articles(args.texts, biggest)[biggest // 2][0]
    print(f"\nReader side at N={biggest:,} (Chromium; one article page, then a first search for "
          f"'{QUERY}'):")
    print("| variant | article page KB (gzip) | first search KB (gzip) | files fetched for "
          "the search |")
    print("|---|---|---|---|")
    for kind in kinds_reader:
        got = reader_bytes(work / f"{kind}-{biggest}" / "site", f"articles/{slug}/",
                           "pagefind" if kind == "pagefind" else "material")
        if got is None:
            print(f"| {kind} | (Playwright/Chromium not available) | | |")
            continue
        print(f"| {kind} | {got['page KB']:.0f} ({got['page KB gz']:.0f}) | "
              f"{got['search KB']:.0f} ({got['search KB gz']:.0f}) | "
              f"{got['search files']} |", flush=True)

    if not args.no_serve:
        count = args.serve_size
        items = articles(args.texts, count)
        slug = items[count // 2][0]
        ours, plain = work / f"explainer-{count}", work / f"plain-{count}"
        if not ours.exists():
            explainer_project(ours, items)
            plain_project(plain, items)
        t_ours = reload_time(ours, ours / f"corpus/articles/{slug}.md", f"articles/{slug}/")
        t_plain = reload_time(plain, plain / f"docs/articles/{slug}.md", f"articles/{slug}/")
        print(f"\nmkdocs serve at N={count:,}, save-to-served (median of 3): explainer "
              f"{t_ours:.1f} s, plain {t_plain:.1f} s, ratio {t_ours / t_plain:.2f}", flush=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
