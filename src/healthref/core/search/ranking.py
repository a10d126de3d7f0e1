"""Order candidate articles in tiers: exact question, question prefix, all words in the
question, via an alias, then by where (and how much) of the query each article matches —
and judge whether each is a confident answer or only mentions the words."""

from __future__ import annotations

from dataclasses import dataclass

from healthref.core.search.query import Concept, ParsedQuery
from healthref.core.wordlist import is_complete_word

QUESTION, ALIASES, SITUATION, SUMMARY, BODY = 1.0, 0.8, 0.6, 0.45, 0.1
COVERAGE_BONUS = 0.15
SYNONYM_FACTOR = 0.75
# A confident answer is *about* the query: its question, aliases, quick answer, key facts or
# one of its situations hold the query's informative words — at least this share of their
# weight, each counted by how telling the field is. Chosen on the development sets (see
# docs/DESIGN-NOTES.md): it separates the no-answer set from the answered queries.
ABOUT_THRESHOLD = 0.65
# … or a little less when an informative word is in the question or the aliases, or when
# one situation alone holds half of it.
ABOUT_WITH_TITLE = 0.55
ABOUT_SITUATION_SHARE = 0.5
ABOUT_FIELDS = (1.0, 1.0, 0.7)  # question, aliases, quick answer and key facts
ABOUT_SITUATION = 0.85
# A real word the corpus never uses counts against confidence, but no more than a rare
# corpus word would (its raw inverse document frequency is the largest possible).
UNKNOWN_WEIGHT = 3.0
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
    situation_stems: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True)
class Ranked:
    """A candidate with its place: tier first, then score."""

    candidate: Candidate
    tier: int
    score: float
    coverage: float
    weak: bool
    about: float = 0.0  # share of the query's informative weight the short fields hold
    title_hit: bool = False  # an informative word is in the question or the aliases
    situation_hit: float = 0.0  # share held by the best single situation


def _in_field(
    concept: Concept, field: set[str] | frozenset[str], *, confident: bool = False
) -> float:
    """1.0 when the field has what was typed, less when only a synonym of it, else 0. With
    `confident`, completions of a complete word being typed do not count."""
    prefix_counts = concept.prefix and not (confident and concept.prefix_is_word)
    if prefix_counts and any(s.startswith(concept.prefix or "") for s in field):
        return 1.0
    phrases = concept.confident_stems if confident else concept.stems
    best = 0.0
    for phrase in phrases:
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
        last, title_word = words[-1], title[len(words) - 1]
        completes = title_word.startswith(last) and (
            title_word == last or not is_complete_word(last)  # "car" is not the start of "care"
        )
        if title[: len(words) - 1] == words[:-1] and completes:
            return TIER_PREFIX
    elif words and title[: len(words)] == words and len(words) >= 2:
        return TIER_PREFIX
    return None


def _best_situation(parsed: ParsedQuery, candidate: Candidate) -> tuple[float, ...]:
    """Per concept, how well the one situation that best matches the query holds it."""
    best: tuple[float, ...] = tuple(0.0 for _ in parsed.concepts)
    best_total = 0.0
    for situation in candidate.situation_stems:
        here = tuple(_in_field(c, situation, confident=True) for c in parsed.concepts)
        total = sum(c.weight * v for c, v in zip(parsed.concepts, here, strict=True))
        if total > best_total:
            best, best_total = here, total
    return best


def _about_share(concept: Concept, fields: tuple[set[str], ...], situation: float) -> float:
    """How strongly the article's short fields say it is about this concept."""
    best = situation * ABOUT_SITUATION
    for factor, field in zip(ABOUT_FIELDS, fields, strict=True):
        if _in_field(concept, field, confident=True):
            best = max(best, factor)
    return best


def _rank_one(parsed: ParsedQuery, candidate: Candidate, total: float) -> Ranked:
    fields = (
        set(candidate.question_stems),
        set(candidate.alias_stems),
        set(candidate.summary_stems),
    )
    situation = _best_situation(parsed, candidate)
    coverage = field_score = about = about_total = situation_share = 0.0
    title_hit = False
    in_question = in_question_or_alias = True
    used_alias = False
    for index, concept in enumerate(parsed.concepts):
        here = tuple(_in_field(concept, f) for f in fields)
        # The question and alias tiers need the word itself: "car" is not the start of "care".
        sure = tuple(_in_field(concept, f, confident=True) for f in fields[:2])
        in_question &= sure[0] > 0
        # The alias tier needs the alias to hold what was typed, not merely a synonym of it.
        in_question_or_alias &= sure[0] > 0 or sure[1] == 1.0
        used_alias |= sure[1] == 1.0 and not sure[0]
        if concept.informative or concept.unknown:
            weight = min(concept.weight, UNKNOWN_WEIGHT) if concept.unknown else concept.weight
            about_total += weight
            about += weight * _about_share(concept, fields, situation[index])
            situation_share += weight * situation[index]
            title_hit |= any(_in_field(concept, f, confident=True) for f in fields[:2])
        if index not in candidate.matched and not any(here) and not situation[index]:
            continue
        coverage += concept.weight
        best = max(
            QUESTION * here[0],
            ALIASES * here[1],
            SITUATION * situation[index],
            SUMMARY * here[2],
            BODY,
        )
        field_score += concept.weight * best
    coverage /= total
    field_score /= total
    about = about / about_total if about_total else 1.0
    situation_share = situation_share / about_total if about_total else 0.0
    tier = _question_tier(parsed, candidate.question_words)
    if tier is None:
        if in_question:
            tier = TIER_QUESTION
        elif in_question_or_alias and used_alias:
            tier = TIER_ALIAS
        else:
            tier = TIER_REST
    weak = tier == TIER_REST and not (
        about >= ABOUT_THRESHOLD
        or (title_hit and about >= ABOUT_WITH_TITLE)
        or situation_share >= ABOUT_SITUATION_SHARE
    )
    score = (TIER_REST - tier) + field_score + COVERAGE_BONUS * coverage
    return Ranked(candidate, tier, score, coverage, weak, about, title_hit, situation_share)


def rank(parsed: ParsedQuery, candidates: list[Candidate]) -> list[Ranked]:
    """Best first; ties broken by bm25 over the matched concepts, then by question."""
    total = sum(c.weight for c in parsed.concepts) or 1.0
    ranked = [_rank_one(parsed, candidate, total) for candidate in candidates]
    ranked.sort(
        key=lambda r: (r.tier, -r.score, sum(r.candidate.matched.values()), r.candidate.question)
    )
    return ranked
