"""The start-up probe that benchmarks/startup.py reads: one line when the first frame is on
screen, one when the probe's search has been answered on screen, each with CPU time."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.ui import startup_probe
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow


def test_the_probe_marks_the_first_frame_then_the_answered_search(
    qtbot: QtBot,
    app_paths: paths.AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(startup_probe.QUERY_ENV, "what causes sepsis")
    window = build_window(app_paths)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    startup_probe.install(window)
    assert capsys.readouterr().out == ""  # nothing before the first frame
    window.show()
    printed: list[str] = []

    def answered() -> bool:
        printed.extend(capsys.readouterr().out.splitlines())
        return any(line.startswith("answered ") for line in printed)

    qtbot.waitUntil(answered, timeout=10_000)
    painted, done = (line.split() for line in printed)
    assert painted[0] == "painted" and float(painted[1]) > 0
    assert done[0] == "answered" and float(done[1]) >= float(painted[1])
    assert done[2] == "what-causes-sepsis"
    assert window.search_panel.search_box.text() == "what causes sepsis"
    window.close()
