"""Search quality on the development sets: top-3 per kind, situations, honest no-answers, and
how many correct first hits are wrongly marked weak. Prints a report and JSON."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

from healthref.core.content.store import ContentStore
from healthref.core.search.engine import SearchEngine
from healthref.core.search.languages import search_language

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval"
# Each language's sets: answered queries (situations among them), then no-answer queries.
SETS = {
    "en": (EVAL, ["dev-queries.tsv", "dev-situations.tsv"], "dev-no-answer.tsv"),
    "fr": (REPO / "tests" / "data", ["fr-dev-queries.tsv"], "fr-dev-no-answer.tsv"),
}


def read(name: str, folder: Path = EVAL) -> list[dict[str, str]]:
    with (folder / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def evaluate(engine: SearchEngine, verbose: bool = False) -> dict[str, object]:
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    weak_correct = correct_first = 0
    misses: list[str] = []
    folder, answered, unanswered = SETS[engine.language.code]
    table = engine.language.articles_table
    present = {slug for (slug,) in engine.connection.execute(f"SELECT slug FROM {table}")}
    covered = covered_found = 0
    for row in [r for name in answered for r in read(name, folder)]:
        hits = engine.search(row["query"], 10).hits
        top3 = [h.slug for h in hits[:3]]
        expected = row["expected"].split("|")
        ok = any(s in top3 for s in expected)
        total[row["kind"]] += 1
        found[row["kind"]] += ok
        if any(s in present for s in expected):  # the expected article exists in this language
            covered += 1
            covered_found += ok
        if hits and hits[0].slug in expected and row["kind"] != "situation":
            correct_first += 1
            weak_correct += hits[0].weak
            if hits[0].weak:
                misses.append(f"weak-correct {row['query']!r}")
        if not ok:
            misses.append(f"miss {row['kind']:9} {row['query']!r} → {top3}")
    honest = 0
    no_answer = read(unanswered, folder)
    for row in no_answer:
        result = engine.search(row["query"], 10)
        ok = not result.hits or result.hits[0].weak
        honest += ok
        if not ok:
            misses.append(f"dishonest {row['query']!r} → {result.hits[0].slug}")
    queries = sum(v for k, v in total.items() if k != "situation")
    report: dict[str, object] = {
        "per_kind": {k: round(found[k] / total[k], 3) for k in sorted(total)},
        "queries_top3": round(
            sum(v for k, v in found.items() if k != "situation") / max(queries, 1), 3
        ),
        "situations_top3": round(found["situation"] / max(total["situation"], 1), 3),
        "no_answer_honest": round(honest / max(len(no_answer), 1), 3),
        "weak_correct_first": round(weak_correct / max(correct_first, 1), 3),
        "all_rows_top3": round(sum(found.values()) / max(sum(total.values()), 1), 3),
        "rows_with_article": covered,
        "rows_with_article_top3": round(covered_found / max(covered, 1), 3),
    }
    if verbose:
        print("\n".join(misses), file=sys.stderr)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=REPO / "data" / "articles.db")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--language", choices=sorted(SETS), default="en")
    args = parser.parse_args()
    store = ContentStore.open(args.db)
    engine = SearchEngine(store.connection, search_language(args.language))
    print(json.dumps(evaluate(engine, args.verbose), indent=2))


if __name__ == "__main__":
    main()
