"""Shared fixtures: the real project built once, in process, with --strict."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from projects import ROOT, build_project

# The project's mkdocs.yml takes site_url from SITE_URL (a placeholder when unset). Tests build
# it without one, whatever the shell exports, and give copies an address with set_site_url;
# test_site_url.py builds it with the placeholder.
os.environ["SITE_URL"] = ""


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    return build_project(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site"))
