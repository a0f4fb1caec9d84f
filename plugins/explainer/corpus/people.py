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

KINDS = ("person", "group")
_PERSON_FIELDS = {"name", "aliases", "role", "affiliation", "side", "kind"}
_TOP_FIELDS = {"people", "sides"}


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
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        return People(problems=[_yaml_problem(path, err)])
    except OSError as err:
        return People(problems=[Problem(str(path), 1, 1, f"cannot read the people file: {err}")])
    except RecursionError:
        return People(problems=[Problem(str(path), 1, 1, "people file nests lists or mappings "
                                        "too deeply to read")])
    return _Reader(str(path)).read(root)


def _yaml_problem(path: Path, err: Exception) -> Problem:
    mark = getattr(err, "problem_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return Problem(str(path), line, column, f"people file is not valid YAML: {err}")


class _Reader:
    """Walks the YAML node tree (not plain data) so every problem can name its line."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        self.problems.append(Problem(self.path, line, column, message))

    def read(self, root: yaml.Node | None) -> People:
        if root is None:
            return People()
        if not isinstance(root, yaml.MappingNode):
            self.problem(root, "people file must be a mapping with 'people:' and 'sides:'")
            return People(problems=self.problems)
        top = self.mapping(root, _TOP_FIELDS, "top-level key")
        sides = self.sides(top.get("sides"))
        persons = self.persons(top.get("people"), sides)
        return People(persons=persons, sides=sides, problems=self.problems)

    def mapping(self, node: yaml.MappingNode, allowed: set[str], what: str) -> dict:
        """Key -> value node; unknown keys are reported because they are usually typos."""
        out = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                self.problem(
                    key_node,
                    f"unknown {what} {key!r} (expected one of {', '.join(sorted(allowed))})",
                )
            elif key in out:
                self.problem(key_node, f"duplicate {what} {key!r}")
            else:
                out[key] = value_node
        return out

    def text(self, node: yaml.Node, what: str) -> str | None:
        is_text = isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:null"
        if is_text and node.value.strip():
            return node.value.strip()
        self.problem(node, f"{what} must be non-empty text")
        return None

    def sides(self, node: yaml.Node | None) -> dict[str, str]:
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "'sides' must map a side id to its label, e.g. federal: ...")
            return {}
        sides = {}
        for key_node, value_node in node.value:
            side = self.text(key_node, "side id")
            label = self.text(value_node, f"label of side {side!r}")
            if side and label:
                sides[side] = label
        return sides

    def persons(self, node: yaml.Node | None, sides: dict[str, str]) -> list[Person]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, "'people' must be a list of entries with at least 'name'")
            return []
        persons: list[Person] = []
        seen: dict[str, str] = {}
        for item in node.value:
            person = self.person(item, sides)
            if person:
                self.report_clashes(item, person, seen)
                persons.append(person)
        return persons

    def person(self, node: yaml.Node, sides: dict[str, str]) -> Person | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, "each entry of 'people' must be a mapping with at least 'name'")
            return None
        fields = self.mapping(node, _PERSON_FIELDS, "field")
        if "name" not in fields:
            self.problem(node, "entry has no 'name'")
            return None
        name = self.text(fields["name"], "'name'")
        if name is None:
            return None
        optional = {
            key: self.text(fields[key], f"'{key}' of {name}")
            for key in ("role", "affiliation", "side", "kind")
            if key in fields
        }
        return Person(
            name=name,
            aliases=self.aliases(fields.get("aliases"), name),
            role=optional.get("role"),
            affiliation=optional.get("affiliation"),
            side=self.side(fields.get("side"), optional.get("side"), sides),
            kind=self.kind(fields.get("kind"), optional.get("kind")),
        )

    def aliases(self, node: yaml.Node | None, name: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"'aliases' of {name} must be a list")
            return ()
        texts = (self.text(item, f"alias of {name}") for item in node.value)
        return tuple(text for text in texts if text)

    def side(self, node: yaml.Node | None, side: str | None, sides: dict[str, str]) -> str | None:
        """A side must be declared under 'sides:' (when there is one) so the page can label it."""
        if side and sides and side not in sides:
            self.problem(
                node, f"side {side!r} is not declared under 'sides:' ({', '.join(sorted(sides))})"
            )
        return side

    def kind(self, node: yaml.Node | None, kind: str | None) -> str:
        if kind is None:
            return "person"
        if kind not in KINDS:
            self.problem(node, f"kind {kind!r} must be 'person' or 'group'")
            return "person"
        return kind

    def report_clashes(self, node: yaml.Node, person: Person, seen: dict[str, str]) -> None:
        """Report a name or alias that already names someone else: lookups must be
        unambiguous. The entry is kept; the first entry keeps the key."""
        for key in (person.name, *person.aliases):
            owner = seen.setdefault(normalize_name(key), person.name)
            if owner != person.name:
                self.problem(node, f"{key!r} of {person.name} already names {owner}")
