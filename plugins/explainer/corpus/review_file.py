"""``explainer review``: start an editor's review file, or add new statements to one.

An editor's file is never rewritten: new entries are only appended after the last entry of
its ``statements:`` list, the result is re-read to prove every earlier decision is intact,
and anything that cannot be done that way is refused with the entries printed to paste.
The extractor's guesses go into comments, so the file holds only the editor's decisions.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..engine.model import Statement
from .reviews import Review, find_statement, load_review

HEADER = """\
# Editor's decisions for {article} (see the editors' guide).
# Name a statement by words quoted from its text (`quote:`), then set what is wrong:
#   speaker / role / side, drop: true, reviewed: true, note: + sources:.
# Add a missing statement under `add:` (text copied verbatim from the article), pair
# statements under `exchanges:` (claim + rebuttals), or detach one under `split:`.
"""


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str
    entries: str = ""  # the YAML that was (or should be) appended


def entries_for(statements: list[Statement]) -> str:
    """One ``- quote:`` entry per statement, its extracted reading in a comment."""
    lines = []
    for statement in statements:
        quote = json.dumps(unique_quote(statement, statements), ensure_ascii=False)
        side = f", side {statement.side}" if statement.side else ""
        lines.append(f"  - quote: {quote}  # {statement.kind}, {statement.speaker}{side}")
        lines.append("    reviewed: false")
    return "\n".join(lines) + "\n" if lines else ""


def unique_quote(statement: Statement, statements: list[Statement]) -> str:
    """The shortest run of the statement's first words (at least six) naming only it."""
    words = statement.text.strip(" \"'“”‘’,").split()
    for count in range(min(6, len(words)), len(words) + 1):
        quote = " ".join(words[:count])
        found, _ = find_statement(statements, quote)
        if found is statement:
            return quote
    return " ".join(words)


def write_review(path: Path, article: str, statements: list[Statement]) -> Outcome:
    """Create ``path``, or append entries for statements its decisions do not name yet."""
    if not path.exists():
        text = HEADER.format(article=article) + "statements:\n" + entries_for(statements)
        _write(path, text)
        return Outcome(True, f"wrote {path} with {len(statements)} statements to review",
                       entries_for(statements))
    before = load_review(path)
    if before.problems:
        first = before.problems[0]
        return Outcome(False, f"{first}\nnot touching {path}: fix the problem above first")
    named = {id(s) for fix in before.fixes
             if (s := find_statement(statements, fix.quote)[0]) is not None}
    missing = [s for s in statements if id(s) not in named]
    if not missing:
        return Outcome(True, f"{path} already names every statement; nothing to add")
    return _append(path, before, entries_for(missing), len(missing))


def _append(path: Path, before: Review, entries: str, count: int) -> Outcome:
    original = path.read_bytes()
    text = original.decode("utf-8")
    addition = _appendable(text)
    if addition is None:
        return Outcome(False, f"not touching {path}: its 'statements:' list is not the last "
                       "section, so new entries cannot be appended safely. Paste these at the "
                       "end of that list:", entries)
    _write(path, text + addition + entries)
    after = load_review(path)
    if after.problems or not _kept(before, after):
        _write_bytes(path, original)
        return Outcome(False, f"not touching {path}: appending would change existing "
                       "decisions. Paste these entries yourself:", entries)
    return Outcome(True, f"added {count} new statements to {path}", entries)


def _appendable(text: str) -> str | None:
    """What to add before new entries, or None when appending could change the file's data."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if root is None:
        return "statements:\n"
    if not isinstance(root, yaml.MappingNode):
        return None
    keys = [k.value for k, _ in root.value]
    if "statements" not in keys:
        return ("" if text.endswith("\n") else "\n") + "statements:\n"
    node = root.value[-1][1]
    if keys[-1] != "statements" or not (
            isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value):
        return None
    return "" if text.endswith("\n") else "\n"


def _kept(before: Review, after: Review) -> bool:
    """Every earlier decision is still there, unchanged, in the same place."""
    return (after.fixes[: len(before.fixes)] == before.fixes
            and (after.additions, after.pairings, after.splits)
            == (before.additions, before.pairings, before.splits))


def _write(path: Path, text: str) -> None:
    _write_bytes(path, text.encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so an interrupted write loses nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
