"""Feed many hostile lines through `healthref search --batch - --json` and count crashes:
every line must get exactly one JSON array back, and the process must exit 0."""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time

PIECES = [
    '"',
    "'",
    "*",
    "NEAR(",
    ")",
    "(",
    "AND",
    "OR",
    "NOT",
    "^",
    ":",
    "{",
    "}",
    "-",
    "+",
    "\\",
    "\x00",
    "\x01",
    "\x1b[31m",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\ufdfa",
    "𝔰𝔢𝔭𝔰𝔦𝔰",
    "🤒",
    "🩸",
    "ﷺ",
    "é",
    "ß",
    "İ",
    "ǅ",
    "\u0301",
    "سلام",
    "你好",
    "\ud7ff",
    "%s",
    "{0}",
    "<script>",
    "sepsis",
    "fever",
    "child",
    "burn",
    "a",
    "the",
    "x" * 300,
    "9" * 40,
    " ",
    "\t",
]


def hostile_line(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return "".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 12)))
    if kind == 1:
        return "".join(chr(rng.randrange(1, 0x2FFFF)) for _ in range(rng.randrange(1, 60)))
    if kind == 2:
        return rng.choice(PIECES) * rng.randrange(1, 400)
    if kind == 3:
        return " ".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 80)))
    if kind == 4:
        return "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randrange(3, 12)))
    return "x" * rng.randrange(1000, 6000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = []
    for _ in range(args.lines):
        line = hostile_line(rng).replace("\n", " ")
        # Lone surrogates cannot be encoded; send their replacement like a real pipe would.
        lines.append(line.encode("utf-8", "replace").decode("utf-8"))
    payload = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "healthref", "search", "--batch", "-", "--json", "--limit", "10"],
        input=payload,
        capture_output=True,
        timeout=3600,
    )
    elapsed = time.perf_counter() - started
    answers = result.stdout.decode("utf-8").splitlines()
    parsed = sum(isinstance(json.loads(a), list) for a in answers)
    report = {
        "lines": len(lines),
        "answers": len(answers),
        "json_arrays": parsed,
        "exit_status": result.returncode,
        "crashes": int(result.returncode != 0 or parsed != len(lines)),
        "traceback": "Traceback" in result.stderr.decode("utf-8", "replace"),
        "seconds": round(elapsed, 1),
    }
    print(json.dumps(report))
    sys.exit(0 if report["crashes"] == 0 else 1)


if __name__ == "__main__":
    main()
