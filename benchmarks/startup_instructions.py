"""Instructions (not milliseconds) from spawning the real entry point to its first paint with
the question list filled, counted by valgrind's callgrind under Xvfb: on a shared machine whose
speed changes by a third from run to run, a count that repeats to within about 0.05 % tells a
few milliseconds of start-up apart where timings cannot. Beside it, the bare PySide6 window of
benchmarks/startup.py (the floor) and, with --baseline CHECKOUT, that checkout's code.

The window is stopped at the start-up probe's mark (src/healthref/ui/startup_probe.py), hooked
as its module loads, so the probe itself changes nothing the app imports before then. Fonts,
Python's bytecode cache and the settings files are warmed by a first, uncounted run. Needs
Debian's valgrind, xvfb and openbox. Prints JSON; each figure is one run (they repeat).

Usage: python benchmarks/startup_instructions.py [--baseline DIR] [--mark painted|answered]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import FLOOR, start_x

REPO = Path(__file__).resolve().parent.parent
# Runs the real `healthref` main; the probe's `mark` ends the process at the chosen mark.
STOP_AT_MARK = r"""
import importlib.util, os, sys

def mark(name, detail=""):
    if name == os.environ["STOP_AT"]:
        os._exit(0)

class StopAtMark:
    def find_spec(self, name, path=None, target=None):
        if name != "healthref.ui.startup_probe":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            module.mark = mark

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, StopAtMark())
from healthref.cli import main
sys.exit(main(sys.argv[1:]))
"""
FLOOR_STOPS = FLOOR.replace("flush=True))", "flush=True) or os._exit(0))").replace(
    "import sys, time", "import os, sys, time"
)


def as_installed() -> dict[str, str]:
    """This environment, with Python writing and using its bytecode cache as installed."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def instructions(command: list[str], env: dict[str, str], scratch: Path) -> int:
    """Instructions the command runs in its main process (threads included), as callgrind
    counts them."""
    out = scratch / "callgrind.out"
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
        capture_output=True,
        text=True,
        env={**as_installed(), **env, "PYTHONHASHSEED": "0"},
        timeout=600,
    )
    # A helper the process forks reports too (Qt's D-Bus autolaunch): the largest count is
    # the main process's own.
    counts = [int(n.replace(",", "")) for n in re.findall(r"I\s+refs:\s+([\d,]+)", done.stderr)]
    if done.returncode != 0 or not counts:
        raise SystemExit(f"startup instructions: {command[-1]} failed:\n{done.stderr[-2000:]}")
    return max(counts)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path, help="another checkout to count beside this one")
    parser.add_argument("--mark", choices=("painted", "answered"), default="painted")
    parser.add_argument("--query", default="blood poisoning")
    parser.add_argument("--display", default=":94")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("startup instructions: needs valgrind (apt-get install valgrind)")
    checkouts = {"healthref": REPO}
    if args.baseline is not None:
        if not (args.baseline / "src" / "healthref").is_dir():
            parser.error(f"--baseline: no src/healthref in {args.baseline}")
        checkouts["baseline"] = args.baseline
    helpers = start_x(args.display)
    report: dict[str, object] = {"mark": args.mark}
    try:
        with tempfile.TemporaryDirectory() as scratch_dir:
            scratch = Path(scratch_dir)
            probe = {"HEALTHREF_STARTUP_PROBE": "1", "STOP_AT": args.mark}
            if args.mark == "answered":
                probe["HEALTHREF_STARTUP_PROBE_QUERY"] = args.query
            for name, checkout in checkouts.items():
                env = {**probe, "PYTHONPATH": str(checkout / "src")}
                command = [sys.executable, "-c", STOP_AT_MARK, "--home", str(scratch / name)]
                subprocess.run(command, env={**as_installed(), **env}, timeout=120, check=True)
                report[name] = instructions(command, env, scratch)
            report["bare_floor"] = instructions([sys.executable, "-c", FLOOR_STOPS], {}, scratch)
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait()
    if "baseline" in report:
        change = int(report["healthref"]) / int(report["baseline"]) - 1  # type: ignore[call-overload]
        report["change_vs_baseline"] = round(change, 4)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
