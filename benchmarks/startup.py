"""Start-up budget: time to a shown window with the question list and to the first answered
search, beside a bare PySide6 window with a list, each in fresh processes (median of N runs).

Prints JSON. Usage: python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
import sys, time, resource
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QListView, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QListView()
view.setModel(QStringListModel([f"Question {n}?" for n in range(124)]))
window.setCentralWidget(view)
window.resize(1180, 760)
window.show()
while not window.isVisible() or not view.viewport().isVisible():
    app.processEvents()
app.processEvents()
print("shown", flush=True)
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

APP = r"""
import sys, resource
from pathlib import Path
from PySide6.QtWidgets import QApplication
from healthref import paths
from healthref.ui.app import build_window
app = QApplication(sys.argv[:1])
window = build_window(paths.resolve(home=Path(sys.argv[1])))
window.show()
while not window.isVisible():
    app.processEvents()
app.processEvents()
assert window.search_panel.model.rowCount() > 0
print("shown", flush=True)
panel = window.search_panel
panel.search_box.setText("blood poisoning")
while panel.search_pending():
    app.processEvents()
app.processEvents()
assert panel.current_slug() == "what-causes-sepsis", panel.current_slug()
print("searched", flush=True)
window.open_article("what-causes-sepsis")
app.processEvents()
print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
window.close()
"""


def run_once(script: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    marks: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        name, *value = line.split()
        marks[name] = float(value[0]) / 1024 if value else (time.perf_counter() - start) * 1000
    child.wait()
    if child.returncode != 0:
        raise SystemExit(f"benchmark child failed with {child.returncode}")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare: list[dict[str, float]] = []
    app: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as home:
        run_once(BARE)
        run_once(APP, home)  # warm the OS file cache for both
        for _ in range(args.runs):
            bare.append(run_once(BARE))
            app.append(run_once(APP, home))
    floor = statistics.median(r["shown"] for r in bare)
    shown = statistics.median(r["shown"] for r in app)
    searched = statistics.median(r["searched"] for r in app)
    result = {
        "runs": args.runs,
        "bare_window_with_list_ms": round(floor, 1),
        "window_with_question_list_ms": round(shown, 1),
        "first_search_answered_ms": round(searched, 1),
        "window_ratio": round(shown / floor, 2),
        "window_budget_ratio": 1.5,
        "first_search_ratio": round(searched / floor, 2),
        "first_search_budget_ratio": 2.0,
        "bare_peak_rss_mb": round(max(r["rss"] for r in bare), 1),
        "app_peak_rss_mb": round(max(r["rss"] for r in app), 1),
        "peak_rss_budget_mb": 150,
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
