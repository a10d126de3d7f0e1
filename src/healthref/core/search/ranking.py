"""Order candidate articles in tiers: exact question, question prefix, all words in the
question, via an alias, then by where (and how much) of the query each article matches —
and judge whether each is a confident answer or only mentions the words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from healthref.core.search.fields import Candidate, FitFunction, fit
from healthref.core.search.query import ParsedQuery
from healthref.core.search.tally import RankMemo, Tally
from healthref.core.wordlist import is_complete_word

COVERAGE_BONUS = 0.15
# A confident answer is *about* the query: its question, aliases, quick answer, key facts or
# one of its situations hold the query's informative words — at least this share of their
# weight, each counted by how telling the field is. Chosen on the development sets (see
# docs/DESIGN-NOTES.md): it separates the no-answer set from the answered queries.
ABOUT_THRESHOLD = 0.65
# … or a little less when an informative word is in the question or the aliases, or when
# one situation alone holds half of it.
ABOUT_WITH_TITLE = 0.55
ABOUT_SITUATION_SHARE = 0.5
# A situation vouches for an answer only when the query describes something (at least this
# many informative words): two words a long situation happens to hold ("sunburn blisters" in
# a side-effect story) are not a description of it.
SITUATION_MIN_WORDS = 3
TIER_EXACT, TIER_PREFIX, TIER_QUESTION, TIER_ALIAS, TIER_REST = range(5)


@dataclass(slots=True)  # not frozen: made for each article ranked on each keystroke
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


def _question_tier(parsed: ParsedQuery, words: list[str], title: list[str]) -> int | None:
    """The question tier for the query's `words` (its folded words, as a list)."""
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


def _described(parsed: ParsedQuery) -> bool:
    return sum(c.informative or c.unknown for c in parsed.concepts) >= SITUATION_MIN_WORDS


class _Query(NamedTuple):
    """What placing each candidate needs of the query, worked out once per query."""

    parsed: ParsedQuery
    words: list[str]
    total: float
    described: bool
    tallies: dict[int, Tally]  # each candidate's tally over the whole query, once counted


def _rank_one(query: _Query, candidate: Candidate, fit_of: FitFunction, memo: RankMemo) -> Ranked:
    """Place one candidate. The situation that best matches the query (the most weight held)
    is the one whose words count; the concepts before the last come counted from `memo`."""
    concepts = query.parsed.concepts
    if not concepts:
        return _placed(query, candidate, Tally())
    counted = query.tallies.get(candidate.rowid)
    if counted is not None:
        return _placed(query, candidate, counted)
    before = memo.counted(candidate, fit_of)
    last = concepts[-1]
    fitted = fit_of(last, candidate)
    best, best_total = -1, 0.0
    if fitted.situations_held or before.situations_held:
        weight = last.weight
        for at, (so_far, held) in enumerate(zip(before.totals, fitted.situations, strict=True)):
            situation_total = so_far + weight * held
            if situation_total > best_total:
                best, best_total = at, situation_total
    tally = before.tally(candidate, best, query.described).copy()
    held = fitted.situations[best] if best >= 0 else 0.0
    sure_of = held if query.described else 0.0
    tally.add(last, fitted, before.size in candidate.matched, held, sure_of)
    query.tallies[candidate.rowid] = tally
    return _placed(query, candidate, tally)


def _placed(query: _Query, candidate: Candidate, tally: Tally) -> Ranked:
    """The candidate's tier, score and confidence from its tally over the whole query."""
    total = query.total
    coverage = tally.coverage / total
    field_score = tally.field_score / total
    about = tally.about / tally.about_total if tally.about_total else 1.0
    situation_share = tally.situation_share / tally.about_total if tally.about_total else 0.0
    tier = _question_tier(query.parsed, query.words, candidate.facts.question_words)
    if tier is None:
        if tally.in_question:
            tier = TIER_QUESTION
        elif tally.in_question_or_alias and tally.used_alias:
            tier = TIER_ALIAS
        else:
            tier = TIER_REST
    weak = tier == TIER_REST and not (
        about >= ABOUT_THRESHOLD
        or (tally.title_hit and about >= ABOUT_WITH_TITLE)
        or situation_share >= ABOUT_SITUATION_SHARE
    )
    score = (TIER_REST - tier) + field_score + COVERAGE_BONUS * coverage
    return Ranked(candidate, tier, score, coverage, weak, about, tally.title_hit, situation_share)


def rank(
    parsed: ParsedQuery,
    candidates: list[Candidate],
    fit_of: FitFunction = fit,
    memo: RankMemo | None = None,
) -> list[Ranked]:
    """Best first; ties broken by how many of the typed words the question has (so "what is
    tb" prefers "What is tuberculosis (TB)…"), by bm25 over the matched concepts, then by
    question. With a `memo`, the concepts before the last are counted once while they last,
    and the whole query's once while its concepts do."""
    typed = frozenset(parsed.words)
    total = sum(c.weight for c in parsed.concepts) or 1.0
    memo = memo or RankMemo()
    memo.follow(parsed.concepts[:-1])
    tallies = memo.whole_tallies(parsed.concepts)
    query = _Query(parsed, list(parsed.words), total, _described(parsed), tallies)
    ranked = [_rank_one(query, candidate, fit_of, memo) for candidate in candidates]
    ranked.sort(
        key=lambda r: (
            r.tier,
            -r.score,
            -len(typed.intersection(r.candidate.facts.question_words)),
            sum(r.candidate.matched.values()),
            r.candidate.facts.question,
        )
    )
    return ranked
