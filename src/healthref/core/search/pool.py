"""Pick the articles worth ranking: those holding the most of the query's weight, fewest bm25
first. Totals for the words already typed carry over from keystroke to keystroke, so a
keystroke adds only the last concept's matches, however long the question."""

from __future__ import annotations

import heapq

from healthref.core.search.query import Concept


class MatchTotals:
    """Per article: the weight of the concepts it matched and the sum of their bm25, for the
    query's concepts so far (in order, so the sums are those of a fresh count)."""

    def __init__(self) -> None:
        self._concepts: tuple[Concept, ...] | None = None
        self._weight: dict[int, float] = {}
        self._bm25: dict[int, float] = {}

    def pool(
        self,
        concepts: tuple[Concept, ...],
        matches: list[dict[int, float]],
        size: int,
    ) -> list[int]:
        """The `size` best articles for `concepts`, whose matches (article → bm25) are given."""
        before = concepts[:-1]
        if self._concepts != before:
            self._weight, self._bm25 = {}, {}
            for concept, found in zip(before, matches, strict=False):
                _add(self._weight, self._bm25, concept.weight, found)
            self._concepts = before
        weight, bm25 = dict(self._weight), dict(self._bm25)
        if concepts:
            _add(weight, bm25, concepts[-1].weight, matches[-1])
        return heapq.nsmallest(size, weight, key=lambda rowid: (-weight[rowid], bm25[rowid]))


def _add(
    weight: dict[int, float], bm25: dict[int, float], concept_weight: float, found: dict[int, float]
) -> None:
    for rowid, score in found.items():
        if rowid in weight:
            weight[rowid] += concept_weight
            bm25[rowid] += score
        else:
            weight[rowid] = concept_weight
            bm25[rowid] = score
