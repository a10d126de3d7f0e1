"""Search quality on the development queries: top-3 hit rate per kind, at least 0.95 overall."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from healthref.core.content.store import ContentStore
from healthref.core.search.engine import SearchEngine
from tests.conftest import REPO, SHARED

MINIMUM_OVERALL = 0.95


def _queries() -> list[dict[str, str]]:
    shared = SHARED / "eval" / "dev-queries.tsv"
    path = shared if shared.exists() else REPO / "tests" / "data" / "dev-queries.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_dev_queries_top3_hit_rate(bundled_db: Path) -> None:
    store = ContentStore.open(bundled_db)
    engine = SearchEngine(store.connection)
    slugs = {item.slug for item in store.questions()}
    queries = _queries()
    evaluated = [q for q in queries if any(s in slugs for s in q["expected"].split("|"))]
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    misses: list[str] = []
    for row in evaluated:
        top3 = [hit.slug for hit in engine.search(row["query"], 10).hits[:3]]
        hit = any(slug in top3 for slug in row["expected"].split("|"))
        total[row["kind"]] += 1
        found[row["kind"]] += hit
        if not hit:
            misses.append(f"  {row['kind']:8} {row['query']!r} → {top3}")
    store.close()
    overall = sum(found.values()) / max(sum(total.values()), 1)
    print(f"\nevaluated {len(evaluated)} of {len(queries)} queries")
    for kind in sorted(total):
        print(f"  {kind:8} {found[kind]:3}/{total[kind]:3} = {found[kind] / total[kind]:.2f}")
    print(f"  overall  {overall:.3f}")
    print("misses:\n" + "\n".join(misses))
    assert len(evaluated) == len(queries), "every expected article should exist"
    assert overall >= MINIMUM_OVERALL, "\n".join(misses)
