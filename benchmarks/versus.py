"""Per-keystroke search cost of two checkouts in the same run, interleaved: JSON out.

    python benchmarks/versus.py /path/to/old/checkout [--rounds 3] [--db SYNTHETIC.db]

Each round times, in a fresh process per checkout, every prefix of the development queries
and situations at the window's limit (50), with that checkout's own code and content DB — or
both on the same DB given with --db (a synthetic corpus from benchmarks/search.py --keep,
whose own questions are typed too, as benchmarks/search.py does).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LIMIT = 50

_PROBE = r"""
import csv, json, sqlite3, sys, time
from pathlib import Path
from healthref.core.search.engine import SearchEngine
repo, data, db = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
engine = SearchEngine(
    sqlite3.connect(db or repo / "data" / "articles.db", check_same_thread=False)
)
queries = []
for name in ("dev-queries.tsv", "dev-situations.tsv"):
    with (data / name).open(encoding="utf-8", newline="") as handle:
        queries += [row["query"] for row in csv.DictReader(handle, delimiter="\t")]
queries += json.loads(sys.argv[4])
try:  # as the window asks: snippets for the first screenful (older checkouts: all hits)
    engine.search("warm up", limit=50, detail=15)
    search = lambda text: engine.search(text, limit=50, detail=15)
except TypeError:
    search = lambda text: engine.search(text, limit=50)
cpu, wall, lengths = [], [], []
for query in queries:
    for end in range(1, len(query) + 1):
        c0, w0 = time.process_time(), time.perf_counter()
        search(query[:end])
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
        lengths.append(end)
print(json.dumps({"cpu": cpu, "wall": wall, "lengths": lengths}))
"""
LENGTHS = ((1, 9), (10, 19), (20, 39), (40, 10_000))  # typed characters


def _p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def _run(checkout: Path, data: Path, db: Path | None) -> dict[str, float]:
    env = {"PYTHONPATH": str(checkout / "src"), "PATH": "/usr/bin:/bin"}
    extra = []
    if db is not None and "synthetic" in db.name:
        sys.path.insert(0, str(REPO / "benchmarks"))
        from synthetic import made_up_name

        extra = [f"what causes {made_up_name(n * 37)}" for n in range(40)]
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(checkout), str(data), str(db or ""), json.dumps(extra)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    times = json.loads(out)
    measured = {
        "keystrokes": len(times["cpu"]),
        "cpu_mean_ms": statistics.fmean(times["cpu"]),
        "cpu_p95_ms": _p95(times["cpu"]),
        "wall_mean_ms": statistics.fmean(times["wall"]),
        "wall_p95_ms": _p95(times["wall"]),
    }
    for low, high in LENGTHS:
        part = [c for c, n in zip(times["cpu"], times["lengths"], strict=True) if low <= n <= high]
        name = f"{low}+" if high >= 10_000 else f"{low}-{high}"
        measured[f"cpu_mean_ms_{name}"] = statistics.fmean(part)
        measured[f"cpu_p95_ms_{name}"] = _p95(part)
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="another checkout of healthref (its own DB)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", type=Path, default=REPO / "tests" / "data")
    parser.add_argument("--db", type=Path, help="search this DB with both checkouts")
    args = parser.parse_args()
    results: dict[str, list[dict[str, float]]] = {"old": [], "this": []}
    for _ in range(args.rounds):
        results["old"].append(_run(args.old.resolve(), args.data, args.db))
        results["this"].append(_run(REPO, args.data, args.db))
    summary = {
        name: {
            key: {
                "median": round(statistics.median(r[key] for r in runs), 3),
                "min": round(min(r[key] for r in runs), 3),
                "max": round(max(r[key] for r in runs), 3),
            }
            for key in runs[0]
        }
        for name, runs in results.items()
    }
    summary["old_checkout"] = str(args.old)  # type: ignore[assignment]
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
