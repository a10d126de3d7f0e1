"""Announcements heard where a screen reader hears them: on a real AT-SPI bus (Xvfb, a private
D-Bus session, Debian's at-spi2-core and python3-pyatspi), from a real window."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_DB

HERE = Path(__file__).parent / "atspi"
SYSTEM_PYTHON = "/usr/bin/python3"


def _bus_available() -> str:
    for tool in ("xvfb-run", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return "" if probe.returncode == 0 else "python3-pyatspi is not installed"


@pytest.mark.slow
def test_screen_reader_hears_articles_results_and_errors() -> None:
    missing = _bus_available()
    if missing:
        pytest.skip(missing)
    done = subprocess.run(
        [
            "xvfb-run", "-a", "dbus-run-session", "--",
            SYSTEM_PYTHON, str(HERE / "listen.py"),
            sys.executable, str(HERE / "drive.py"), str(BUNDLED_DB),
        ],
        capture_output=True, text=True, timeout=150, cwd=Path(__file__).parents[2],
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout + done.stderr
    report = json.loads(lines[-1])
    assert report["exit"] == 0, done.stderr
    said = [e["text"] for e in report["events"] if e["type"] == "object:announcement"]
    expected = [
        "Opened: What causes sepsis?",
        "results",  # the result count
        "Showing results for",  # a correction
        "No article answers this yet",  # no confident answer
        "No answer yet for",  # the empty state
        "Please",  # the dialog's refusal of an empty question
    ]
    unheard = [e for e in expected if not any(e in s for s in said)]
    assert unheard == [], said
