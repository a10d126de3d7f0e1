"""Mutation testing (mutmut) over search ranking and confidence, the suggestion outbox, sync and
transfer, and the content checksum. Time-boxed; never run in CI (it takes far too long).

Usage: python scripts/mutation.py [--minutes 25] [--work DIR] [--children N] [--keep]
                                  [--rev REV] [--only PART ...]
Runs in a copy of the checkout (so the tree stays clean), prints JSON: per module the number
of mutants killed, survived, timed out and not run, and the score (killed / run).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MODULES = [
    "src/healthref/core/search/ranking.py",
    "src/healthref/core/search/tally.py",
    "src/healthref/core/search/fields.py",
    "src/healthref/core/search/pool.py",
    "src/healthref/core/search/query.py",
    "src/healthref/core/search/danger_signs.py",
    "src/healthref/core/suggestions/outbox.py",
    "src/healthref/core/suggestions/sync.py",
    "src/healthref/core/suggestions/transfer.py",
    "src/healthref/core/content/checksum.py",
]
# The tests that exercise those modules in-process (a subprocess never sees a mutant).
TESTS = [
    "tests/core/test_search_behaviour.py",
    "tests/core/test_search_ranking.py",
    "tests/core/test_search_concepts.py",
    "tests/core/test_search_typing.py",
    "tests/core/test_search_trust.py",
    "tests/core/test_search_pool.py",
    "tests/core/test_danger_signs.py",
    "tests/core/test_checksum.py",
    "tests/core/test_content_db.py",
    "tests/suggestions/test_rules_and_outbox.py",
    "tests/suggestions/test_outbox_edges.py",
    "tests/suggestions/test_reports.py",
    "tests/suggestions/test_sync_loopback.py",
    "tests/suggestions/test_sync_edges.py",
    "tests/suggestions/test_transfer.py",
    "tests/suggestions/test_transfer_edges.py",
]
# What mutmut's exit codes in its .meta files mean (mutmut.stats.status_by_exit_code).
KILLED = {"killed", "timeout", "caught by type check", "segfault"}
SURVIVED = {"survived", "no tests", "suspicious"}


def _status(code: int | None) -> str:
    from mutmut.stats import status_by_exit_code  # type: ignore[import-not-found,unused-ignore]

    return str(status_by_exit_code[code])


def _copy_checkout(work: Path, rev: str | None) -> None:
    if rev:  # the tests (and code) of an older commit, for a "before" score
        archive = subprocess.run(
            ["git", "archive", rev], cwd=REPO, capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(work)], input=archive, check=True)
        files = ["data/articles.db"]
    else:
        files = subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        files.append("data/articles.db")
    for name in files:
        source = REPO / name
        if source.is_file():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, work / name)


def _config(tests: list[str]) -> str:
    # All of src/ is copied (so the package imports whole), only MODULES are mutated.
    lines = ["[mutmut]", "source_paths=", "    src", "only_mutate="]
    lines += [f"    {m}" for m in MODULES]
    lines += ["pytest_add_cli_args_test_selection="] + [f"    {t}" for t in tests]
    lines += ["also_copy=", "    tests", "    data", "    content", "    scripts"]
    lines += ["pytest_add_cli_args=", "    -p", "    no:cacheprovider", "    -x", "    -q"]
    lines += ["mutate_only_covered_lines=true", "timeout_multiplier=5.0", "timeout_constant=5.0"]
    return "\n".join(lines) + "\n"


def _summary(work: Path) -> dict[str, dict[str, float | int]]:
    per_module: dict[str, dict[str, float | int]] = {}
    for module in MODULES:
        meta = work / "mutants" / (module + ".meta")
        codes: dict[str, int | None] = {}
        if meta.exists():
            codes = json.loads(meta.read_text()).get("exit_code_by_key", {})
        statuses = [_status(c) for c in codes.values()]
        killed = sum(1 for s in statuses if s in KILLED and s != "timeout")
        timeouts = statuses.count("timeout")
        survived = [s for s in statuses if s in SURVIVED]
        not_run = statuses.count("not checked")
        run = killed + timeouts + len(survived)
        per_module[module.removeprefix("src/healthref/")] = {
            "mutants": len(codes),
            "killed": killed,
            "timeout": timeouts,
            "survived": len(survived),
            "not_run": not_run,
            "score": round((killed + timeouts) / run, 3) if run else 0.0,
        }
    return per_module


def _survivors(work: Path) -> list[str]:
    names: list[str] = []
    for module in MODULES:
        meta = work / "mutants" / (module + ".meta")
        if meta.exists():
            codes = json.loads(meta.read_text()).get("exit_code_by_key", {})
            names += [f"{k} ({_status(c)})" for k, c in codes.items() if _status(c) in SURVIVED]
    return sorted(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=25.0, help="time box for the run")
    parser.add_argument("--work", type=Path, help="work directory (default: a new temp dir)")
    parser.add_argument("--children", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--rev", help="test this commit instead of the working tree")
    parser.add_argument(
        "--only", action="append", default=[], help="mutate only modules whose path has this"
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="healthref-mutation-"))
    mutmut = Path(sys.executable).with_name("mutmut")
    if not mutmut.exists():
        print("mutmut is not installed: pip install 'mutmut>=3.3'", file=sys.stderr)
        return 1
    started = time.monotonic()
    fresh = not (work / "setup.cfg").exists()
    if fresh:
        work.mkdir(parents=True, exist_ok=True)
        _copy_checkout(work, args.rev)
        tests = [t for t in TESTS if (work / t).exists()]
        (work / "setup.cfg").write_text(_config(tests))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Each module gets an equal share of what is left of the time box, so a slow one cannot
    # starve the rest; mutmut keeps its results, so a second run carries on where it stopped.
    timed_out = False
    chosen = [m for m in MODULES if not args.only or any(o in m for o in args.only)]
    for index, module in enumerate(chosen):
        left = args.minutes * 60 - (time.monotonic() - started)
        dotted = module.removeprefix("src/").removesuffix(".py").replace("/", ".")
        child = subprocess.Popen(
            [str(mutmut), "run", "--max-children", str(args.children), f"{dotted}.*"],
            cwd=work,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: its workers stop with it
        )
        try:
            child.wait(timeout=max(left / (len(chosen) - index), 1.0))
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(child.pid, signal.SIGTERM)
            child.wait()
    report = {
        "work": str(work),
        "timed_out": timed_out,
        "wall_seconds": round(time.monotonic() - started, 1),
        "modules": _summary(work),
        "survivors": _survivors(work),
    }
    print(json.dumps(report, indent=2))
    if not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
