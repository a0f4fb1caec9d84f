"""Reading hand-edited YAML through its node tree, so every problem can name its line.

Plain ``yaml.safe_load`` data has forgotten where each value was; editors need
``path:line:col`` to fix a file. Nothing here raises for bad content.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .glossary import Source, is_web_url
from .problems import Problem


class NodeReader:
    """Collects problems for one file while its values are read from YAML nodes."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems

    def problem(self, node: yaml.Node | None, message: str) -> None:
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        self.problems.append(Problem(self.path, line, column, message))

    @staticmethod
    def line(node: yaml.Node) -> int:
        return node.start_mark.line + 1

    def compose(self, path: Path) -> yaml.Node | None:
        try:
            text = path.read_bytes().decode("utf-8")
            return yaml.compose(text, Loader=yaml.SafeLoader)
        except OSError as err:
            self.problem(None, f"cannot read: {err}")
        except UnicodeDecodeError:
            self.problem(None, "not valid UTF-8: save the file as UTF-8")
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            reason = getattr(err, "problem", None) or str(err)
            self.problems.append(Problem(self.path, line, column, f"invalid YAML: {reason}"))
        return None

    def mapping(self, node: yaml.Node | None, allowed: tuple[str, ...], what: str) -> dict:
        """Key -> value node; unknown and repeated keys are reported (usually typos)."""
        if node is None:
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"expected 'key: value' lines here ({', '.join(allowed)})")
            return {}
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in allowed:
                self.problem(key_node, f"unknown {what} {key!r} (expected one of "
                             f"{', '.join(allowed)})")
            elif key in out:
                self.problem(key_node, f"{what} {key!r} appears twice")
            else:
                out[key] = value_node
        return out

    def items(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        if node is None or (isinstance(node, yaml.ScalarNode) and node.value in ("", "~")):
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"'{what}' must be a list ('- ...' lines)")
            return []
        return list(node.value)

    def text(self, node: yaml.Node, what: str) -> str | None:
        if isinstance(node, yaml.ScalarNode):
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
        value = node.value.lower() if isinstance(node, yaml.ScalarNode) else None
        if value in ("true", "yes", "on"):
            return True
        if value in ("false", "no", "off"):
            return False
        self.problem(node, f"'{key}' must be true or false")
        return None

    def sources(self, node: yaml.Node | None) -> tuple[Source, ...]:
        """``- {title: ..., url: https://...}`` entries; other URLs are refused (no links)."""
        sources = []
        for item in self.items(node, "sources"):
            fields = self.mapping(item, ("title", "url"), "source field")
            title = self.required_text(item, fields, "title", "a source")
            url = self.required_text(item, fields, "url", "a source")
            if url and not is_web_url(url):
                self.problem(fields["url"], "source url must be an http:// or https:// address")
            elif title and url:
                sources.append(Source(title, url))
        return tuple(sources)
