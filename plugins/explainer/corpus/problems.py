"""One shape for every mistake found in an editor's file.

Loaders never raise for bad content: they return `Problem`s, so a build can report all of an
editor's mistakes at once, each pointing at the file and line to fix.
"""

from __future__ import annotations

from dataclasses import dataclass

# Characters that would let a file name or a quoted value rewrite an editor's terminal or CI
# log (escape sequences, a newline faking another problem line, bidirectional overrides).
_UNPRINTABLE = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}
_UNPRINTABLE.update({c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


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
        """The ``path:line:col: message`` form that editors and CI logs make clickable, on
        one line, with control characters shown as escapes rather than obeyed."""
        text = f"{self.path}:{self.line}:{self.column}: {self.message}"
        return text.translate(_UNPRINTABLE)
