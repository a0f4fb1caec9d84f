"""Building the real project (or a copy of it) in process, as ``mkdocs build`` does."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def build_project(config_file: Path, site_dir: Path, strict: bool = True,
                  workers: int | None = None) -> Path:
    """Build like ``mkdocs build --strict`` (which raises on any warning) or a plain build;
    ``workers``: the plugin's option, if not the project's."""
    config = load_config(str(config_file), strict=strict, site_dir=str(site_dir))
    if workers is not None:
        config.plugins["explainer"].config.workers = workers
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return site_dir


def copy_project(target: Path) -> Path:
    """A copy of the site's sources, so a test can change the corpus without touching it."""
    for name in ("mkdocs.yml", "docs", "corpus"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, target / name)
    return target


def single_article_site(folder: Path, slug: str, text: str) -> Path:
    """The project with ``text`` as its only article (no reviews), built into ``site/``."""
    project = copy_project(folder)
    for name in ("articles", "reviews"):
        for path in (project / "corpus" / name).iterdir():
            path.unlink()
    (project / f"corpus/articles/{slug}.md").write_text(text, encoding="utf-8")
    return build_project(project / "mkdocs.yml", project / "site")


def set_site_url(config_file: Path, url: str) -> None:
    """Give a copied project's mkdocs.yml a fixed ``site_url`` (the real one reads
    ``SITE_URL``, which the tests empty: see conftest)."""
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(re.sub(r"(?m)^site_url:.*$", f"site_url: {url}", text, count=1),
                           encoding="utf-8")
