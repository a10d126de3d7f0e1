"""The receiver runs on servers without a display: no intake module may load Qt."""

from __future__ import annotations

import subprocess
import sys

MODULES = ["app", "batch", "deadline", "serve_command", "server", "store"]


def test_no_intake_module_imports_qt() -> None:
    imports = "; ".join(f"import healthref.intake.{name}" for name in MODULES)
    check = f"{imports}; import sys; assert 'PySide6' not in sys.modules, 'Qt was loaded'"
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
