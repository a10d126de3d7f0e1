"""Kill a process with SIGKILL at random moments while it saves suggestions in a loop, then
check the user DB: integrity_check passes and every suggestion reported saved is there, whole.

Usage: python scripts/kill_saves.py [--rounds 2000] [--db PATH] [--seed N]
Prints JSON; exits 1 on the first round that loses or damages anything.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, hashlib
from pathlib import Path
from healthref.core.suggestions.outbox import Outbox
from healthref.core.userdata.database import open_user_db
outbox = Outbox(open_user_db(Path(sys.argv[1])).engine, "kill-test")
round_ = sys.argv[2]
print("ready", flush=True)
n = 0
while True:
    tag = f"{round_}-{n}"
    check = hashlib.sha256(tag.encode()).hexdigest()[:12]
    saved = outbox.save(f"Kill test question {tag} check {check}?", note="x" * (n % 50))
    print(saved.id, tag, flush=True)
    n += 1
"""


def expected_text(tag: str) -> str:
    return f"Kill test question {tag} check {hashlib.sha256(tag.encode()).hexdigest()[:12]}?"


def one_round(db: Path, number: int, rng: random.Random) -> tuple[int, list[str]]:
    """Returns how many saves were reported, and any problems found."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(number)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    ready = child.stdout.readline().strip()
    if ready != "ready":
        child.kill()
        return 0, [f"round {number}: child did not start: {child.stderr.read()[-500:]}"]
    # Every other round waits for a first save before its random delay, so at least half the
    # kills land mid-loop however loaded the machine is; the others may land during start-up.
    first = [child.stdout.readline()] if number % 2 else []
    time.sleep(rng.uniform(0.0, 0.08))
    os.kill(child.pid, signal.SIGKILL)
    lines = first + child.stdout.read().splitlines()
    reported = [line.split() for line in lines if line.strip()]
    child.wait()
    problems: list[str] = []
    connection = sqlite3.connect(db)
    try:
        (integrity,) = connection.execute("PRAGMA integrity_check").fetchone()
        if integrity != "ok":
            problems.append(f"round {number}: integrity_check says {integrity}")
        rows = dict(connection.execute("SELECT id, text FROM suggestions").fetchall())
    finally:
        connection.close()
    for parts in reported:
        if len(parts) != 2:
            continue  # a line cut by the kill: that save was not reported as done
        ident, tag = parts
        if rows.get(ident) != expected_text(tag):
            problems.append(f"round {number}: reported {ident} ({tag}) is missing or not whole")
    return len(reported), problems


def run(rounds: int, db: Path, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    total = 0
    for number in range(rounds):
        count, problems = one_round(db, number, rng)
        total += count
        if problems:
            return {
                "rounds": number + 1,
                "saves_reported": total,
                "ok": False,
                "problems": problems[:10],
            }
    return {"rounds": rounds, "saves_reported": total, "ok": True, "problems": []}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        result = run(args.rounds, args.db or Path(scratch) / "user.db", args.seed)
    print(json.dumps(result, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
