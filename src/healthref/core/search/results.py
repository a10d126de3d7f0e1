"""What a search gives back: hits best first, each ready to show or print, and what the query
was taken to mean."""

from __future__ import annotations

from typing import NamedTuple


class Hit(NamedTuple):
    """One search result, ready to show or print."""

    slug: str
    question: str
    category: str
    score: float
    snippet: str
    weak: bool
    tier: int
    question_spans: tuple[tuple[int, int], ...]
    snippet_spans: tuple[tuple[int, int], ...]
    # False: snippet and highlights not made yet (`SearchEngine.detailed` makes them).
    detailed: bool = True


class SearchResult(NamedTuple):
    """Hits best first, and what the query was taken to mean."""

    query: str
    hits: tuple[Hit, ...]
    showing_results_for: str | None = None
    did_you_mean: str | None = None
    emergency: bool = False  # the query describes an emergency

    @property
    def confident(self) -> bool:
        return bool(self.hits) and not self.hits[0].weak
