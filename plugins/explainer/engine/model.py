"""Plain data shared by the core modules.

Kept free of behaviour and of MkDocs so that every stage (loading, extraction, pairing,
rendering, the CLI) can be tested and reused on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Statement:
    """One reported statement: who said what, where in the body.

    ``body[start:end]`` is the content; offsets are Python ``str`` indices into the article
    body (for ``.md`` the text after the front matter, for ``.txt`` the whole file).
    """

    id: str
    speaker: str
    mention: str
    kind: str  # "direct" | "partial" | "indirect"
    cue: str
    start: int
    end: int
    text: str
    paragraph: int  # 1-based
    role: str | None = None
    side: str | None = None
    side_inferred: bool = False
    reviewed: bool = False  # an editor checked it (corpus/reviews/<slug>.yml)
    corrected: bool = False  # an editor set its speaker or side, or added it
    notes: tuple[Note, ...] = ()


def changed(statement: Statement, **changes) -> Statement:
    """A copy of ``statement`` with ``changes`` to its fields: what ``dataclasses.replace``
    returns (every field of a Statement is an argument of ``__init__``), at two thirds of
    its cost (sides copies every statement it places, some 14 an article). Made by
    ``__init__``, as by ``replace``, the copy holds its values inline, with no dictionary
    (copying the dictionary was faster still, but pairing and the page model then read every
    attribute from it more slowly, and lost more than that gained)."""
    return type(statement)(**{**statement.__dict__, **changes})


@dataclass(frozen=True)
class Note:
    """An editor's context note on a statement; ``sources`` are (title, url) Sources."""

    text: str
    sources: tuple = ()


@dataclass(frozen=True)
class Link:
    """One statement answering another, the evidence for it, and how sure the engine is.

    ``strength`` is the pairing model's probability that a careful reader would pair the two
    (0–1; how often a link at the reader's threshold is one a careful reader also drew,
    measured on the annotated train news, is on the Method page).
    """

    claim: str
    answer: str
    strength: float
    why: str


@dataclass(frozen=True)
class Exchange:
    """A claim and the statements that answer it, with the reason they were paired.

    ``links`` holds the engine's evidence for each rebuttal, in ``rebuttals`` order (an
    editor's pairing has none).
    """

    claim: str
    rebuttals: tuple[str, ...]
    topic: str
    why: str = ""
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body: its 1-based number and its span in the body."""

    number: int
    start: int
    end: int


@dataclass
class Extraction:
    """Everything the extractor and the pairing found in one article body."""

    statements: list[Statement] = field(default_factory=list)
    exchanges: list[Exchange] = field(default_factory=list)
    problems: list = field(default_factory=list)  # Problems in the review file, if any
    # links too weak to show readers, in article order: leads for the editor panel
    suggestions: list[Link] = field(default_factory=list)
