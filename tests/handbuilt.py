"""Statements written by hand for engine tests, and a people.yml in miniature."""

from __future__ import annotations

import re
from dataclasses import dataclass

from explainer.engine.model import Statement
from explainer.engine.paragraphs import split_paragraphs


def build(body: str, *specs: tuple[str, str, str]) -> list[Statement]:
    """Statements from (speaker, exact text in body, cue), as an extractor would report them."""
    paragraphs = split_paragraphs(body)
    statements = []
    for number, (speaker, text, cue) in enumerate(specs, 1):
        start = body.index(text)
        paragraph = next(p.number for p in paragraphs if p.start <= start < p.end)
        statements.append(
            Statement(
                f"s{number}",
                speaker,
                speaker.split()[-1],
                "indirect",
                cue,
                start,
                start + len(text),
                text,
                paragraph,
            )
        )
    return statements


@dataclass(frozen=True)
class Person:
    name: str
    side: str | None
    role: str | None = None


class Camps:
    """An editor's people.yml in miniature: speaker name -> camp."""

    def __init__(self, camps: dict[str, str]) -> None:
        self.camps = camps

    def lookup(self, name: str | None) -> Person | None:
        """The declared person whose name contains ``name`` or is contained in it ("Whitaker"
        for "Joan Whitaker"), as the extractor may give either."""
        found = next((n for n in self.camps if name and speaker_matches(n, name)), None)
        return Person(found, self.camps[found]) if found else None

    def side_label(self, side: str) -> str | None:
        return None


def speaker_matches(expected: str, actual: str) -> bool:
    def norm(name: str) -> str:
        return re.sub(r"^the ", "", name.lower().strip())

    expected, actual = norm(expected), norm(actual)
    return expected in actual or actual in expected
