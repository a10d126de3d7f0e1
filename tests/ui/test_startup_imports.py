"""The window appears without waiting for what it needs later (SQLAlchemy, Markdown)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from healthref import paths
from healthref.ui.app import build_window
app = QApplication([])
window = build_window(paths.resolve(home=Path(sys.argv[1])))
window.show()
app.processEvents()
heavy = [m for m in ("sqlalchemy", "markdown", "cryptography") if m in sys.modules]
print("window:", type(window).__name__)
print("heavy:", heavy)
window.close()
"""


def test_showing_the_window_loads_neither_sqlalchemy_nor_markdown(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    # The main window, not the error page a missing articles DB gets (which loads nothing).
    assert "window: MainWindow\n" in result.stdout, result.stdout + result.stderr
    assert "heavy: []" in result.stdout, result.stdout + result.stderr
