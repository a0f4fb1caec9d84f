"""Building the real project (or a copy of it) in process, as ``mkdocs build`` does."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def build_project(config_file: Path, site_dir: Path, strict: bool = True) -> Path:
    """Build like ``mkdocs build --strict`` (which raises on any warning) or a plain build."""
    config = load_config(str(config_file), strict=strict, site_dir=str(site_dir))
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
