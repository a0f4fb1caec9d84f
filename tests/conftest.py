"""Shared fixtures: the real project built once, in process, with --strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from projects import ROOT, build_project


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    return build_project(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"))
