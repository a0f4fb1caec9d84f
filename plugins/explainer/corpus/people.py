"""Canonical speakers (``corpus/people.yml``): who they are and which side they speak for.

The file is edited by hand, so loading never raises on bad content: every mistake becomes a
``Problem`` with the file and line, and the entries that are still usable are kept. Sides are
declared here (with the label a reader sees) because a side is an editorial judgement that the
text alone cannot settle; ``sides.py`` only infers one when a speaker is not listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..engine.directory import normalize_name
from .problems import Problem
from .yamlnodes import KeyRules, NodeReader, is_scalar

KINDS = ("person", "group")
_PERSON_FIELDS = ("affiliation", "aliases", "kind", "name", "role", "side")  # as listed to editors
_TOP_FIELDS = ("people", "sides")
_KEYS = KeyRules(is_scalar, "unknown {what} {key!r} (expected one of {known})",
                 "duplicate {what} {key!r}")


@dataclass(frozen=True)
class Person:
    """One canonical speaker: a person or a group that is quoted as one voice."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    side: str | None = None
    kind: str = "person"


@dataclass
class People:
    """The speakers of a corpus, the display labels of their sides, and what was wrong."""

    persons: list[Person] = field(default_factory=list)
    sides: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index = {}
        for person in self.persons:
            for key in (person.name, *person.aliases):
                self._index.setdefault(normalize_name(key), person)

    def lookup(self, speaker_or_mention: str | None) -> Person | None:
        """Find a speaker by name or alias, ignoring case, curly quotes and a leading 'the'."""
        if not speaker_or_mention:
            return None
        return self._index.get(normalize_name(speaker_or_mention))

    def side_label(self, side: str) -> str | None:
        """The reader-facing label of a declared side, if the file gives one."""
        return self.sides.get(side)


def load_people(path: str | Path) -> People:
    """Read ``people.yml``; a missing file means no declared speakers, not an error."""
    path = Path(path)
    if not path.exists():
        return People()
    reader = NodeReader(str(path), _KEYS)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        reader.problem_at(getattr(err, "problem_mark", None),
                          f"people file is not valid YAML: {err}")
    except OSError as err:
        reader.problem(None, f"cannot read the people file: {err}")
    except RecursionError:
        reader.problem(None, "people file nests lists or mappings too deeply to read")
    else:
        return _read(reader, root)
    return People(problems=reader.problems)


def _read(reader: NodeReader, root: yaml.Node | None) -> People:
    if root is None:
        return People()
    if not isinstance(root, yaml.MappingNode):
        reader.problem(root, "people file must be a mapping with 'people:' and 'sides:'")
        return People(problems=reader.problems)
    top = reader.fields(root, _TOP_FIELDS, "top-level key")
    sides = _sides(reader, top.get("sides"))
    persons = _persons(reader, top.get("people"), sides)
    return People(persons=persons, sides=sides, problems=reader.problems)


def _text(reader: NodeReader, node: yaml.Node, what: str) -> str | None:
    """Any single value but an empty one: a number or a date is a name or role as written."""
    if is_scalar(node) and node.tag != "tag:yaml.org,2002:null" and node.value.strip():
        return node.value.strip()
    reader.problem(node, f"{what} must be non-empty text")
    return None


def _sides(reader: NodeReader, node: yaml.Node | None) -> dict[str, str]:
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        reader.problem(node, "'sides' must map a side id to its label, e.g. federal: ...")
        return {}
    sides = {}
    for key_node, value_node in node.value:
        side = _text(reader, key_node, "side id")
        label = _text(reader, value_node, f"label of side {side!r}")
        if side and label:
            sides[side] = label
    return sides


def _persons(reader: NodeReader, node: yaml.Node | None, sides: dict[str, str]) -> list[Person]:
    persons: list[Person] = []
    seen: dict[str, str] = {}
    for item in reader.sequence(node, "'people' must be a list of entries with at least 'name'"):
        person = _person(reader, item, sides)
        if person:
            _report_clashes(reader, item, person, seen)
            persons.append(person)
    return persons


def _person(reader: NodeReader, node: yaml.Node, sides: dict[str, str]) -> Person | None:
    if not isinstance(node, yaml.MappingNode):
        reader.problem(node, "each entry of 'people' must be a mapping with at least 'name'")
        return None
    fields = reader.fields(node, _PERSON_FIELDS, "field")
    if "name" not in fields:
        reader.problem(node, "entry has no 'name'")
        return None
    name = _text(reader, fields["name"], "'name'")
    if name is None:
        return None
    optional = {
        key: _text(reader, fields[key], f"'{key}' of {name}")
        for key in ("role", "affiliation", "side", "kind")
        if key in fields
    }
    aliases = reader.sequence(fields.get("aliases"), f"'aliases' of {name} must be a list")
    return Person(
        name=name,
        aliases=tuple(a for a in (_text(reader, n, f"alias of {name}") for n in aliases) if a),
        role=optional.get("role"),
        affiliation=optional.get("affiliation"),
        side=_side(reader, fields.get("side"), optional.get("side"), sides),
        kind=_kind(reader, fields.get("kind"), optional.get("kind")),
    )


def _side(reader: NodeReader, node: yaml.Node | None, side: str | None,
          sides: dict[str, str]) -> str | None:
    """A side must be declared under 'sides:' (when there is one) so the page can label it."""
    if side and sides and side not in sides:
        reader.problem(
            node, f"side {side!r} is not declared under 'sides:' ({', '.join(sorted(sides))})"
        )
    return side


def _kind(reader: NodeReader, node: yaml.Node | None, kind: str | None) -> str:
    if kind is None:
        return "person"
    if kind not in KINDS:
        reader.problem(node, f"kind {kind!r} must be 'person' or 'group'")
        return "person"
    return kind


def _report_clashes(reader: NodeReader, node: yaml.Node, person: Person,
                    seen: dict[str, str]) -> None:
    """Report a name or alias that already names someone else: lookups must be
    unambiguous. The entry is kept; the first entry keeps the key."""
    for key in (person.name, *person.aliases):
        owner = seen.setdefault(normalize_name(key), person.name)
        if owner != person.name:
            reader.problem(node, f"{key!r} of {person.name} already names {owner}")
