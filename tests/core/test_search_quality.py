"""Search quality on the development sets: named questions, situations described in lay
words, and questions with no article (which must not get a confident answer)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from healthref.core.content.store import ContentStore
from healthref.core.search.engine import SearchEngine
from tests.conftest import REPO, SHARED

QUERIES_OVERALL = 0.98
QUERIES_PER_KIND = 0.90
SITUATIONS = 0.95
# The search-trust issue asks for 0.95 honest answers and at most 3 % of correct first hits
# marked weak (docs/DESIGN-NOTES.md: reached 1.00 and 2.7 %).
NO_ANSWER_HONEST = 0.95
WEAK_CORRECT_AT_MOST = 0.03


def _rows(name: str) -> list[dict[str, str]]:
    shared = SHARED / "eval" / name
    path = shared if shared.exists() else REPO / "tests" / "data" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.fixture(scope="module")
def engine(bundled_db: Path) -> SearchEngine:
    return SearchEngine(ContentStore.open(bundled_db).connection)


def _top3(engine: SearchEngine, rows: list[dict[str, str]]) -> tuple[Counter[str], Counter[str]]:
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for row in rows:
        top3 = [hit.slug for hit in engine.search(row["query"], 10).hits[:3]]
        total[row["kind"]] += 1
        found[row["kind"]] += any(slug in top3 for slug in row["expected"].split("|"))
    return total, found


def test_dev_queries_top3_overall_and_per_kind(engine: SearchEngine) -> None:
    total, found = _top3(engine, _rows("dev-queries.tsv"))
    assert sum(total.values()) >= 150
    assert sum(found.values()) / sum(total.values()) >= QUERIES_OVERALL
    for kind in total:
        assert found[kind] / total[kind] >= QUERIES_PER_KIND, kind


def test_situations_in_lay_words_find_their_article(engine: SearchEngine) -> None:
    total, found = _top3(engine, _rows("dev-situations.tsv"))
    assert sum(total.values()) >= 40
    assert sum(found.values()) / sum(total.values()) >= SITUATIONS


def test_questions_with_no_article_get_no_confident_answer(engine: SearchEngine) -> None:
    rows = _rows("dev-no-answer.tsv")
    dishonest = []
    for row in rows:
        hits = engine.search(row["query"], 10).hits
        if hits and not hits[0].weak:
            dishonest.append(f"{row['query']!r} → {hits[0].slug}")
    assert 1 - len(dishonest) / len(rows) >= NO_ANSWER_HONEST, dishonest


def test_correct_first_hits_are_rarely_marked_weak(engine: SearchEngine) -> None:
    correct = weak = 0
    for row in _rows("dev-queries.tsv"):
        hits = engine.search(row["query"], 10).hits
        if hits and hits[0].slug in row["expected"].split("|"):
            correct += 1
            weak += hits[0].weak
    assert correct >= 140
    assert weak / correct <= WEAK_CORRECT_AT_MOST
