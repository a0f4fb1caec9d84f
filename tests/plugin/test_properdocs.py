"""ProperDocs, the maintained drop-in fork of MkDocs 1.x, builds the same site: every page
byte for byte, but for the generator it names."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from projects import copy_project

GENERATOR = re.compile(rb'\s*<meta name="generator" content="[^"]*">')


def build_with(tool: str, project: Path, site: Path) -> dict[str, bytes]:
    executable = Path(sys.executable).with_name(tool)
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([str(executable), "build", "--strict", "-q", "-f", "mkdocs.yml",
                    "-d", str(site)], cwd=project, env=env, check=True)
    return {str(p.relative_to(site)): GENERATOR.sub(b"", p.read_bytes())
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.skipif(shutil.which("properdocs", path=str(Path(sys.executable).parent)) is None,
                    reason="ProperDocs is not installed (pip install -e '.[test]')")
def test_properdocs_builds_the_same_site_as_mkdocs(tmp_path):
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    with_mkdocs = build_with("mkdocs", project, tmp_path / "mkdocs-site")
    with_properdocs = build_with("properdocs", project, tmp_path / "properdocs-site")
    assert with_properdocs.keys() == with_mkdocs.keys()
    differ = [name for name in with_mkdocs if with_mkdocs[name] != with_properdocs[name]]
    assert differ == []
