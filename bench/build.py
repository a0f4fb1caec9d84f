"""Build-scale benchmark: the explainer site vs plain Material on the same article texts.

    .venv/bin/python bench/build.py [--texts ../shared/polnear/train/text] [--sizes 100,1000,5000]

For each N it makes two temporary projects from the same N articles (PolNeAR train texts,
reused under new slugs past 840): one with the explainer plugin, one with the texts as plain
Markdown pages (Material + search, articles left out of the nav in both). Each build runs in
its own process; the table gives wall time, ratio, peak memory, output size, search index
size, and the explainer's own share of its build from a profile. Then, at 1,000 articles, it
measures under a real ``mkdocs serve`` the time from saving one article to the rebuilt page
being served, for both projects. Run by hand; results go in bench/README.md.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MKDOCS = str(BIN / "mkdocs")
BASE_CONFIG = """\
site_name: bench
theme:
  name: material
plugins:
  - search
{extra}
nav:
  - Home: index.md
  - Articles: articles/index.md
"""


def articles(texts: Path, count: int) -> list[tuple[str, str, str]]:
    """(slug, title, body) for ``count`` articles, cycling through the texts."""
    files = sorted(texts.glob("*.txt"))
    out = []
    for n in range(count):
        text = files[n % len(files)].read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        out.append((f"a{n:05d}-{files[n % len(files)].stem[:40]}".lower(), title.strip(),
                    body.strip() + "\n"))
    return out


def explainer_project(root: Path, items) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "docs/index.md").write_text("# Bench\n")
    folder = root / "corpus/articles"
    folder.mkdir(parents=True)
    for file in ("glossary.yml", "people.yml"):
        shutil.copy(ROOT / "corpus" / file, root / "corpus" / file)
    for slug, title, body in items:
        quoted = title.replace("\\", "\\\\").replace('"', '\\"')
        (folder / f"{slug}.md").write_text(f'---\ntitle: "{quoted}"\n---\n{body}')
    extra = "  - explainer:\n      corpus: corpus"
    (root / "mkdocs.yml").write_text(BASE_CONFIG.format(extra=extra).replace(
        "  - Articles: articles/index.md", "  - Articles: articles/index.md\n"
        "  - Glossary: glossary.md"))
    return root


def plain_project(root: Path, items) -> Path:
    folder = root / "docs/articles"
    folder.mkdir(parents=True)
    (root / "docs/index.md").write_text("# Bench\n")
    lines = ["# Articles\n"]
    for slug, title, body in items:
        (folder / f"{slug}.md").write_text(f"# {title}\n\n{body}")
        lines.append(f"- [{title}]({slug}.md)")
    (folder / "index.md").write_text("\n".join(lines) + "\n")
    (root / "mkdocs.yml").write_text(BASE_CONFIG.format(extra=""))
    return root


def timed_build(project: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of ``mkdocs build`` in a child process."""
    start = time.perf_counter()
    process = subprocess.Popen([MKDOCS, "build", "-q", "-f", str(project / "mkdocs.yml")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"build failed in {project}: {process.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss // 1024


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def profile_share(project: Path) -> dict[str, float]:
    """Seconds spent in the explainer's stages during one in-process build."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site-prof"))
    config.plugins.on_startup(command="build", dirty=False)
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(build, config)
    total = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    stages = {
        "extraction": ("explainer/analysis.py", "analyse"),
        "linking": ("explainer/glossary.py", "find"),
        "page models": ("explainer/pages.py", "article_view"),
        "rendering": ("explainer/render.py", "article_page"),
        "glossary page": ("explainer/pages.py", "glossary_entries"),
    }
    shares = {"total build": total}
    for name, (file, function) in stages.items():
        shares[name] = sum(row[3] for key, row in stats.stats.items()
                           if key[0].endswith(file) and key[2] == function)
    return shares


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def reload_time(project: Path, article: Path, url_path: str, rounds: int = 3) -> float:
    """Median seconds from saving ``article`` to ``mkdocs serve`` serving the new text."""
    port = free_port()
    server = subprocess.Popen([MKDOCS, "serve", "-f", str(project / "mkdocs.yml"),
                               "--dev-addr", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    url = f"http://127.0.0.1:{port}/{url_path}"
    try:
        _wait_for(url, "", timeout=900)
        times = []
        for n in range(rounds):
            marker = f"benchmarkmarker{n}x"
            text = article.read_text(encoding="utf-8")
            start = time.perf_counter()
            article.write_text(text.rstrip("\n") + f"\n\n{marker}\n", encoding="utf-8")
            _wait_for(url, marker, timeout=900)
            times.append(time.perf_counter() - start)
            time.sleep(2)
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
    parser.add_argument("--no-serve", action="store_true")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    print(f"# {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, Python "
          f"{sys.version.split()[0]}; work dir {work}")
    print("| N | explainer s | plain s | ratio | explainer MB peak | plain MB peak | "
          "explainer site MB | plain site MB | explainer search index MB | "
          "plain search index MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for count in sizes:
        items = articles(args.texts, count)
        ours = explainer_project(work / f"explainer-{count}", items)
        plain = plain_project(work / f"plain-{count}", items)
        (t_ours, m_ours), (t_plain, m_plain) = timed_build(ours), timed_build(plain)
        index = "site/search/search_index.json"
        print(f"| {count} | {t_ours:.1f} | {t_plain:.1f} | {t_ours / t_plain:.2f} | {m_ours} | "
              f"{m_plain} | {size_mb(ours / 'site'):.1f} | {size_mb(plain / 'site'):.1f} | "
              f"{(ours / index).stat().st_size / 1e6:.2f} | "
              f"{(plain / index).stat().st_size / 1e6:.2f} |", flush=True)
    profiled = max(n for n in sizes if n <= 1000) if any(n <= 1000 for n in sizes) else sizes[0]
    shares = profile_share(work / f"explainer-{profiled}")
    print(f"\nExplainer's own share of one in-process build at N={profiled} (profiled, "
          "so slower than above):")
    for name, seconds in shares.items():
        print(f"- {name}: {seconds:.2f} s ({seconds / shares['total build']:.0%})")
    if not args.no_serve:
        count = args.serve_size
        items = articles(args.texts, count)
        slug = items[count // 2][0]
        ours = work / f"explainer-{count}"
        plain = work / f"plain-{count}"
        if not ours.exists():
            explainer_project(ours, items)
            plain_project(plain, items)
        t_ours = reload_time(ours, ours / f"corpus/articles/{slug}.md", f"articles/{slug}/")
        t_plain = reload_time(plain, plain / f"docs/articles/{slug}.md", f"articles/{slug}/")
        print(f"\nmkdocs serve at N={count}, save-to-served (median of 3): explainer "
              f"{t_ours:.1f} s, plain {t_plain:.1f} s, ratio {t_ours / t_plain:.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
