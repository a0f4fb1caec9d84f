"""The build cache on disk: what an interrupted write leaves behind."""

from __future__ import annotations

import pickle

import pytest

from explainer.site.disk_store import DiskStore


def test_an_interrupted_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    store = DiskStore(tmp_path / "cache")
    store.put("analysis:a", {"statements": 1})
    store.save(["analysis:a"])
    written = sorted(p.name for p in store.folder.iterdir())

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    again = DiskStore(tmp_path / "cache")
    again.put("analysis:b", {"statements": 2})
    monkeypatch.setattr(pickle, "dump", interrupted)
    with pytest.raises(KeyboardInterrupt):
        again.save(["analysis:a", "analysis:b"])
    assert sorted(p.name for p in store.folder.iterdir()) == written
    monkeypatch.undo()
    assert DiskStore(tmp_path / "cache").get("analysis:a", dict) == {"statements": 1}
