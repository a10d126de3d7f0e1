"""Keystroke → ranked results at the window's limit, typed letter by letter over the
development queries and situations, CPU beside wall time, split by typed length; the same
keystrokes against a ZIM of the same articles built in the same run (libzim: title
suggestions plus full text), and the DB's size beside the ZIM's. Optionally synthetic
corpora (built with the real builder, with its peak memory).

Prints JSON: per statistic the median of --runs runs and their spread (min, max).
Usage: python benchmarks/search.py [--runs 5] [--sizes 10000 100000] [--keep DIR]
ZIM side: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import made_up_name, write_synthetic_corpus
from zim_side import libzim_available, time_keystrokes, write_zim, zim_searcher

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
EVAL = REPO.parent / "shared" / "eval"
LIMIT = 50  # the window's result limit
LENGTHS = ((1, 9), (10, 19), (20, 39), (40, 10_000))  # typed characters


def queries(synthetic: bool) -> list[str]:
    """Real people's queries and situations; on a synthetic corpus, its own questions too."""
    names = ("dev-queries.tsv", "dev-situations.tsv")
    paths = [EVAL / n for n in names if (EVAL / n).exists()] or [REPO / "tests/data" / names[0]]
    picked = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            picked += [row["query"] for row in csv.DictReader(handle, delimiter="\t")]
    if synthetic:
        picked += [f"what causes {made_up_name(n * 37)}" for n in range(40)]
    return picked


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * 0.95) - 1, 0)]


def summary(timings: list[tuple[int, float, float, int]]) -> dict[str, object]:
    """Mean and p95 of CPU and wall milliseconds, overall and by typed length; and by typed
    length again over the keystrokes whose list was full (the limit reached), which shows
    whether the cost follows the length or the number of answers (short starts of words
    find few)."""
    cpu = [c for _n, c, _w, _h in timings]
    wall = [w for _n, _c, w, _h in timings]
    by_length: dict[str, object] = {}
    full_list: dict[str, object] = {}
    for low, high in LENGTHS:
        label = f"{low}-{high}" if high < 10_000 else f"{low}+"
        part = [(c, h) for n, c, _w, h in timings if low <= n <= high]
        by_length[label] = {
            "cpu_mean_ms": statistics.fmean(c for c, _h in part),
            "cpu_p95_ms": _p95([c for c, _h in part]),
        }
        full = [c for c, h in part if h >= LIMIT]
        if full and all(h >= 0 for _c, h in part):
            by_length[label]["full_list_share"] = len(full) / len(part)  # type: ignore[index]
            full_list[label] = {"cpu_mean_ms": statistics.fmean(full), "cpu_p95_ms": _p95(full)}
    report: dict[str, object] = {
        "keystrokes": len(timings),
        "cpu_mean_ms": statistics.fmean(cpu),
        "cpu_p95_ms": _p95(cpu),
        "cpu_max_ms": max(cpu),
        "wall_mean_ms": statistics.fmean(wall),
        "wall_p95_ms": _p95(wall),
        "by_length": by_length,
    }
    if full_list:
        report["by_length_full_list"] = full_list
    return report


def measure(db: Path, zim: Path | None) -> dict[str, object]:
    """One run, in a child process: healthref's engine, then libzim, on the same keystrokes."""
    from healthref.core.content.store import ContentStore
    from healthref.core.search.engine import SCREENFUL, SearchEngine

    start = time.perf_counter()
    store = ContentStore.open(db, verify_checksum=False)
    engine = SearchEngine(store.connection)
    engine.search("warm up", LIMIT)
    load_ms = (time.perf_counter() - start) * 1000
    typed = queries("synthetic" in db.name)
    result: dict[str, object] = {
        # As the window asks: snippets for the first screenful (the rest when scrolled).
        "healthref": summary(
            time_keystrokes(lambda t: engine.search(t, LIMIT, detail=SCREENFUL), typed)
        ),
        "open_and_first_search_ms": load_ms,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if zim is not None:
        search = zim_searcher(zim, LIMIT)
        search("warm up")
        result["libzim"] = summary(time_keystrokes(search, typed))
    return result


def median_and_spread(runs: list[dict[str, object]]) -> dict[str, object]:
    """The same shape as one run, each number as {median, min, max} over the runs."""
    first = runs[0]
    out: dict[str, object] = {}
    for key, value in first.items():
        if isinstance(value, dict):
            out[key] = median_and_spread([dict(r[key]) for r in runs])  # type: ignore[call-overload]
        else:
            values = [float(r[key]) for r in runs]  # type: ignore[arg-type]
            out[key] = {
                "median": round(statistics.median(values), 3),
                "min": round(min(values), 3),
                "max": round(max(values), 3),
            }
    return out


def child(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True
    )
    return dict(json.loads(done.stdout))


def runs(db: Path, zim: Path | None, count: int) -> dict[str, object]:
    found = [
        child("--measure", str(db), *(["--zim", str(zim)] if zim else [])) for _ in range(count)
    ]
    report = median_and_spread(found)
    if zim is not None:
        ratios = [
            float(r["healthref"]["cpu_mean_ms"]) / float(r["libzim"]["cpu_mean_ms"])  # type: ignore[index]
            for r in found
        ]
        report["cpu_mean_ratio_to_libzim"] = median_and_spread([{"x": v} for v in ratios])["x"]
    return report


def build(content: Path, out: Path) -> dict[str, object]:
    """Child: build one DB, report seconds and peak memory."""
    from healthref.core.build.builder import build_content_db

    began = time.perf_counter()
    result = build_content_db(content, out)
    return {
        "articles": result.article_count,
        "build_seconds": round(time.perf_counter() - began, 1),
        "build_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "db_bytes": out.stat().st_size,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[])
    parser.add_argument("--db", type=Path, default=REPO / "data" / "articles.db")
    parser.add_argument("--keep", type=Path, help="keep the synthetic corpora here")
    parser.add_argument("--build-only", action="store_true", help="synthetic builds only")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--zim", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build", type=Path, nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.zim)))
        return 0
    if args.build:
        print(json.dumps(build(*args.build)))
        return 0
    report: dict[str, object] = {"limit": LIMIT, "runs": args.runs}
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        if not args.build_only:
            zim = root / "articles.zim" if libzim_available() else None
            if zim is not None:
                report["zim_bytes"] = write_zim(args.db, zim)
            report["db_bytes"] = args.db.stat().st_size
            if zim is not None:
                report["db_to_zim"] = round(args.db.stat().st_size / zim.stat().st_size, 2)
            report["bundled"] = runs(args.db, zim, args.runs)
        for size in args.sizes:
            folder, db = root / f"content-{size}", root / f"synthetic-{size}.db"
            if not folder.exists():
                write_synthetic_corpus(size, REPO / "content", folder)
            entry = child("--build", str(folder), str(db))
            if not args.build_only:
                entry.update(runs(db, None, max(1, args.runs // 2)))
            report[str(size)] = entry
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
