"""The coverage gate's per-module floor: read coverage.py's JSON report and fail when the
total is under the project's figure or any one module is under its floor.

Usage: python scripts/coverage_floor.py [coverage.json] [--total 90] [--module 80]
Prints JSON (total, the lowest modules, those under the floor); exits 1 when the gate fails.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, nargs="?", default=Path("coverage.json"))
    parser.add_argument("--total", type=float, default=90.0, help="minimum total percent")
    parser.add_argument("--module", type=float, default=80.0, help="minimum percent per module")
    args = parser.parse_args()
    try:
        data = json.loads(args.report.read_text())
    except (OSError, ValueError) as exc:
        print(f"coverage_floor: cannot read {args.report}: {exc}", file=sys.stderr)
        return 1
    per_module = {
        name: round(float(entry["summary"]["percent_covered"]), 1)
        for name, entry in data["files"].items()
        if entry["summary"]["num_statements"] > 0
    }
    total = round(float(data["totals"]["percent_covered"]), 1)
    under = {name: pct for name, pct in per_module.items() if pct < args.module}
    lowest = dict(sorted(per_module.items(), key=lambda item: item[1])[:8])
    ok = total >= args.total and not under
    print(json.dumps({"ok": ok, "total": total, "under_floor": under, "lowest": lowest}, indent=2))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
