"""What the engine needs to know about the people an editor declared, as protocols.

The corpus layer's ``people.yml`` reader satisfies them; the engine never imports it, so it
runs the same with an editor's list, a test's stand-in or none at all.
"""

from __future__ import annotations

import functools
import re
from typing import Protocol


class Known(Protocol):
    """A declared speaker: canonical name, role and side (any may be missing)."""

    name: str
    role: str | None
    side: str | None


class Directory(Protocol):
    """Declared speakers by name or alias, and the reader-facing labels of their sides."""

    def lookup(self, speaker_or_mention: str | None) -> Known | None: ...

    def side_label(self, side: str) -> str | None: ...


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 12)
def normalize_name(text: str) -> str:
    """Key for name matching: 'The City’s  lawsuit' and 'city's lawsuit' compare equal.
    (Asked for every statement's speaker, and speakers repeat: remembered.)"""
    text = text.replace("\u2019", "'").replace("\u2018", "'").strip().lower()
    text = _SPACES.sub(" ", text)
    return text.removeprefix("the ")
