"""Order candidate articles in tiers: exact question, question prefix, all words in the
question, via an alias, then by where (and how much) of the query each article matches."""

from __future__ import annotations

from dataclasses import dataclass

from healthref.core.search.query import Concept, ParsedQuery

QUESTION, ALIASES, SUMMARY, BODY = 1.0, 0.8, 0.45, 0.1
COVERAGE_BONUS = 0.15
SYNONYM_FACTOR = 0.75
WEAK_COVERAGE = 0.5
TIER_EXACT, TIER_PREFIX, TIER_QUESTION, TIER_ALIAS, TIER_REST = range(5)


@dataclass(frozen=True)
class Candidate:
    """An article that matched at least one concept, with the stems of its short fields."""

    rowid: int
    slug: str
    question: str
    category: str
    question_words: list[str]
    question_stems: list[str]
    alias_stems: list[str]
    summary_stems: list[str]
    matched: dict[int, float]  # concept index → bm25 (lower is better)


@dataclass(frozen=True)
class Ranked:
    """A candidate with its place: tier first, then score."""

    candidate: Candidate
    tier: int
    score: float
    coverage: float
    weak: bool


def _in_field(concept: Concept, field: set[str]) -> float:
    """1.0 when the field has what was typed, less when only a synonym of it, else 0."""
    if concept.prefix and any(s.startswith(concept.prefix) for s in field):
        return 1.0
    best = 0.0
    for phrase in concept.stems:
        if all(part in field for part in phrase):
            best = max(best, 1.0 if phrase in concept.direct else SYNONYM_FACTOR)
            if best == 1.0:
                break
    return best


def _question_tier(parsed: ParsedQuery, title: list[str]) -> int | None:
    words = list(parsed.words)
    if words == title:
        return TIER_EXACT
    if parsed.typing_last_word and len(words) <= len(title):
        if title[: len(words) - 1] == words[:-1] and title[len(words) - 1].startswith(words[-1]):
            return TIER_PREFIX
    elif words and title[: len(words)] == words and len(words) >= 2:
        return TIER_PREFIX
    return None


def _rank_one(parsed: ParsedQuery, candidate: Candidate, total: float) -> Ranked:
    fields = (
        set(candidate.question_stems),
        set(candidate.alias_stems),
        set(candidate.summary_stems),
    )
    coverage = field_score = 0.0
    in_question = in_question_or_alias = True
    used_alias = False
    for index, concept in enumerate(parsed.concepts):
        here = (
            _in_field(concept, fields[0]),
            _in_field(concept, fields[1]),
            _in_field(concept, fields[2]),
        )
        in_question &= here[0] > 0
        # The alias tier needs the alias to hold what was typed, not merely a synonym of it.
        in_question_or_alias &= here[0] > 0 or here[1] == 1.0
        used_alias |= here[1] == 1.0 and not here[0]
        if index not in candidate.matched and not any(here):
            continue
        coverage += concept.weight
        best = max(QUESTION * here[0], ALIASES * here[1], SUMMARY * here[2], BODY)
        field_score += concept.weight * best
    coverage /= total
    field_score /= total
    tier = _question_tier(parsed, candidate.question_words)
    if tier is None:
        if in_question:
            tier = TIER_QUESTION
        elif in_question_or_alias and used_alias:
            tier = TIER_ALIAS
        else:
            tier = TIER_REST
    weak = tier == TIER_REST and (coverage < WEAK_COVERAGE or field_score <= BODY * coverage)
    score = (TIER_REST - tier) + field_score + COVERAGE_BONUS * coverage
    return Ranked(candidate, tier, score, coverage, weak)


def rank(parsed: ParsedQuery, candidates: list[Candidate]) -> list[Ranked]:
    """Best first; ties broken by bm25 over the matched concepts, then by question."""
    total = sum(c.weight for c in parsed.concepts) or 1.0
    ranked = [_rank_one(parsed, candidate, total) for candidate in candidates]
    ranked.sort(
        key=lambda r: (r.tier, -r.score, sum(r.candidate.matched.values()), r.candidate.question)
    )
    return ranked
