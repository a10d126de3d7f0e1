"""Start-up cost of the interface language: time to a shown window with the question list,
with no translator, in English (its plural forms only), French and Arabic (right to left),
each in fresh processes, runs interleaved, medians. Wall time from launch to the "shown" line;
CPU time (user + system) measured inside the child up to the shown window.

Prints JSON. Usage: python benchmarks/languages.py [--runs 15]
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

CHILD = r"""
import resource, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from healthref import paths
from healthref.ui.app import build_window
app = QApplication(sys.argv[:1])
code = sys.argv[2]
interface = None
if code != "none":
    from healthref.ui.language import Interface
    interface = Interface(app, paths.resources_dir())
    interface.use(code)
window = build_window(paths.resolve(home=Path(sys.argv[1])), interface=interface)
window.show()
while not window.isVisible():
    app.processEvents()
app.processEvents()
assert window.search_panel.model.rowCount() > 0
usage = resource.getrusage(resource.RUSAGE_SELF)
print("shown", (usage.ru_utime + usage.ru_stime) * 1000, flush=True)
window.stop_background_work()
"""

CASES = ("none", "en", "fr", "ar")


def run_once(home: str, code: str) -> tuple[float, float]:
    """(wall ms from launch to the shown window, CPU ms of the child up to then)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, home, code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    wall = cpu = -1.0
    for line in child.stdout:
        if line.startswith("shown"):
            wall = (time.perf_counter() - start) * 1000
            cpu = float(line.split()[1])
    if child.wait() != 0 or wall < 0:
        raise SystemExit(f"the window did not start in {code}")
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    walls: dict[str, list[float]] = {code: [] for code in CASES}
    cpus: dict[str, list[float]] = {code: [] for code in CASES}
    with tempfile.TemporaryDirectory() as home:
        run_once(home, "en")  # warm the file cache and the user DB
        for _ in range(args.runs):
            for code in CASES:
                wall, cpu = run_once(home, code)
                walls[code].append(wall)
                cpus[code].append(cpu)
    result: dict[str, object] = {"runs": args.runs}
    english_wall = statistics.median(walls["en"])
    english_cpu = statistics.median(cpus["en"])
    for code in CASES:
        wall, cpu = statistics.median(walls[code]), statistics.median(cpus[code])
        result[code] = {
            "wall_ms": round(wall, 1),
            "cpu_ms": round(cpu, 1),
            "wall_vs_english": round(wall / english_wall, 3),
            "cpu_vs_english": round(cpu / english_cpu, 3),
        }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
