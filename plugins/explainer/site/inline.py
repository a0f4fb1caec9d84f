"""Turn a paragraph of plain text into inline nodes: text, marked statements, term links.

The article body is untrusted text, never Markdown or HTML. Working on offsets into that
text (instead of on rendered HTML) is what lets the templates escape every character and
still mark statements and link glossary terms precisely.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..engine.model import Paragraph, Statement


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class TermUse:
    """A glossary term where it is used; ``number`` makes its tooltip id unique on the page."""

    term_id: str
    text: str
    number: int


@dataclass
class Mark:
    """The part of a statement that lies in one paragraph; ``first`` carries the anchor."""

    statement_id: str
    first: bool
    children: list[Text | TermUse] = field(default_factory=list)


Node = Text | TermUse | Mark


def paragraph_nodes(
    body: str,
    paragraph: Paragraph,
    statements: list[Statement],
    terms: list[tuple[int, int, str, int]],
    anchored: set[str],
) -> list[Node]:
    """Nodes for one paragraph.

    ``terms`` are ``(start, end, term_id, number)`` uses to link; ``anchored`` collects the
    ids of statements whose anchor has been emitted, so a statement running over several
    paragraphs gets its anchor once. Statements nested in or overlapping an earlier one are
    not marked twice (their card still links to the outer mark's paragraph).
    """
    marks = _statement_spans(paragraph, statements)
    nodes: list[Node] = []
    pos = paragraph.start
    for start, end, statement_id in marks:
        nodes.extend(_with_terms(body, pos, start, terms))
        mark = Mark(statement_id, statement_id not in anchored)
        anchored.add(statement_id)
        mark.children = _with_terms(body, start, end, terms)
        nodes.append(mark)
        pos = end
    nodes.extend(_with_terms(body, pos, paragraph.end, terms))
    return nodes


def _statement_spans(
    paragraph: Paragraph, statements: list[Statement]
) -> list[tuple[int, int, str]]:
    spans, last_end = [], paragraph.start
    for statement in sorted(statements, key=lambda s: (s.start, -s.end)):
        start = max(statement.start, paragraph.start)
        end = min(statement.end, paragraph.end)
        if start < end and start >= last_end:
            spans.append((start, end, statement.id))
            last_end = end
    return spans


def _with_terms(
    body: str, start: int, end: int, terms: list[tuple[int, int, str, int]]
) -> list[Text | TermUse]:
    """Text between ``start`` and ``end`` with the term uses wholly inside it linked."""
    nodes: list[Text | TermUse] = []
    pos = start
    for term_start, term_end, term_id, number in terms:
        if term_start >= pos and term_end <= end:
            if term_start > pos:
                nodes.append(Text(body[pos:term_start]))
            nodes.append(TermUse(term_id, body[term_start:term_end], number))
            pos = term_end
    if pos < end:
        nodes.append(Text(body[pos:end]))
    return nodes
