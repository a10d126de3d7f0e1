"""SearchEngine: one query in, ranked hits out — exact question, then question words,
aliases, quick answer and key facts, then body; weak hits are marked as such."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from healthref.core.schema import FTS_TABLE
from healthref.core.search.lexicon import Lexicon
from healthref.core.search.query import Concept, ParsedQuery, parse
from healthref.core.search.ranking import Candidate, rank
from healthref.core.search.snippets import question_spans, snippet_with_spans

PER_CONCEPT_LIMIT = 2000
RANKED_POOL = 60
BM25 = f"bm25({FTS_TABLE}, 8.0, 5.0, 2.0, 1.0)"


@dataclass(frozen=True)
class Hit:
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


@dataclass(frozen=True)
class SearchResult:
    """Hits best first, and what the query was taken to mean."""

    query: str
    hits: tuple[Hit, ...]
    showing_results_for: str | None = None
    did_you_mean: str | None = None

    @property
    def confident(self) -> bool:
        return bool(self.hits) and not self.hits[0].weak


class SearchEngine:
    """Searches the content DB; not thread-safe — give each thread its own engine."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._lexicon: Lexicon | None = None

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon.load(self._connection)
        return self._lexicon

    def search(self, text: str, limit: int = 20) -> SearchResult:
        """Never raises for any text: at worst, no hits."""
        parsed = parse(text, self.lexicon)
        showing = _rewritten(text, parsed) if parsed.corrections else None
        hits = self._hits(parsed, max(limit, 0)) if parsed.concepts else []
        did_you_mean = None
        if not hits and parsed.words:
            did_you_mean = self._did_you_mean(parsed)
        return SearchResult(text, tuple(hits), showing, did_you_mean)

    def _matches(self, concept: Concept) -> dict[int, float]:
        rows = self._connection.execute(
            f"SELECT rowid, {BM25} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY 2 LIMIT ?",
            (concept.fts_expression(), PER_CONCEPT_LIMIT),
        )
        return dict(rows.fetchall())

    def _hits(self, parsed: ParsedQuery, limit: int) -> list[Hit]:
        matched: dict[int, dict[int, float]] = {}
        for index, concept in enumerate(parsed.concepts):
            for rowid, bm25 in self._matches(concept).items():
                matched.setdefault(rowid, {})[index] = bm25
        if not matched:
            return []
        weights = [c.weight for c in parsed.concepts]
        total = sum(weights) or 1.0
        pool = sorted(
            matched.items(),
            key=lambda item: (-sum(weights[i] for i in item[1]) / total, sum(item[1].values())),
        )[:RANKED_POOL]
        ids = [rowid for rowid, _ in pool]
        marks = ",".join("?" * len(ids))
        rows = self._connection.execute(
            "SELECT a.id, a.slug, a.question, c.name, t.question, t.aliases, t.summary "
            "FROM articles a JOIN categories c ON c.id = a.category_id "
            f"JOIN article_terms t ON t.article_id = a.id WHERE a.id IN ({marks})",
            ids,
        ).fetchall()
        candidates = [
            Candidate(
                rowid, slug, question, category, q.split(), al.split(), su.split(), matched[rowid]
            )
            for rowid, slug, question, category, q, al, su in rows
        ]
        ranked = rank(parsed, candidates)[:limit]
        snippets = self._snippets(parsed, [r.candidate.rowid for r in ranked])
        return [
            Hit(
                slug=r.candidate.slug,
                question=r.candidate.question,
                category=r.candidate.category,
                score=round(r.score, 3),
                snippet=snippets.get(r.candidate.rowid, ("", ()))[0],
                weak=r.weak,
                tier=r.tier,
                question_spans=question_spans(r.candidate.question, parsed, self.lexicon),
                snippet_spans=snippets.get(r.candidate.rowid, ("", ()))[1],
            )
            for r in ranked
        ]

    def _snippets(
        self, parsed: ParsedQuery, ids: list[int]
    ) -> dict[int, tuple[str, tuple[tuple[int, int], ...]]]:
        if not ids:
            return {}
        expression = " OR ".join(
            c.fts_expression() for c in parsed.concepts if not c.fts_expression().startswith("{")
        )
        if not expression:
            expression = " OR ".join(c.fts_expression() for c in parsed.concepts)
        marks = ",".join("?" * len(ids))
        rows = self._connection.execute(
            f"SELECT rowid, snippet({FTS_TABLE}, 2, char(57344), char(57345), '…', 14), "
            f"snippet({FTS_TABLE}, 3, char(57344), char(57345), '…', 14) "
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND rowid IN ({marks})",
            [expression, *ids],
        ).fetchall()
        return {rowid: snippet_with_spans(summary, body) for rowid, summary, body in rows}

    def _did_you_mean(self, parsed: ParsedQuery) -> str | None:
        fixes = []
        for word in parsed.words:
            fix = None if self.lexicon.known(word) else self.lexicon.correct(word)
            fixes.append(fix or word)
        if fixes != list(parsed.words):
            return " ".join(fixes)
        return None


def _rewritten(text: str, parsed: ParsedQuery) -> str:
    result = text
    for typed, fixed in parsed.corrections:
        result = re.sub(rf"(?i)\b{re.escape(typed)}\b", fixed, result, count=1)
    if result == text:
        words = dict(parsed.corrections)
        result = " ".join(words.get(w, w) for w in parsed.words)
    return result
