"""What ``site`` works out per article, kept on disk between builds, keyed by content hash.

Analysing an article costs about as much as MkDocs and Material spend on a whole page, and
parsing it and assembling its page model (glossary links, statement ids) about as much
again, so a newsroom's next ``mkdocs build`` (or a restarted ``mkdocs serve``) should pay
them only for the articles that changed. The keys (made by ``site``) cover everything each
result depends on; the folder is named after a hash of this package's code, so a new
version of the engine never reads an old result.

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
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)


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

    def get(self, key: str, kind: type[T]) -> T | None:
        """The value kept under ``key`` if it is a ``kind``; anything else is missing."""
        try:
            with open(self._path(key), "rb") as file:
                found = pickle.load(file)
        except FileNotFoundError:
            return None
        except Exception:  # a truncated or foreign file: work it out again
            log.debug("unreadable cached value %s", key, exc_info=True)
            return None
        return found if isinstance(found, kind) else None

    def put(self, key: str, value: object) -> None:
        """Written to a temporary file first, so a concurrent or interrupted build never
        leaves a half-written value under its key."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.folder, delete=False) as file:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(file.name, self._path(key))
        except OSError as err:  # a read-only checkout still builds, just without the cache
            log.debug("cannot write the build cache: %s", err)

    def keep_only(self, keys: Iterable[str]) -> None:
        """Delete what belonged to articles that changed or went, and other engines' folders."""
        wanted = {self._path(key).name for key in keys}
        try:
            for other in self.root.iterdir():
                if other != self.folder and other.is_dir() and _is_version(other.name):
                    shutil.rmtree(other, ignore_errors=True)
            if self.folder.is_dir():
                for path in self.folder.iterdir():
                    if path.name not in wanted:
                        path.unlink(missing_ok=True)
        except OSError as err:
            log.debug("cannot prune the build cache: %s", err)

    def _path(self, key: str) -> Path:
        return self.folder / f"{key.replace(':', '-')}.pickle"  # "view:…": no colons on Windows


def _is_version(name: str) -> bool:
    return len(name) == 16 and all(c in "0123456789abcdef" for c in name)
