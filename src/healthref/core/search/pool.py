"""Pick the articles worth ranking: those holding the most of the query's weight, fewest bm25
first. Totals for the words already typed carry over from keystroke to keystroke, so a
keystroke looks only at the last concept's matches and the best few of the rest, however
long the question and however many articles its earlier words matched."""

from __future__ import annotations

import heapq
from collections.abc import Iterator

from healthref.core.search.query import Concept

Key = tuple[float, float, int]  # -weight, bm25 sum, order first met (ties as a fresh count)


class MatchTotals:
    """Per article: the weight of the concepts it matched and the sum of their bm25, for the
    query's concepts so far (in order, so the sums are those of a fresh count)."""

    def __init__(self) -> None:
        self._concepts: tuple[Concept, ...] | None = None
        self._matches: list[dict[int, float]] = []  # of the concepts before the last
        self._weight: dict[int, float] = {}
        self._bm25: dict[int, float] = {}
        self._order: dict[int, int] = {}
        self._heap: list[tuple[Key, int]] = []  # the earlier words' articles not yet ordered
        self._best: list[int] = []  # … and those ordered so far, best first
        self._matched: dict[int, dict[int, float]] = {}

    def pool(
        self,
        concepts: tuple[Concept, ...],
        matches: list[dict[int, float]],
        size: int,
    ) -> list[int]:
        """The `size` best articles for `concepts`, whose matches (article → bm25) are given."""
        self._follow(concepts[:-1], matches)
        if not concepts:
            return []
        weight, bm25, order = self._weight, self._bm25, self._order
        last, added = matches[len(concepts) - 1], concepts[-1].weight
        first_new = len(weight)
        keys: list[tuple[Key, int]] = []
        for at, (rowid, score) in enumerate(last.items()):
            if rowid in weight:
                keys.append(((-(weight[rowid] + added), bm25[rowid] + score, order[rowid]), rowid))
            else:
                keys.append(((-added, score, first_new + at), rowid))
        # An article the last word does not touch keeps its place among the earlier words'
        # best: only the first `size` of those can make the pool.
        untouched = 0
        for rowid in self._in_order():
            if untouched == size:
                break
            if rowid not in last:
                keys.append(((-weight[rowid], bm25[rowid], order[rowid]), rowid))
                untouched += 1
        return [rowid for _key, rowid in heapq.nsmallest(size, keys)]

    def matched(self, rowid: int, last: dict[int, float], last_index: int) -> dict[int, float]:
        """Concept index → bm25 of each concept the article matched (the query last pooled)."""
        before = self._matched.get(rowid)
        if before is None:
            before = self._matched[rowid] = {
                index: found[rowid] for index, found in enumerate(self._matches) if rowid in found
            }
        if rowid not in last:
            return dict(before)
        return {**before, last_index: last[rowid]}

    def _in_order(self) -> Iterator[int]:
        """The earlier words' articles, best first, ordered only as far as asked."""
        at = 0
        while True:
            if at < len(self._best):
                yield self._best[at]
                at += 1
            elif self._heap:
                self._best.append(heapq.heappop(self._heap)[1])
            else:
                return

    def _follow(self, before: tuple[Concept, ...], matches: list[dict[int, float]]) -> None:
        if self._concepts == before:
            return
        weight: dict[int, float] = {}
        bm25: dict[int, float] = {}
        for concept, found in zip(before, matches, strict=False):
            for rowid, score in found.items():
                if rowid in weight:
                    weight[rowid] += concept.weight
                    bm25[rowid] += score
                else:
                    weight[rowid] = concept.weight
                    bm25[rowid] = score
        self._order = {rowid: at for at, rowid in enumerate(weight)}
        self._heap = [((-weight[r], bm25[r], self._order[r]), r) for r in weight]
        heapq.heapify(self._heap)
        self._weight, self._bm25, self._best, self._matched = weight, bm25, [], {}
        self._matches = list(matches[: len(before)])
        self._concepts = before
