"""Shared fixtures: the real project built once, in process, with --strict."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    return build_project(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"))
