"""The kiosk on the screens waiting rooms have: shown full screen on an offscreen screen of
that exact size (one Qt application each, in a subprocess), every interactive widget on every
kiosk screen lies wholly on the screen, uncut, and is at least 44 px both ways."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MIN_TARGET = 44

# name: (device width, device height, scale factor, expected layout)
SCREENS = {
    "1024x600": (1024, 600, 1.0, "one pane"),
    "1280x720": (1280, 720, 1.0, "side by side"),
    "1280x800": (1280, 800, 1.0, "side by side"),
    "1366x768": (1366, 768, 1.0, "side by side"),
    "1920x1080": (1920, 1080, 1.0, "side by side"),
    "1920x1080-150pc": (1920, 1080, 1.5, "side by side"),
    "1080x1920-portrait": (1080, 1920, 1.0, "one pane"),
}


def probe(
    tmp_path: Path, bundled_db: Path, width: int, height: int, scale: float, shots: Path | None
) -> dict[str, object]:
    """Run tests/ui/kiosk_probe.py on an offscreen screen of exactly width × height."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "kiosk",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env["QT_SCALE_FACTOR"] = str(scale)
    command = [
        sys.executable,
        "-m",
        "tests.ui.kiosk_probe",
        "--db",
        str(bundled_db),
        "--home",
        str(tmp_path / "home"),
    ]
    if shots is not None:
        command += ["--shots", str(shots), "--label", shots.stem]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("name", list(SCREENS))
def test_kiosk_fits_the_screen_with_touch_sized_targets(
    name: str, tmp_path: Path, bundled_db: Path
) -> None:
    width, height, scale, layout = SCREENS[name]
    shots_dir = os.environ.get("HEALTHREF_KIOSK_SHOTS")  # set to refresh docs/kiosk-screens
    shots = Path(shots_dir) / f"{name}.png" if shots_dir else None
    result = probe(tmp_path, bundled_db, width, height, scale, shots)
    screen = result["screen"]
    assert isinstance(screen, list)
    screen_w, screen_h = int(screen[0]), int(screen[1])
    assert (screen_w, screen_h) == (round(width / scale), round(height / scale))
    assert result["window"] == [0, 0, screen_w, screen_h], "the window does not fit the screen"
    states = result["states"]
    assert isinstance(states, dict)
    assert set(states) >= {"home", "topic", "results", "answer", "emergency", "still-there"}
    for state, seen in states.items():
        assert seen["wide"] is (layout == "side by side"), state
        names = {w["name"] for w in seen["widgets"]}
        assert {"kioskBack", "kioskHomeButton", "kioskLarger", "kioskFinished"} <= names, state
        for widget in seen["widgets"]:
            x, y, w, h = widget["rect"]
            where = f"{state}: {widget['kind']} {widget['name']!r} at {widget['rect']}"
            assert widget["shown"] == widget["rect"], f"cut off: {where}"
            assert x >= 0 and y >= 0 and x + w <= screen_w and y + h <= screen_h, where
            assert w >= MIN_TARGET and h >= MIN_TARGET, f"too small: {where}"
    assert states["emergency"]["strip_y"] == 0  # the emergency strip is above everything
    home = {w["name"] for w in states["home"]["widgets"]}
    assert "questionList" not in home  # the list appears only after a query or a topic
    assert "questionList" in {w["name"] for w in states["results"]["widgets"]}
    if layout == "one pane":
        answer = {w["name"] for w in states["answer"]["widgets"]}
        assert "questionList" not in answer and "answerView" in answer
