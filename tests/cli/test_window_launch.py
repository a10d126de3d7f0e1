"""`healthref` and `healthref --kiosk` really start the main window (not an error page), check
the articles in the background, and keep running."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest

# Runs `healthref …` as a user would, and once its event loop is going and the background
# check of the articles is done, prints the class of every window on screen.
CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

run_loop = QApplication.exec


def exec_and_report(app):
    from healthref.ui.main_window import MainWindow

    def report():
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if shown and not any(isinstance(w, MainWindow) and w.tasks.busy() for w in shown):
            print("shown:", " ".join(type(w).__name__ for w in shown), flush=True)
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(report)
    timer.start(20)
    return run_loop()


QApplication.exec = exec_and_report
from healthref.cli import main

raise SystemExit(main(sys.argv[1:]))
"""


def _first_line(child: subprocess.Popen[str], timeout: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    assert child.stdout is not None
    stdout = child.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        return ""


@pytest.mark.parametrize("extra", [[], ["--kiosk"], ["--sync-url", "http://127.0.0.1:9"]])
def test_window_starts_and_stays_up(tmp_path: Path, extra: list[str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, "--home", str(tmp_path), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = _first_line(child, timeout=60)
        # The main window, not the error page; and still running after the articles' check.
        assert line.strip() == "shown: MainWindow", line
        assert child.poll() is None
    finally:
        child.kill()
        _out, err = child.communicate()
    assert "Traceback" not in err, err


@pytest.mark.parametrize(
    "arguments",
    [
        [],
        ["--kiosk"],
        ["--home", "/tmp/a home", "--kiosk"],
        ["--home=/tmp/x", "--content-db", "c.db", "--sync-url", "http://h:8/s"],
        ["--home", "/tmp/first", "--home", "/tmp/second"],  # the last one wins
        ["--home="],
        ["--sync-url=http://h/s?a=b=c"],
    ],
)
def test_window_options_are_read_as_the_parser_reads_them(arguments: list[str]) -> None:
    from healthref.cli.launch import read_window_options, window_parser

    read = read_window_options(arguments)
    assert read is not None
    assert read._asdict() == vars(window_parser().parse_args(arguments))


@pytest.mark.parametrize(
    "arguments",
    [["--home"], ["--home", "--kiosk"], ["--kiosk=yes"], ["--content-db", "-x"], ["--hom", "x"]],
)
def test_odd_window_options_are_left_to_the_parser_to_explain(arguments: list[str]) -> None:
    from healthref.cli.launch import read_window_options

    assert read_window_options(arguments) is None


def test_a_window_option_without_its_value_is_a_usage_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "healthref", "--home"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "--home: expected one argument" in done.stderr
