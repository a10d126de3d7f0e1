"""SIGKILL at random moments while saving: the DB stays sound and nothing reported is lost.

The default run kills 100 times; the long loop (2,000 kills) runs with `pytest -m slow`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO


def _kill_loop(rounds: int, seed: int) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "kill_saves.py"),
            *("--rounds", str(rounds), "--seed", str(seed)),
        ],
        capture_output=True,
        text=True,
        timeout=60 + 9 * rounds,
    )
    report = json.loads(result.stdout)
    assert report["ok"], report["problems"]
    assert report["rounds"] == rounds
    # Every other round waits for a first save, so half the kills at least land mid-loop.
    assert report["saves_reported"] >= rounds // 2


def test_a_hundred_kills_lose_nothing_reported_saved() -> None:
    _kill_loop(100, seed=5)


@pytest.mark.slow
def test_two_thousand_kills_lose_nothing_reported_saved() -> None:
    _kill_loop(2000, seed=11)
