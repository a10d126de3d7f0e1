"""Modules imported once the window starts are not read by PySide's source scan, and a module
that opts into PySide's `__feature__` syntax still gets it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import sys
from PySide6.QtWidgets import QApplication
from PySide6.support import feature

scanned = []
scan = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: scanned.append(module.__name__) or scan(module)
app = QApplication([])
before = set(sys.modules)
if sys.argv[1] == "install":
    from healthref.ui.feature_scan import install

    assert install()
before = set(sys.modules)
import healthref.core.search.engine  # dozens of modules: the search thread's first imports
import uses_snake, plain

ours = [n for n in scanned if n.startswith("healthref") and n not in before]
print(len(ours), uses_snake.title(), plain.title())
"""

SNAKE = """
from PySide6.QtWidgets import QWidget
from __feature__ import snake_case  # noqa: F401

def title():
    widget = QWidget()
    widget.set_window_title("snake_case")
    return widget.window_title()
"""

PLAIN = """
from PySide6.QtWidgets import QWidget

def title():
    widget = QWidget()
    widget.setWindowTitle("camelCase")
    return widget.windowTitle()
"""


def run(tmp_path: Path, mode: str) -> list[str]:
    (tmp_path / "uses_snake.py").write_text(SNAKE)
    (tmp_path / "plain.py").write_text(PLAIN)
    src = Path(__file__).resolve().parents[2] / "src"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(src), str(tmp_path)]),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_modules_imported_after_install_are_not_scanned(tmp_path: Path) -> None:
    scanned, snake, plain = run(tmp_path, "install")
    assert scanned == "0"
    assert (snake, plain) == ("snake_case", "camelCase")  # opting in still works; others not


def test_without_it_pyside_reads_each_of_our_modules(tmp_path: Path) -> None:
    scanned, snake, plain = run(tmp_path, "plain")
    assert int(scanned) > 20  # what install() spares: the scan is real, and per module
    assert (snake, plain) == ("snake_case", "camelCase")
