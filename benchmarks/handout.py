"""Handout printing: one article's PDF, and every bundled article in one PDF (a full waiting-
room pack), normal and large print. Prints JSON: wall and CPU milliseconds, pages.
Usage: python benchmarks/handout.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from healthref import paths
from healthref.core.content.store import ContentStore
from healthref.ui.printing.handout_pdf import (
    HandoutOptions,
    gui_application,
    write_handout_pdf,
)


def timed(work: object, repeat: int) -> dict[str, float]:
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()  # type: ignore[operator]
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return {
        "wall_ms_median": round(statistics.median(walls), 1),
        "cpu_ms_median": round(statistics.median(cpus), 1),
        "pages": sum(result) if isinstance(result, list) else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    _app = gui_application()
    store = ContentStore.open(paths.resolve().content_db)
    views = [v for q in store.questions() if (v := store.article(q.slug)) is not None]
    one = next(v for v in views if v.article.slug == "what-causes-sepsis")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "h.pdf"
        report = {
            "articles": len(views),
            "one_handout": timed(lambda: write_handout_pdf(out, [one], HandoutOptions()), 20),
            "all_normal_print": timed(
                lambda: write_handout_pdf(out, views, HandoutOptions()), args.repeat
            ),
            "all_large_print": timed(
                lambda: write_handout_pdf(out, views, HandoutOptions(large_print=True)),
                args.repeat,
            ),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
