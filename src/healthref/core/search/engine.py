"""SearchEngine: one query in, ranked hits out — exact question, then question words,
aliases, quick answer and key facts, then body; weak hits are marked as such."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection

from healthref.core.search.article_facts import ArticleFactsCache
from healthref.core.search.danger_signs import DangerSigns
from healthref.core.search.fields import Candidate, Fit, fit
from healthref.core.search.languages import ENGLISH, SearchLanguage
from healthref.core.search.lexicon import BoundedCache, Lexicon
from healthref.core.search.pool import MatchTotals
from healthref.core.search.query import Concept, ParsedQuery, parse
from healthref.core.search.ranking import TIER_EXACT, TIER_REST, Ranked, rank
from healthref.core.search.results import Hit, SearchResult
from healthref.core.search.snippets import QuestionMarks, Spans, best_snippet
from healthref.core.search.surface_forms import surface_forms
from healthref.core.search.tally import RankMemo

BODY_LIMIT = 1000  # candidates per concept from a ranked search of every column
SHORT_FIELD_LIMIT = 500  # candidates per common concept, from question, aliases and summary
COMMON_SHARE = 0.02  # a concept in more than this share of articles is "common" …
COMMON_MINIMUM = 2000  # … and in more than this many
RANKED_POOL = 60
SCREENFUL = 15  # hits a window shows before scrolling: they get snippets at once
MATCH_CACHE = 256  # concepts whose candidates are remembered (typing repeats them)
FIT_CACHE = 200_000  # (concept, article) fits remembered before starting afresh
BM25_WEIGHTS = "8.0, 5.0, 3.0, 2.0, 1.0"  # in FTS_COLUMNS order


class _KeptForConcepts:
    """What a query's work leaves for the next one that searches for the same concepts: a
    space or a stopword typed changes the text, not what is searched for."""

    __slots__ = ("candidates", "concepts", "question_spans", "snippets")

    def __init__(self, concepts: tuple[Concept, ...]) -> None:
        self.concepts = concepts
        self.candidates: list[Candidate] | None = None
        self.snippets: dict[int, tuple[str, Spans]] = {}  # by article: snippet and its marks
        self.question_spans: dict[str, Spans] = {}  # by question


class SearchEngine:
    """Searches the content DB; not thread-safe — give each thread its own engine."""

    def __init__(self, connection: sqlite3.Connection, language: SearchLanguage = ENGLISH) -> None:
        self._connection = connection
        self.language = language
        self._lexicon: Lexicon | None = None
        self._danger_signs: DangerSigns | None = None
        # Each keystroke mostly repeats the last one's concepts: their candidates and how
        # each article holds them are computed once, and only the new word costs anything.
        self._articles = ArticleFactsCache(connection, language)
        self._matched: BoundedCache[dict[int, float]] = BoundedCache(MATCH_CACHE)
        self._fits: dict[tuple[str, str | None, int], Fit] = {}
        self._parsed: tuple[str, ParsedQuery] | None = None
        self._rank_memo = RankMemo()
        self._totals = MatchTotals()
        self._kept = _KeptForConcepts(())

    @property
    def connection(self) -> sqlite3.Connection:
        return self._connection

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = Lexicon.load(self._connection, self.language)
        return self._lexicon

    def search(self, text: str, limit: int = 20, *, detail: int | None = None) -> SearchResult:
        """Never raises for any text: at worst, no hits. With `detail`, only the first that
        many hits get their snippet and highlights (a window shows a screenful at first);
        `detailed` makes the others' when they come into view."""
        parsed = self._parse(text)
        showing = _rewritten(text, parsed) if parsed.corrections else None
        limit = max(limit, 0)
        detail = limit if detail is None else detail
        hits, best = self._hits(parsed, limit, detail)
        first_aid = self.lexicon.emergency_article(parsed.searched)
        danger_sign = False
        if first_aid is not None and limit > 0:
            hits = self._first_aid_first(hits, first_aid, limit)
        elif best is not None and self._describes_danger_sign(parsed, best):
            # The best answer's own "Get help now if…" describes what was typed: it is the
            # answer, and the strip goes up.
            danger_sign = True
            hits[0] = hits[0]._replace(weak=False)
        did_you_mean = None
        if not hits and parsed.words:
            did_you_mean = self._did_you_mean(parsed)
        emergency = first_aid is not None or danger_sign
        result = SearchResult(text, tuple(hits), showing, did_you_mean, emergency)
        # The first-aid article may have moved up into the first screenful.
        return self.detailed(result, {h.slug for h in hits[:detail]})

    def detailed(self, result: SearchResult, slugs: Collection[str]) -> SearchResult:
        """The result with the snippet and highlights of the named hits made."""
        wanted = [h for h in result.hits if not h.detailed and h.slug in slugs]
        if not wanted:
            return result
        parsed = self._parse(result.query)
        marks = ",".join("?" * len(wanted))
        rowids = dict(
            self._connection.execute(
                f"SELECT slug, id FROM articles WHERE slug IN ({marks})",
                [h.slug for h in wanted],
            ).fetchall()
        )
        made = self._details(parsed, [(rowids.get(h.slug, 0), h) for h in wanted])
        return result._replace(hits=tuple(made.get(h.slug, h) for h in result.hits))

    def _parse(self, text: str) -> ParsedQuery:
        if self._parsed is None or self._parsed[0] != text:
            self._parsed = (text, parse(text, self.lexicon))
        return self._parsed[1]

    def _first_aid_first(self, hits: list[Hit], slug: str, limit: int) -> list[Hit]:
        """The first-aid article for a described emergency goes first, as a confident answer
        (after an exact question match, which is what was asked)."""
        found = next((h for h in hits if h.slug == slug), None)
        if found is None:
            row = self._connection.execute(
                f"SELECT a.question, c.name FROM {self.language.articles_table} a "
                "JOIN categories c ON c.id = a.category_id WHERE a.slug = ?",
                (slug,),
            ).fetchone()
            if row is None:
                return hits
            found = Hit(slug, row[0], row[1], 0.0, "", False, TIER_REST, (), ())
        rest = [h for h in hits if h.slug != slug]
        found = found._replace(weak=False)
        at = 1 if rest and rest[0].tier == TIER_EXACT else 0
        return [*rest[:at], found, *rest[at:]][:limit]

    def _matches(self, concept: Concept) -> dict[int, float]:
        key = f"{concept.text}\x1f{concept.prefix}"
        found, cached = self._matched.lookup(key)
        if not found:
            cached = self._matched.store(key, self._find_matches(concept))
        assert cached is not None
        return cached

    def _fit(self, concept: Concept, candidate: Candidate) -> Fit:
        key = (concept.text, concept.prefix, candidate.rowid)
        found = self._fits.get(key)
        if found is None:
            if len(self._fits) >= FIT_CACHE:
                self._fits.clear()
            found = self._fits[key] = fit(concept, candidate)
        return found

    def _find_matches(self, concept: Concept) -> dict[int, float]:
        """Candidates for one concept. A rare one is searched everywhere and ranked; a common
        one only in the short fields, unranked — scanning every body for it would cost much
        and tell little."""
        try:
            return self._query_matches(concept)
        except sqlite3.OperationalError as exc:
            # A "word" the index's tokenizer splits in two (letters of scripts newer than its
            # Unicode tables) becomes a phrase, which a detail=column index cannot answer: no
            # article holds such a word, so it matches nothing.
            if "phrase" not in str(exc):
                raise
            return {}

    def _query_matches(self, concept: Concept) -> dict[int, float]:
        expression = concept.fts_expression()
        fts = self.language.fts_table
        count = self.lexicon.concept_count(concept)
        common = count > max(COMMON_SHARE * self.lexicon.article_count, COMMON_MINIMUM)
        if common:
            if not expression.startswith("{"):
                expression = "{question aliases situations summary} : " + expression
            rows = self._connection.execute(
                f"SELECT rowid, 0.0 FROM {fts} WHERE {fts} MATCH ? LIMIT ?",
                (expression, SHORT_FIELD_LIMIT),
            )
        else:
            rows = self._connection.execute(
                f"SELECT rowid, bm25({fts}, {BM25_WEIGHTS}) FROM {fts} WHERE {fts} MATCH ? "
                "ORDER BY 2 LIMIT ?",
                (expression, BODY_LIMIT),
            )
        return dict(rows.fetchall())

    def _describes_danger_sign(self, parsed: ParsedQuery, rowid: int) -> bool:
        if self._danger_signs is None:
            self._danger_signs = DangerSigns(self.lexicon, self._articles.help_now)
        return self._danger_signs.described(parsed, rowid)

    def _hits(self, parsed: ParsedQuery, limit: int, detail: int) -> tuple[list[Hit], int | None]:
        """The hits, and the first one's article (its rowid) when there are any."""
        if not parsed.concepts or not limit:
            return [], None
        candidates = self._candidates(parsed.concepts)
        if not candidates:
            return [], None
        ranked = rank(parsed, candidates, self._fit, self._rank_memo)[:limit]
        hits = [_bare_hit(r) for r in ranked]
        first = [(r.candidate.rowid, h) for r, h in zip(ranked[:detail], hits, strict=False)]
        made = self._details(parsed, first)
        return [made.get(h.slug, h) for h in hits], ranked[0].candidate.rowid if ranked else None

    def _candidates(self, concepts: tuple[Concept, ...]) -> list[Candidate]:
        """The articles worth ranking for `concepts`: the last keystroke's when it searched
        for the same (a space or a stopword typed)."""
        kept = self._kept_for(concepts)
        if kept.candidates is not None:
            return kept.candidates
        matches = [self._matches(concept) for concept in concepts]
        pool = self._totals.pool(concepts, matches, RANKED_POOL)
        last, last_index = matches[-1], len(matches) - 1
        matched = {rowid: self._totals.matched(rowid, last, last_index) for rowid in pool}
        facts = self._articles.facts(pool)
        candidates = [Candidate(rowid, f, matched[rowid]) for rowid, f in facts.items()]
        kept.candidates = candidates
        return candidates

    def _kept_for(self, concepts: tuple[Concept, ...]) -> _KeptForConcepts:
        """The work kept for `concepts`: afresh when they are not the last query's."""
        if self._kept.concepts != concepts:
            self._kept = _KeptForConcepts(concepts)
        return self._kept

    def _details(self, parsed: ParsedQuery, hits: list[tuple[int, Hit]]) -> dict[str, Hit]:
        """The hits (each with its article's rowid) with snippet and highlights, by slug; made
        once while the query searches for the same concepts."""
        if not hits:
            return {}
        kept = self._kept_for(parsed.concepts)
        known, question_marks = kept.snippets, kept.question_spans
        wanted = [rowid for rowid, _hit in hits if rowid not in known]
        if wanted:
            texts = self._articles.texts(wanted)
            forms = surface_forms(parsed)
            for rowid in wanted:
                summary, body = texts.get(rowid, ("", ""))
                known[rowid] = best_snippet(summary, body, forms)
        marks: QuestionMarks | None = None
        made = {}
        for rowid, hit in hits:
            question_spans = question_marks.get(hit.question)
            if question_spans is None:
                marks = marks or QuestionMarks(parsed, self.lexicon)
                question_spans = question_marks[hit.question] = marks.spans(hit.question)
            snippet, spans = known[rowid]
            made[hit.slug] = hit._replace(
                snippet=snippet,
                question_spans=question_spans,
                snippet_spans=spans,
                detailed=True,
            )
        return made

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


def _bare_hit(ranked: Ranked) -> Hit:
    """A ranked candidate as a hit whose snippet and highlights are still to be made."""
    c = ranked.candidate.facts
    score = round(ranked.score, 3)
    return Hit(c.slug, c.question, c.category, score, "", ranked.weak, ranked.tier, (), (), False)
