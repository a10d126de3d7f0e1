"""SIGKILL at random moments while saving: the DB stays sound and nothing reported is lost."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO


def test_a_hundred_kills_lose_nothing_reported_saved() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "kill_saves.py"), "--rounds", "100", "--seed", "5"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    report = json.loads(result.stdout)
    assert report["ok"], report["problems"]
    assert report["rounds"] == 100
    assert report["saves_reported"] > 100  # the kills really land mid-loop
