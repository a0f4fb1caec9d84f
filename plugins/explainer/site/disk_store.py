"""What ``site`` works out per article, kept on disk between builds, keyed by content hash.

Analysing an article costs about as much as MkDocs and Material spend on a whole page, and
parsing it and assembling its page model (glossary links, statement ids) about as much
again, so a newsroom's next ``mkdocs build`` (or a restarted ``mkdocs serve``) should pay
them only for the articles that changed. The keys (made by ``site``) cover everything each
result depends on; the folder is named after a hash of this package's code, so a new
version of the engine never reads an old result.

Values are kept in a few dozen shard files (by kind of value and key), not a file each:
creating, writing and renaming a file costs more than pickling an article's view, and a
first build of 1,000 articles wrote 3,000 of them (about a second), a later one read 2,000.
A shard is read whole when one of its keys is asked for, and written whole, once, at the
end of a build (``save``) if something in it changed; ``index.pickle`` lists the keys of
every shard, so that a build prunes what belonged to edited or deleted articles without
reading the shards it does not otherwise need.

The files are pickles written by this package: the folder is as trusted as the project's own
code and must not be shared with people who cannot already change the project. Anything
unreadable there is treated as missing and worked out again.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import shutil
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)

BUCKETS = 16  # shards per kind of value: a few MB each at 5,000 articles
INDEX = "index.pickle"


@functools.cache
def engine_version() -> str:
    """A hash of the package's modules and the engine's data (the pairing weights): any change
    to them may change the analyses."""
    digest = hashlib.sha256()
    package = Path(__file__).parents[1]  # explainer/, every layer
    for path in sorted([*package.rglob("*.py"), *(package / "engine").glob("*.json")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


T = TypeVar("T")


class DiskStore:
    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.folder = folder / engine_version()
        self._shards: dict[str, dict[str, object]] = {}  # the shards read or written so far
        self._changed: set[str] = set()
        self._index: dict[str, set[str]] | None = None  # shard name -> its keys, as on disk

    def get(self, key: str, kind: type[T]) -> T | None:
        """The value kept under ``key`` if it is a ``kind``; anything else is missing."""
        found = self._shard(shard_name(key)).get(key)
        return found if isinstance(found, kind) else None

    def put(self, key: str, value: object) -> None:
        """Kept in memory until ``save``: the value must not change until then."""
        name = shard_name(key)
        self._shard(name)[key] = value
        self._changed.add(name)

    def save(self, keys: Iterable[str]) -> None:
        """Keep only ``keys`` (drop what belonged to articles that changed or went, and other
        engines' folders) and write the shards that changed. Each file is written to a
        temporary file first, so a concurrent or interrupted build never leaves a half-written
        shard; a concurrent build may lose the other's values, which are worked out again."""
        wanted = set(keys)
        index = self._read_index()
        for name, held in index.items():
            if held - wanted:
                self._changed.add(name)
        # a shard the index does not list (the index was lost, or another build wrote it)
        # is read and pruned once: else what it holds of gone articles would stay for good
        self._changed.update(self._shard_files() - index.keys())
        try:
            self._remove_other_versions()
            for name in sorted(self._changed):
                shard = {k: v for k, v in self._shard(name).items() if k in wanted}
                index[name] = set(shard)
                if shard:
                    self._write(name, shard)
                else:
                    (self.folder / name).unlink(missing_ok=True)
                    index.pop(name)
            if self._changed:
                self._write(INDEX, {name: keys for name, keys in index.items() if keys})
        except OSError as err:  # a read-only checkout still builds, just without the cache
            log.debug("cannot write the build cache: %s", err)
        self._shards, self._changed, self._index = {}, set(), None

    def _shard(self, name: str) -> dict[str, object]:
        if name not in self._shards:
            self._shards[name] = self._read(name)
        return self._shards[name]

    def _read_index(self) -> dict[str, set[str]]:
        if self._index is None:
            found = self._read(INDEX)
            self._index = {name: set(keys) for name, keys in found.items()
                           if isinstance(keys, set)}
        return self._index

    def _shard_files(self) -> set[str]:
        try:
            return {path.name for path in self.folder.iterdir() if _is_shard(path.name)}
        except OSError:  # no folder yet
            return set()

    def _read(self, name: str) -> dict:
        try:
            found = pickle.loads((self.folder / name).read_bytes())  # faster than load()
        except FileNotFoundError:
            return {}
        except Exception:  # a truncated or foreign file: work it out again
            log.debug("unreadable build cache file %s", name, exc_info=True)
            return {}
        return found if isinstance(found, dict) else {}

    def _write(self, name: str, value: dict) -> None:
        """Through a temporary file, removed again if the write stops half-way (Ctrl-C under
        ``mkdocs serve``, a full disk): else every interrupted build would leave one behind."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=self.folder, delete=False) as file:
            temporary = Path(file.name)
            try:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                temporary.unlink()
                raise
        os.replace(temporary, self.folder / name)

    def _remove_other_versions(self) -> None:
        if not self.root.is_dir():
            return
        for other in self.root.iterdir():
            if other != self.folder and other.is_dir() and _is_version(other.name):
                shutil.rmtree(other, ignore_errors=True)


def shard_name(key: str) -> str:
    """``view-3.pickle`` for a key ``view:…``: values of one kind together (a build that
    needs only views reads no analysis), spread over ``BUCKETS`` files."""
    kind = key.partition(":")[0] if ":" in key else "analysis"
    return f"{kind}-{zlib.crc32(key.encode()) % BUCKETS}.pickle"


def _is_shard(name: str) -> bool:
    kind, _, rest = name.partition("-")
    return bool(kind) and rest.endswith(".pickle") and rest[:-len(".pickle")].isdigit()


def _is_version(name: str) -> bool:
    return len(name) == 16 and all(c in "0123456789abcdef" for c in name)
