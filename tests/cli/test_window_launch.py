"""`healthref` and `healthref --kiosk` really start the window and keep running."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.parametrize("extra", [[], ["--kiosk"], ["--sync-url", "http://127.0.0.1:9"]])
def test_window_starts_and_stays_up(tmp_path: Path, extra: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "healthref", "--home", str(tmp_path), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        time.sleep(3)
        assert child.poll() is None, child.communicate()[1]
    finally:
        child.kill()
        _out, err = child.communicate()
    assert "Traceback" not in err, err
