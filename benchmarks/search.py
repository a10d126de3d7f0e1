"""Keystroke → ranked results, on the bundled corpus and on synthetic corpora of 10,000 and
100,000 articles built with the real builder. Queries are replayed as typed, letter by letter.

Prints JSON: p50/p95/max milliseconds per keystroke and peak memory for each corpus.
Usage: python benchmarks/search.py [--sizes 10000 100000] [--queries 40] [--keep DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SYLLABLES = [
    "ba",
    "ko",
    "ri",
    "tem",
    "lu",
    "nos",
    "xa",
    "dri",
    "pel",
    "mo",
    "qui",
    "zan",
    "ve",
    "sto",
    "ra",
    "gli",
    "fen",
    "ous",
    "tri",
    "mab",
]


def made_up_name(number: int) -> str:
    """A unique pronounceable condition name for article `number` ("kotemri-osis")."""
    parts = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if number == 0:
            break
    return "".join(parts) + "itis"


def write_synthetic_corpus(size: int, folder: Path, seed: int = 7) -> None:
    """Articles that pass every build rule, made from the real articles' sentences."""
    sys.path.insert(0, str(REPO / "src"))
    from healthref.core.content.sources import load_corpus

    real = load_corpus(REPO / "content")
    rng = random.Random(seed)
    sentences = [
        s.strip() + "."
        for a in real.articles
        for s in a.body.replace("\n", " ").split(". ")
        if 40 < len(s) < 220 and "#" not in s and "|" not in s
    ]
    templates = [a.question.rsplit(" ", 1)[0] for a in real.articles]
    articles = folder / "articles"
    articles.mkdir(parents=True)
    (folder / "topics.tsv").write_text((REPO / "content" / "topics.tsv").read_text())
    (folder / "synonyms.toml").write_text((REPO / "content" / "synonyms.toml").read_text())
    slugs = [f"synthetic-{n}" for n in range(size)]
    for n, slug in enumerate(slugs):
        base = real.articles[n % len(real.articles)]
        name = made_up_name(n)
        question = f"{templates[n % len(templates)]} {name}?"

        def paragraph(words: int) -> str:
            out: list[str] = []
            while sum(len(s.split()) for s in out) < words:
                out.append(rng.choice(sentences))
            return " ".join(out)

        body = (
            f"## About {name}\n\n{paragraph(110)}\n\n## Causes\n\n{paragraph(110)}\n\n"
            f"## Care\n\n{paragraph(110)}\n\n## When to get medical help\n\n"
            f"{paragraph(50)}\n\n## Key takeaway\n\n{paragraph(30)}\n"
        )
        related = [slugs[(n + 1) % size], slugs[(n + 2) % size]]
        facts = ", ".join(json.dumps(rng.choice(sentences)) for _ in range(3))
        aliases = ", ".join(json.dumps(a) for a in [*base.aliases[:3], name + " disease"])
        quick = json.dumps(" ".join(rng.choice(sentences).split()[:40]))
        sources = "".join(
            f"\n[[sources]]\ntitle = {json.dumps(s.title)}\npublisher = {json.dumps(s.publisher)}"
            f'\nurl = {json.dumps(s.url)}\nlicence = "{s.licence}"\n'
            for s in base.sources[:2]
        )
        (articles / f"{slug}.md").write_text(
            f"+++\nquestion = {json.dumps(question)}\ncategory = {json.dumps(base.category)}\n"
            f"quick_answer = {quick}\nkey_facts = [{facts}]\naliases = [{aliases}]\n"
            f"related = {json.dumps(related)}\nupdated = 2026-11-01\n{sources}+++\n\n{body}",
            encoding="utf-8",
        )


def queries(count: int, db: Path) -> list[str]:
    """Real people's queries, plus the synthetic corpus's own questions when there is one."""
    with (REPO / "tests" / "data" / "dev-queries.tsv").open(encoding="utf-8") as handle:
        real = [row["query"] for row in csv.DictReader(handle, delimiter="\t")]
    rng = random.Random(11)
    picked = rng.sample(real, min(count, len(real)))
    if "synthetic" in db.name:
        picked += [f"what causes {made_up_name(rng.randrange(1000))}" for _ in range(count // 4)]
    return picked


def measure(db: Path, count: int) -> dict[str, object]:
    """Runs in a child process, so peak memory belongs to this corpus alone."""
    sys.path.insert(0, str(REPO / "src"))
    from healthref.core.content.store import ContentStore
    from healthref.core.search.engine import SearchEngine

    start = time.perf_counter()
    store = ContentStore.open(db, verify_checksum=False)
    engine = SearchEngine(store.connection)
    engine.search("warm up")
    load_ms = (time.perf_counter() - start) * 1000
    timings: list[float] = []
    for query in queries(count, db):
        for end in range(1, len(query) + 1):
            began = time.perf_counter()
            engine.search(query[:end])
            timings.append((time.perf_counter() - began) * 1000)
    timings.sort()
    return {
        "articles": int(store.meta()["article_count"]),
        "keystrokes": len(timings),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2),
        "max_ms": round(timings[-1], 2),
        "open_and_first_search_ms": round(load_ms, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "db_mb": round(db.stat().st_size / 2**20, 1),
    }


def child(db: Path, count: int) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, __file__, "--measure", str(db), "--queries", str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(result.stdout))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="keep the synthetic corpora here")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.queries)))
        return 0
    report: dict[str, object] = {
        "budget_p95_ms": {"bundled": 10, "100000": 16},
        "bundled": child(REPO / "data" / "articles.db", args.queries),
    }
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        for size in args.sizes:
            folder = root / f"content-{size}"
            db = root / f"synthetic-{size}.db"
            if not db.exists():
                began = time.perf_counter()
                write_synthetic_corpus(size, folder)
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "healthref",
                        "build",
                        "--content",
                        str(folder),
                        "--out",
                        str(db),
                    ],
                    check=True,
                    cwd=REPO,
                    capture_output=True,
                )
                build_s = round(time.perf_counter() - began, 1)
            else:
                build_s = None
            report[str(size)] = {**child(db, args.queries), "build_seconds": build_s}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
