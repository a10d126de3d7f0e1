"""Imports point one way. Every import of the project's own modules is read from the source
(module-level and inside functions) and checked against the allowed directions, so a wrong
import fails here before it becomes a cycle."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "healthref"

# package → the project packages it may import (its own sub-modules are always allowed).
# Bottom of core: failures, sqlite_files, desktop, i18n, settings, content.
ALLOWED: dict[str, set[str]] = {
    "healthref.core.failures": set(),
    "healthref.core.i18n": set(),  # the interface languages, their catalogues and dates
    "healthref.core.sqlite_files": set(),
    "healthref.core.desktop": set(),
    "healthref.core.folding": set(),  # how search folds text, for the word lists too
    "healthref.core.wordlist": {"healthref.core.folding"},
    "healthref.core.settings": {"healthref.core.failures", "healthref.core.i18n"},
    "healthref.core.content": {
        "healthref.core.failures",
        "healthref.core.i18n",
        "healthref.core.sqlite_files",
        "healthref.core.wordlist",
    },
    "healthref.core.search": {
        "healthref.core.content",
        "healthref.core.folding",
        "healthref.core.wordlist",
    },
    "healthref.core.build": {
        "healthref.core.content",
        "healthref.core.search",
        "healthref.core.failures",
        "healthref.core.sqlite_files",
    },
    # Packs: verify with content's schema, build and merge through build, name paths' files.
    "healthref.core.packs": {
        "healthref.core.content",
        "healthref.core.build",
        "healthref.core.failures",
        "healthref.core.sqlite_files",
        "healthref.paths",
    },
    "healthref.core.userdata": {"healthref.core.failures", "healthref.core.sqlite_files"},
    "healthref.core.suggestions": {
        "healthref",  # the app version
        "healthref.core.userdata",
        "healthref.core.failures",
        "healthref.core.i18n",
        "healthref.core.search.normalise",  # near-duplicates compare normalised words
    },
    # The receiver: the suggestion rules, and the shared-token setting's name.
    "healthref.intake": {
        "healthref.core.suggestions",
        "healthref.core.failures",
        "healthref.core.settings",
    },
    "healthref.paths": set(),
    "healthref.cli": {"healthref", "healthref.paths", "healthref.core", "healthref.intake"},
    "healthref.ui": {"healthref", "healthref.paths", "healthref.core"},
}
# The CLI may load the window only inside a function (lazily), for the commands that need it.
LAZY_ONLY: dict[str, set[str]] = {"healthref.cli": {"healthref.ui"}}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # what it imports
    top_level: bool
    line: int


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_imports(root: Path = SRC) -> list[Import]:
    found: list[Import] = []
    for path in sorted(root.rglob("*.py")):
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level_nodes = set(map(id, tree.body))
        for node in ast.walk(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module]
                targets += [f"{node.module}.{alias.name}" for alias in node.names]
            for target in targets:
                if target == "healthref" or target.startswith("healthref."):
                    line = node.lineno if isinstance(node, ast.stmt) else 0
                    found.append(Import(module, target, id(node) in top_level_nodes, line))
    return found


def _package(module: str) -> str | None:
    for package in sorted(ALLOWED, key=len, reverse=True):
        if module == package or module.startswith(package + "."):
            return package
    return None


def _within(target: str, allowed: set[str]) -> bool:
    return any(target == a or target.startswith(a + ".") for a in allowed)


def violations(imports: list[Import]) -> list[str]:
    wrong: list[str] = []
    for found in imports:
        package = _package(found.module)
        if package is None:
            continue
        target = found.target
        if target.startswith(package + ".") or target == package:
            continue
        # "from healthref.core.content import store" also lists the name as a target.
        if not _is_module(target) and _is_module(target.rsplit(".", 1)[0]):
            target = target.rsplit(".", 1)[0]
        if not _is_module(target) or target.startswith(package + ".") or target == package:
            continue
        lazy = LAZY_ONLY.get(package, set())
        if _within(target, lazy):
            if found.top_level:
                wrong.append(f"{found.module}:{found.line} imports {target} at module level")
            continue
        if target == "healthref" and "healthref" in ALLOWED[package]:
            continue
        if not _within(target, ALLOWED[package] - {"healthref"}):
            wrong.append(f"{found.module}:{found.line} imports {target}")
    return wrong


def _is_module(name: str) -> bool:
    relative = Path(*name.split("."))
    return (SRC.parent / relative).with_suffix(".py").exists() or (
        SRC.parent / relative / "__init__.py"
    ).exists()


def test_every_import_points_the_allowed_way() -> None:
    imports = project_imports()
    assert len(imports) > 100  # the walk really read the sources
    assert violations(imports) == []


def test_a_wrong_import_is_caught(tmp_path: Path) -> None:
    # content must never reach up into search: the check fails on such a line.
    planted = Import("healthref.core.content.render", "healthref.core.search.engine", True, 1)
    assert violations([planted]) == [
        "healthref.core.content.render:1 imports healthref.core.search.engine"
    ]
    window_at_top = Import("healthref.cli.dispatch", "healthref.ui.app", True, 3)
    assert violations([window_at_top]) == [
        "healthref.cli.dispatch:3 imports healthref.ui.app at module level"
    ]
    lazily = Import("healthref.cli.launch", "healthref.ui.app", False, 9)
    assert violations([lazily]) == []


def test_launching_the_window_imports_no_command_module() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from healthref.cli.launch import is_window_launch\n"
        "assert is_window_launch(['--kiosk', '--home', '/tmp/x'])\n"
        "assert not is_window_launch(['search', 'x'])\n"
        "import healthref.cli\n"
        "commands = [m for m in sys.modules if m.startswith('healthref.cli.') and "
        "m not in ('healthref.cli.launch',)]\n"
        "print('loaded:', sorted(commands))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "loaded: []" in result.stdout
