"""Reading hand-edited YAML through its node tree, so every problem can name its line.

Plain ``yaml.safe_load`` data has forgotten where each value was; editors need
``path:line:col`` to fix a file. One `NodeReader` serves every editor's file (people,
glossary, reviews): it places problems, walks mappings and lists, and names a node's type.
What each file calls its keys, and how it words a bad one, is that file's `KeyRules`: editors
have learnt each file's messages, so the words stay the file's own. Nothing here raises for bad
content.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from .problems import Problem

_STR_TAG = "tag:yaml.org,2002:str"
_KINDS = {
    "tag:yaml.org,2002:null": "empty",
    "tag:yaml.org,2002:bool": "true/false",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:timestamp": "a date",
}


def is_scalar(node: yaml.Node) -> bool:
    """A single value (text, a number, a date, …), not a list or a mapping."""
    return isinstance(node, yaml.ScalarNode)


def is_text(node: yaml.Node) -> bool:
    """A value YAML reads as text: unquoted ``yes`` or ``3`` are not."""
    return isinstance(node, yaml.ScalarNode) and node.tag == _STR_TAG


def kind(node: yaml.Node) -> str:
    """What a node is, in an editor's words ("a list", "a number"), for 'not …' messages."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return _KINDS.get(node.tag, "text")


@dataclass(frozen=True)
class KeyRules:
    """Which key nodes name a key, and the words of a file's unknown and repeated keys.

    ``unknown`` is formatted with ``what``, ``key`` (the key's name, or None),
    ``shown`` (the key quoted, or its kind when it is no single value) and ``known`` (the
    allowed keys, comma-separated); ``repeated`` with ``what`` and ``key``.
    """

    names_key: Callable[[yaml.Node], bool]
    unknown: str
    repeated: str


class NodeReader:
    """Collects one file's problems while its values are read from YAML nodes."""

    def __init__(self, path: str, keys: KeyRules, problems: list[Problem] | None = None):
        self.path = path
        self.keys = keys
        self.problems = [] if problems is None else problems

    def problem(self, node: yaml.Node | None, message: str) -> None:
        """A problem at the node's start; without a node, at the top of the file."""
        self.problem_at(node.start_mark if node else None, message)

    def problem_at(self, mark: yaml.Mark | None, message: str) -> None:
        """A problem at a 0-based YAML mark, shown 1-based as editors count."""
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        self.problems.append(Problem(self.path, line, column, message))

    @staticmethod
    def line(node: yaml.Node) -> int:
        return node.start_mark.line + 1

    def fields(self, node: yaml.MappingNode, known: tuple[str, ...],
               what: str) -> dict[str, yaml.Node]:
        """Key → value node. Unknown and repeated keys are reported: YAML would silently keep
        only the last of a repeated key, and a misspelt key would silently vanish."""
        fields: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if self.keys.names_key(key_node) else None
            if key not in known:
                shown = repr(key_node.value) if is_scalar(key_node) else kind(key_node)
                self.problem(key_node, self.keys.unknown.format(
                    what=what, key=key, shown=shown, known=", ".join(known)))
            elif key in fields:
                self.problem(key_node, self.keys.repeated.format(what=what, key=key))
            else:
                fields[key] = value_node
        return fields

    def sequence(self, node: yaml.Node | None, message: str) -> list[yaml.Node]:
        """The items of a list; anything else but a missing value is ``message``."""
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, message)
            return []
        return list(node.value)

    # --- the getters of review files, whose values are looser than the glossary's -------------

    def compose(self, path: Path) -> yaml.Node | None:
        try:
            text = path.read_bytes().decode("utf-8")
            return yaml.compose(text, Loader=yaml.SafeLoader)
        except OSError as err:
            self.problem(None, f"cannot read: {err}")
        except UnicodeDecodeError:
            self.problem(None, "not valid UTF-8: save the file as UTF-8")
        except yaml.YAMLError as err:
            reason = getattr(err, "problem", None) or str(err)
            self.problem_at(getattr(err, "problem_mark", None), f"invalid YAML: {reason}")
        return None

    def mapping(self, node: yaml.Node | None, allowed: tuple[str, ...], what: str) -> dict:
        """`fields` of a node that may be missing (no fields) or not a mapping (reported)."""
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"expected 'key: value' lines here ({', '.join(allowed)})")
            return {}
        return self.fields(node, allowed, what)

    def items(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        """A list's items; a bare ``key:`` (or ``~``) is an empty list, not a mistake."""
        if node is not None and is_scalar(node) and node.value in ("", "~"):
            return []
        return self.sequence(node, f"'{what}' must be a list ('- ...' lines)")

    def text(self, node: yaml.Node, what: str) -> str | None:
        if is_scalar(node):
            return node.value.strip() or None
        self.problem(node, f"{what} must be text")
        return None

    def required_text(self, node: yaml.Node, fields: dict, key: str, what: str) -> str | None:
        if key not in fields:
            self.problem(node, f"{what} needs '{key}'")
            return None
        return self.text(fields[key], f"'{key}'")

    def optional_text(self, fields: dict, key: str) -> str | None:
        return self.text(fields[key], f"'{key}'") if key in fields else None

    def optional_bool(self, fields: dict, key: str) -> bool | None:
        if key not in fields:
            return None
        node = fields[key]
        value = node.value.lower() if is_scalar(node) else None
        if value in ("true", "yes", "on"):
            return True
        if value in ("false", "no", "off"):
            return False
        self.problem(node, f"'{key}' must be true or false")
        return None
