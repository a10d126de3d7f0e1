"""Order candidate articles in tiers: exact question, question prefix, all words in the
question, via an alias, then by where (and how much) of the query each article matches —
and judge whether each is a confident answer or only mentions the words."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
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
# Question, aliases, quick answer and key facts. The last is under the threshold on its own:
# a long quick answer mentions side stories (doxycycline's sunburn) it is not about.
ABOUT_FIELDS = (1.0, 1.0, 0.6)
ABOUT_SITUATION = 0.85
# A situation vouches for an answer only when the query describes something (at least this
# many informative words): two words a long situation happens to hold ("sunburn blisters" in
# a side-effect story) are not a description of it.
SITUATION_MIN_WORDS = 3
# A real word the corpus never uses counts against confidence, a little less than the
# rarest corpus word would (an unknown word is often a plain synonym: "duration").
UNKNOWN_WEIGHT = 2.5
TIER_EXACT, TIER_PREFIX, TIER_QUESTION, TIER_ALIAS, TIER_REST = range(5)


@dataclass(frozen=True)
class Candidate:
    """An article that matched at least one concept, with the stems of its short fields."""

    rowid: int
    slug: str
    question: str
    category: str
    question_words: list[str]
    question_stems: frozenset[str]
    alias_stems: frozenset[str]
    summary_stems: frozenset[str]
    matched: dict[int, float]  # concept index → bm25 (lower is better)
    situation_stems: tuple[frozenset[str], ...] = ()
    situation_union: frozenset[str] | None = None  # every situation's stems together


@dataclass(frozen=True)
class Fit:
    """How one article's fields hold one concept: the same on every keystroke that keeps the
    concept, so the engine computes it once."""

    here: tuple[float, float, float]  # question, aliases, quick answer and key facts
    sure: tuple[float, float, float]  # the same, completions of a complete word left out
    situations: tuple[float, ...]  # each situation, confidently


def fit(concept: Concept, candidate: Candidate) -> Fit:
    """Where the candidate's fields hold the concept."""
    fields = (candidate.question_stems, candidate.alias_stems, candidate.summary_stems)
    here = tuple(_in_field(concept, f) for f in fields)
    # Only a complete word being typed makes the confident test differ from the plain one.
    sure = (
        tuple(_in_field(concept, f, confident=True) for f in fields)
        if concept.prefix_is_word
        else here
    )
    union = candidate.situation_union
    if union is not None and not _in_field(concept, union, confident=True):
        situations = (0.0,) * len(candidate.situation_stems)  # in none of them
    else:
        situations = tuple(_in_field(concept, s, confident=True) for s in candidate.situation_stems)
    return Fit(here, sure, situations)  # type: ignore[arg-type]


FitFunction = Callable[[Concept, Candidate], Fit]


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


def _in_field(concept: Concept, field: frozenset[str], *, confident: bool = False) -> float:
    """1.0 when the field has what was typed, less when only a synonym of it, else 0. With
    `confident`, completions of a complete word being typed do not count."""
    prefix = concept.prefix
    if prefix and not (confident and concept.prefix_is_word) and _has_prefix(field, prefix):
        return 1.0
    groups = concept.stem_groups[1 if confident else 0]
    if not field.isdisjoint(groups.direct_words) or (
        groups.direct_phrases
        and any(all(part in field for part in phrase) for phrase in groups.direct_phrases)
    ):
        return 1.0
    if not field.isdisjoint(groups.other_words) or (
        groups.other_phrases
        and any(all(part in field for part in phrase) for phrase in groups.other_phrases)
    ):
        return SYNONYM_FACTOR
    return 0.0


def _has_prefix(field: frozenset[str], prefix: str) -> bool:
    """Whether a stem of the field starts with the prefix: a binary search of the field's
    sorted stems when it has them (`SortedStems`)."""
    if isinstance(field, SortedStems):
        ordered = field.ordered
        at = bisect.bisect_left(ordered, prefix)
        return at < len(ordered) and ordered[at].startswith(prefix)
    return any(s.startswith(prefix) for s in field)


class SortedStems(frozenset[str]):
    """A field's stems, kept sorted as well for prefix lookups."""

    @functools.cached_property
    def ordered(self) -> list[str]:
        return sorted(self)


def _question_tier(parsed: ParsedQuery, title: list[str]) -> int | None:
    words = list(parsed.words)
    if words == title:
        return TIER_EXACT
    if parsed.typing_last_word and len(words) <= len(title):
        last, title_word = words[-1], title[len(words) - 1]
        completes = title_word.startswith(last) and (
            title_word == last
            or not is_complete_word(last, parsed.language)  # "car" is not the start of "care"
        )
        if title[: len(words) - 1] == words[:-1] and completes:
            return TIER_PREFIX
    elif words and title[: len(words)] == words and len(words) >= 2:
        return TIER_PREFIX
    return None


def _best_situation(parsed: ParsedQuery, fits: list[Fit]) -> tuple[float, ...]:
    """Per concept, how well the one situation that best matches the query holds it."""
    best: tuple[float, ...] = tuple(0.0 for _ in parsed.concepts)
    best_total = 0.0
    if not any(any(f.situations) for f in fits):
        return best  # no situation holds any concept (most articles, most keystrokes)
    for here in zip(*(f.situations for f in fits), strict=True):
        if not any(here):
            continue
        total = sum(c.weight * v for c, v in zip(parsed.concepts, here, strict=True))
        if total > best_total:
            best, best_total = here, total
    return best


def _about_share(sure: tuple[float, float, float], situation: float) -> float:
    """How strongly the article's short fields say it is about this concept."""
    best = situation * ABOUT_SITUATION
    for factor, held in zip(ABOUT_FIELDS, sure, strict=True):
        if held:
            best = max(best, factor)
    return best


def _rank_one(parsed: ParsedQuery, candidate: Candidate, total: float, fits: list[Fit]) -> Ranked:
    situation = _best_situation(parsed, fits) if parsed.concepts else ()
    described = sum(c.informative or c.unknown for c in parsed.concepts) >= SITUATION_MIN_WORDS
    sure_of_situation = situation if described else tuple(0.0 for _ in situation)
    coverage = field_score = about = about_total = situation_share = 0.0
    title_hit = False
    in_question = in_question_or_alias = True
    used_alias = False
    for index, concept in enumerate(parsed.concepts):
        here, sure = fits[index].here, fits[index].sure
        # The question and alias tiers need the word itself: "car" is not the start of "care".
        in_question &= sure[0] > 0
        # The alias tier needs the alias to hold what was typed, not merely a synonym of it.
        in_question_or_alias &= sure[0] > 0 or sure[1] == 1.0
        used_alias |= sure[1] == 1.0 and not sure[0]
        if concept.informative or concept.unknown:
            weight = min(concept.weight, UNKNOWN_WEIGHT) if concept.unknown else concept.weight
            about_total += weight
            about += weight * _about_share(sure, sure_of_situation[index])
            situation_share += weight * sure_of_situation[index]
            title_hit |= bool(sure[0] or sure[1])
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


def rank(
    parsed: ParsedQuery, candidates: list[Candidate], fit_of: FitFunction = fit
) -> list[Ranked]:
    """Best first; ties broken by how many of the typed words the question has (so "what is
    tb" prefers "What is tuberculosis (TB)…"), by bm25 over the matched concepts, then by
    question."""
    typed = frozenset(parsed.words)
    total = sum(c.weight for c in parsed.concepts) or 1.0
    ranked = [
        _rank_one(parsed, candidate, total, [fit_of(c, candidate) for c in parsed.concepts])
        for candidate in candidates
    ]
    ranked.sort(
        key=lambda r: (
            r.tier,
            -r.score,
            -len(typed.intersection(r.candidate.question_words)),
            sum(r.candidate.matched.values()),
            r.candidate.question,
        )
    )
    return ranked
