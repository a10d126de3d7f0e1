"""`healthref build` from an install that is not a source checkout asks for --content."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Runs the real entry point with the package's idea of the source tree pointed at an empty
# folder, as it is for a pip install (…/lib/python3.11) or a bundle.
SCRIPT = """
import sys
from pathlib import Path
import healthref.paths
healthref.paths.SOURCE_TREE_ROOT = Path(sys.argv[1])
from healthref.cli import main
raise SystemExit(main(sys.argv[2:]))
"""


def test_build_outside_a_checkout_says_so_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), "build"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "HEALTHREF_HOME": str(tmp_path / "home")},
        timeout=120,
    )
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "--content DIR" in lines[0]
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_build_with_content_works_outside_a_checkout(tmp_path: Path) -> None:
    from tests.conftest import REPO

    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SCRIPT,
            str(tmp_path / "elsewhere"),
            "build",
            "--content",
            str(REPO / "content"),
            "--out",
            str(tmp_path / "a.db"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "HEALTHREF_HOME": str(tmp_path / "home")},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "a.db").is_file()
