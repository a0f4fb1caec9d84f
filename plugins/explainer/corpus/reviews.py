"""Editors' decisions on one article (``corpus/reviews/<slug>.yml``), read and applied.

A review names statements by a few words quoted from their text (``quote:``), not by id:
ids are positions, and they move whenever the extractor improves, while the words of a
statement stay put. Decisions are applied on every build; the build never writes the file.

Statement-level decisions (speaker, role, side, drop, add, reviewed, notes) are applied
before sides and pairing run, so pairing works on the corrected statements; exchange-level
decisions (pair, split) are applied to the pairing's result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from ..engine.model import Exchange, Link, Note, Statement
from ..engine.paragraphs import split_paragraphs
from .glossary import Source, is_web_url
from .problems import Problem
from .yamlnodes import KeyRules, NodeReader, is_scalar

KINDS = ("direct", "partial", "indirect")
_FIX_FIELDS = ("quote", "speaker", "role", "side", "drop", "reviewed", "note", "sources")
_ADD_FIELDS = ("text", "speaker", "role", "side", "kind", "cue", "reviewed", "note", "sources")
_PAIR_FIELDS = ("claim", "rebuttals", "topic")
_TOP_FIELDS = ("statements", "add", "exchanges", "split")
_KEYS = KeyRules(is_scalar, "unknown {what} {key!r} (expected one of {known})",
                 "{what} {key!r} appears twice")


@dataclass(frozen=True)
class Fix:
    line: int
    quote: str
    speaker: str | None = None
    role: str | None = None
    side: str | None = None
    drop: bool = False
    reviewed: bool | None = None
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Addition:
    line: int
    text: str
    speaker: str
    kind: str = "indirect"
    cue: str = "said"
    role: str | None = None
    side: str | None = None
    reviewed: bool = True
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Pairing:
    line: int
    claim: str
    rebuttals: tuple[str, ...]
    topic: str | None = None


@dataclass
class Review:
    path: str
    fixes: list[Fix] = field(default_factory=list)
    additions: list[Addition] = field(default_factory=list)
    pairings: list[Pairing] = field(default_factory=list)
    splits: list[tuple[int, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.fixes or self.additions or self.pairings or self.splits)


def load_review(path: Path, shown: str | None = None) -> Review:
    """Read a review file; every mistake is a problem with its line, never an exception."""
    shown = shown or str(path)
    review = Review(shown)
    reader = NodeReader(shown, _KEYS, review.problems)
    root = reader.compose(path)
    if root is None:
        return review
    top = reader.mapping(root, _TOP_FIELDS, "section")
    review.fixes = _entries(reader, top, "statements", _fix)
    review.additions = _entries(reader, top, "add", _addition)
    review.pairings = _entries(reader, top, "exchanges", _pairing)
    review.splits = _entries(reader, top, "split", _split)
    return review


def _entries(reader: NodeReader, top: dict, section: str, read) -> list:
    """The usable entries of one section, in file order; ``read`` reports the others."""
    entries = (read(reader, node) for node in reader.items(top.get(section), section))
    return [entry for entry in entries if entry is not None]


def _split(reader: NodeReader, node: yaml.Node) -> tuple[int, str] | None:
    quote = reader.text(node, "split entry")
    return (reader.line(node), quote) if quote else None


def _fix(reader: NodeReader, node: yaml.Node) -> Fix | None:
    fields = reader.mapping(node, _FIX_FIELDS, "statement field")
    quote = reader.required_text(node, fields, "quote", "statement")
    if quote is None:
        return None
    return Fix(
        line=reader.line(node),
        quote=quote,
        speaker=reader.optional_text(fields, "speaker"),
        role=reader.optional_text(fields, "role"),
        side=reader.optional_text(fields, "side"),
        drop=bool(reader.optional_bool(fields, "drop")),
        reviewed=reader.optional_bool(fields, "reviewed"),
        notes=_notes(reader, fields),
    )


def _addition(reader: NodeReader, node: yaml.Node) -> Addition | None:
    fields = reader.mapping(node, _ADD_FIELDS, "added statement field")
    text = reader.required_text(node, fields, "text", "added statement")
    speaker = reader.required_text(node, fields, "speaker", "added statement")
    if text is None or speaker is None:
        return None
    kind = reader.optional_text(fields, "kind") or "indirect"
    if kind not in KINDS:
        reader.problem(fields["kind"], f"'kind' must be one of {', '.join(KINDS)}")
        kind = "indirect"
    reviewed = reader.optional_bool(fields, "reviewed")
    return Addition(
        line=reader.line(node), text=text, speaker=speaker, kind=kind,
        cue=reader.optional_text(fields, "cue") or "said",
        role=reader.optional_text(fields, "role"), side=reader.optional_text(fields, "side"),
        reviewed=True if reviewed is None else reviewed, notes=_notes(reader, fields),
    )


def _pairing(reader: NodeReader, node: yaml.Node) -> Pairing | None:
    fields = reader.mapping(node, _PAIR_FIELDS, "exchange field")
    claim = reader.required_text(node, fields, "claim", "exchange")
    if claim is None:
        return None
    rebuttals = tuple(q for q in (reader.text(n, "rebuttal")
                                  for n in reader.items(fields.get("rebuttals"), "rebuttals")) if q)
    return Pairing(reader.line(node), claim, rebuttals, reader.optional_text(fields, "topic"))


def _notes(reader: NodeReader, fields: dict) -> tuple[Note, ...]:
    text = reader.optional_text(fields, "note")
    sources = _sources(reader, fields.get("sources"))
    if text is None:
        if sources:
            reader.problem(fields["sources"], "'sources' belong to a 'note': add the note text")
        return ()
    return (Note(text, sources),)


def _sources(reader: NodeReader, node: yaml.Node | None) -> tuple[Source, ...]:
    """``- {title: ..., url: https://...}`` entries; other URLs are refused (no links)."""
    sources = []
    for item in reader.items(node, "sources"):
        fields = reader.mapping(item, ("title", "url"), "source field")
        title = reader.required_text(item, fields, "title", "a source")
        url = reader.required_text(item, fields, "url", "a source")
        if url and not is_web_url(url):
            reader.problem(fields["url"], "source url must be an http:// or https:// address")
        elif title and url:
            sources.append(Source(title, url))
    return tuple(sources)


# --- applying ---------------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def normalise(text: str) -> str:
    """Compare quotes loosely: any run of whitespace is one space; curly quotes are straight."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


def find_statement(statements: list[Statement], quote: str) -> tuple[Statement | None, str]:
    """The one statement whose text contains ``quote`` (loosely), or why there is none."""
    wanted = normalise(quote).strip("\"' ,.;:")
    found = [s for s in statements if wanted and wanted in normalise(s.text)]
    exact = [s for s in found if normalise(s.text).strip("\"' ,.;:") == wanted]
    if len(found) == 1 or len(exact) == 1:
        return (exact or found)[0], ""
    if not found:
        return None, (f"no statement contains {quote!r}; copy words from the statement's text "
                      "(run 'explainer extract' on the article to list them)")
    ids = ", ".join(s.id for s in found)
    return None, f"{quote!r} is in {len(found)} statements ({ids}); quote more words"


def apply_statement_decisions(
    statements: list[Statement], body: str, review: Review
) -> list[Statement]:
    """Fix, drop and add statements; return them renumbered s1, s2, … in text order."""
    by_id = {s.id: s for s in statements}
    for fix in review.fixes:
        target, why = find_statement(list(by_id.values()), fix.quote)
        if target is None:
            review.problems.append(Problem(review.path, fix.line, 1, why))
        elif fix.drop:
            del by_id[target.id]
        else:
            by_id[target.id] = _fixed(target, fix)
    added = [s for s in (_added(a, body, review) for a in review.additions) if s is not None]
    ordered = sorted([*by_id.values(), *added], key=lambda s: (s.start, s.end))
    return [replace(s, id=f"s{n}") for n, s in enumerate(ordered, 1)]


def _fixed(statement: Statement, fix: Fix) -> Statement:
    changes: dict = {"notes": statement.notes + fix.notes}
    if fix.speaker:
        changes.update(speaker=fix.speaker, role=fix.role, side=None, side_inferred=False)
    if fix.role:
        changes["role"] = fix.role
    if fix.side:
        changes["side"] = fix.side
    if fix.reviewed is not None:
        changes["reviewed"] = fix.reviewed
    if fix.speaker or fix.side:
        changes["corrected"] = True
    return replace(statement, **changes)


def _added(addition: Addition, body: str, review: Review) -> Statement | None:
    start = body.find(addition.text)
    if start < 0 or not addition.text.strip():
        hint = ""
        if normalise(addition.text) and normalise(addition.text) in normalise(body):
            hint = " (the words are there, but spacing or quotation marks differ: copy them " \
                   "exactly from the article)"
        review.problems.append(Problem(review.path, addition.line, 1,
                                       f"added statement not found in the article text{hint}: "
                                       f"{addition.text[:80]!r}"))
        return None
    end = start + len(addition.text)
    paragraph = next((p.number for p in split_paragraphs(body) if p.start <= start < p.end), 1)
    return Statement(
        id="added", speaker=addition.speaker, mention=addition.speaker, kind=addition.kind,
        cue=addition.cue, start=start, end=end, text=addition.text, paragraph=paragraph,
        role=addition.role, side=addition.side, reviewed=addition.reviewed,
        notes=addition.notes, corrected=True,
    )


def keep_decided_sides(
    reviewed: list[Statement], sided: list[Statement]
) -> list[Statement]:
    """Sides assigned by the engine, except where the editor set one."""
    return [replace(after, side=before.side, side_inferred=False) if before.side and
            before.corrected else after for before, after in zip(reviewed, sided, strict=True)]


def apply_exchange_decisions(
    statements: list[Statement], exchanges: list[Exchange], review: Review
) -> list[Exchange]:
    """Editor pairings replace the engine's for the statements they name; splits detach."""
    claimed: list[Exchange] = []
    for pairing in review.pairings:
        members = [_resolve(statements, q, pairing.line, review)
                   for q in (pairing.claim, *pairing.rebuttals)]
        if all(m is not None for m in members):
            claimed.append(Exchange(members[0].id, tuple(m.id for m in members[1:]),
                                    pairing.topic or "editor's pairing", "paired by an editor"))
    split_ids = {s.id for s in (_resolve(statements, q, line, review)
                                for line, q in review.splits) if s is not None}
    taken = {i for e in claimed for i in (e.claim, *e.rebuttals)}
    kept = []
    for exchange in exchanges:
        rebuttals = tuple(r for r in exchange.rebuttals if r not in taken | split_ids)
        if exchange.claim in taken:
            continue
        links = tuple(k for k in exchange.links if k.answer in rebuttals)
        kept.append(replace(exchange, rebuttals=rebuttals, links=links))
    detached = [Exchange(i, (), "split by an editor", "split by an editor")
                for i in sorted(split_ids - taken, key=_number)
                if not any(e.claim == i for e in kept)]
    position = {s.id: s.start for s in statements}
    return sorted([*kept, *claimed, *detached], key=lambda e: position[e.claim])


def open_suggestions(suggestions: list[Link], exchanges: list[Exchange]) -> list[Link]:
    """The engine's suggestions that the editor's pairings left open: a statement now shown
    answering something is no longer a lead."""
    answering = {r for e in exchanges for r in e.rebuttals}
    return [k for k in suggestions if k.answer not in answering]


def _resolve(statements, quote, line, review) -> Statement | None:
    statement, why = find_statement(statements, quote)
    if statement is None:
        review.problems.append(Problem(review.path, line, 1, why))
    return statement


def _number(statement_id: str) -> int:
    return int(statement_id[1:])
