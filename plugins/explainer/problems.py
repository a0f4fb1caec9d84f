"""One shape for every mistake found in an editor's file.

Loaders never raise for bad content: they return `Problem`s, so a build can report all of an
editor's mistakes at once, each pointing at the file and line to fix.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """A mistake at ``path:line:column`` (both 1-based), in words an editor can act on.

    Ordering is by path, then position, so sorted problems read top to bottom per file.
    """

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        """The ``path:line:col: message`` form that editors and CI logs make clickable."""
        return f"{self.path}:{self.line}:{self.column}: {self.message}"
