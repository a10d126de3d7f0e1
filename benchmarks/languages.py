"""Start-up cost of the interface language, as users see it: the real entry point
(`healthref`) under Xvfb and openbox, with the system's language set to English, French,
Swahili and Arabic (right to left), from spawn to the first paint with the question list
filled and to the first search answered. English installs only its plural forms; the others
install their catalogue, Qt's own for standard buttons, and core's gettext catalogue.
Subjects are interleaved (the order rotates each round); medians, and each language's
ratio to English for wall time and for the child's own CPU time at the first paint.

Uses benchmarks/startup.py's X helpers. Prints JSON.

Usage: python benchmarks/languages.py [--rounds 9]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import Subject, XDisplay, run_once, start_x

LANGUAGES = {"en": "en_US", "fr": "fr_FR", "sw": "sw_KE", "ar": "ar_EG"}


def subjects(query: str, work: Path) -> list[Subject]:
    healthref = shutil.which("healthref", path=str(Path(sys.executable).parent)) or "healthref"
    found = []
    for code, locale in LANGUAGES.items():
        env = {
            "HEALTHREF_STARTUP_PROBE": "1",
            "HEALTHREF_STARTUP_PROBE_QUERY": query,
            "LANG": f"{locale}.UTF-8",
            "LC_ALL": f"{locale}.UTF-8",
            "LANGUAGE": code,
        }
        command = [healthref, "--home", str(work / code)]
        found.append(Subject(code, command, "healthref", ("painted", "answered"), env))
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--query", default="sepsis")
    parser.add_argument("--display", default=":94")
    args = parser.parse_args()
    helpers = start_x(args.display)
    try:
        xdisplay = XDisplay()
        with tempfile.TemporaryDirectory() as scratch:
            everyone = subjects(args.query, Path(scratch))
            for subject in everyone:
                run_once(subject, xdisplay)  # caches warm, user folders made
            runs: dict[str, list[dict[str, float]]] = {s.name: [] for s in everyone}
            for round_number in range(args.rounds):
                shift = round_number % len(everyone)
                for subject in everyone[shift:] + everyone[:shift]:
                    runs[subject.name].append(run_once(subject, xdisplay))
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait()
    medians = {
        name: {
            key: round(statistics.median(r[key] for r in rounds), 1)
            for key in ("painted", "painted_cpu", "answered")
        }
        for name, rounds in runs.items()
    }
    english = medians["en"]
    result: dict[str, object] = {"rounds": args.rounds}
    for name, values in medians.items():
        result[name] = {
            **values,
            "painted_vs_english": round(values["painted"] / english["painted"], 3),
            "painted_cpu_vs_english": round(values["painted_cpu"] / english["painted_cpu"], 3),
        }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
