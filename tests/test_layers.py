"""The package's folders are its architecture: imports only run down the pipeline.

engine ← corpus ← site ← render ← plugin (the MkDocs adapter), with ``cli`` beside the
adapter. Read from the source with ``ast``, so a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from projects import ROOT

PACKAGE = ROOT / "plugins" / "explainer"
ORDER = ["engine", "corpus", "site", "render", "plugin"]
# what each layer may import besides itself (the top-level cli may import every layer)
ALLOWED = {layer: set(ORDER[: i + 1]) for i, layer in enumerate(ORDER)}
ALLOWED["cli"] = set(ORDER) - {"plugin"}
# third-party packages a layer may use: the engine is pure Python
THIRD_PARTY = {
    "engine": set(),
    "corpus": {"yaml"},
    "site": {"yaml"},
    "render": {"jinja2", "markdown", "markupsafe"},
    "plugin": {"mkdocs", "markdown", "material", "jinja2"},
    "cli": {"yaml"},
}
STDLIB = frozenset(__import__("sys").stdlib_module_names)


def layer_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else path.stem.replace("__main__", "cli")


def imported(path: Path) -> list[str]:
    """Absolute dotted names of every module ``path`` imports."""
    module = ".".join(("explainer", *path.relative_to(PACKAGE).with_suffix("").parts))
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module
            names += [f"{target}.{alias.name}" for alias in node.names]
    return names


MODULES = sorted(
    p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE or p.stem in {"cli", "__main__"}
)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_down_the_pipeline(path):
    layer = layer_of(path)
    for name in imported(path):
        parts = name.split(".")
        if parts[0] == "explainer":
            target = parts[1] if parts[1] in ORDER else "cli"
            if parts[1] in {"__version__"}:
                continue
            assert target in ALLOWED[layer] or target == layer, f"{layer} imports {name}"
        elif parts[0] not in STDLIB and parts[0] != "__future__":
            assert parts[0] in THIRD_PARTY[layer], f"{layer} imports {name}"


def test_only_the_adapter_imports_mkdocs():
    users = {
        layer_of(path)
        for path in MODULES
        if any(name.split(".")[0] == "mkdocs" for name in imported(path))
    }
    assert users == {"plugin"}


def test_every_layer_says_what_it_owns_and_may_import():
    for layer in ORDER:
        doc = ast.get_docstring(ast.parse((PACKAGE / layer / "__init__.py").read_text()))
        assert doc and "import" in doc, layer



def test_no_module_is_a_monolith():
    long = {str(p.relative_to(PACKAGE)): n for p in MODULES
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert not long
