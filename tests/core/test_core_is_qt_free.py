"""healthref.core never loads PySide6 (checked in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import healthref.core
for module in pkgutil.walk_packages(healthref.core.__path__, "healthref.core."):
    importlib.import_module(module.name)
import healthref.cli, healthref.cli.dispatch, healthref.cli.doctor, healthref.paths
for module in pkgutil.walk_packages(healthref.cli.__path__, "healthref.cli."):
    importlib.import_module(module.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "PySide6")
print("loaded:", loaded)
sys.exit(1 if loaded else 0)
"""


def test_importing_every_core_module_leaves_pyside6_unloaded() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "loaded: []" in result.stdout
