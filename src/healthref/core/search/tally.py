"""Count a query's concepts for one candidate article — where its fields hold each one and how
much that says the article is about the query — one concept at a time, so counts for the
words already typed carry over from keystroke to keystroke."""

from __future__ import annotations

from dataclasses import dataclass, field

from healthref.core.search.fields import Candidate, Fit, FitFunction
from healthref.core.search.query import Concept

QUESTION, ALIASES, SITUATION, SUMMARY, BODY = 1.0, 0.8, 0.6, 0.45, 0.1
# Question, aliases, quick answer and key facts. The last is under the threshold on its own:
# a long quick answer mentions side stories (doxycycline's sunburn) it is not about.
ABOUT_FIELDS = (1.0, 1.0, 0.6)
ABOUT_SITUATION = 0.85
# A real word the corpus never uses counts against confidence, a little less than the
# rarest corpus word would (an unknown word is often a plain synonym: "duration").
UNKNOWN_WEIGHT = 2.5


def _about_share(sure: tuple[float, float, float], situation: float) -> float:
    """How strongly the article's short fields say it is about this concept."""
    best = situation * ABOUT_SITUATION
    for factor, held in zip(ABOUT_FIELDS, sure, strict=True):
        if held:
            best = max(best, factor)
    return best


@dataclass(slots=True)
class Tally:
    """What a run of a query's concepts adds up to for one candidate, before dividing by the
    query's total weight."""

    coverage: float = 0.0
    field_score: float = 0.0
    about: float = 0.0
    about_total: float = 0.0
    situation_share: float = 0.0
    title_hit: bool = False
    in_question: bool = True
    in_question_or_alias: bool = True
    used_alias: bool = False

    def copy(self) -> Tally:
        return Tally(
            self.coverage,
            self.field_score,
            self.about,
            self.about_total,
            self.situation_share,
            self.title_hit,
            self.in_question,
            self.in_question_or_alias,
            self.used_alias,
        )

    def add(
        self, concept: Concept, fitted: Fit, matched: bool, situation: float, sure_of: float
    ) -> None:
        """Count one concept: `situation` is how the best situation holds it, `sure_of` the
        same when the query is a description (else 0)."""
        here, sure = fitted.here, fitted.sure
        # The question and alias tiers need the word itself: "car" is not the start of "care".
        self.in_question &= sure[0] > 0
        # The alias tier needs the alias to hold what was typed, not merely a synonym of it.
        self.in_question_or_alias &= sure[0] > 0 or sure[1] == 1.0
        self.used_alias |= sure[1] == 1.0 and not sure[0]
        if concept.fragment:
            # Not yet a word: it cannot vouch for the article, and weighs like a word we do
            # not know ("how to write a cv" is not about a stroke, the "cva").
            self.about_total += min(concept.weight, UNKNOWN_WEIGHT)
        elif concept.informative or concept.unknown:
            weight = min(concept.weight, UNKNOWN_WEIGHT) if concept.unknown else concept.weight
            self.about_total += weight
            self.about += weight * _about_share(sure, sure_of)
            self.situation_share += weight * sure_of
            self.title_hit |= bool(sure[0] or sure[1])
        if not matched and not any(here) and not situation:
            return
        self.coverage += concept.weight
        best = max(
            QUESTION * here[0],
            ALIASES * here[1],
            SITUATION * situation,
            SUMMARY * here[2],
            BODY,
        )
        self.field_score += concept.weight * best


@dataclass(slots=True)
class Counted:
    """One candidate counted over the first `size` concepts of a query: built on its count
    over one concept fewer (`shorter`), with how much of the query's weight each of its
    situations holds so far, and tallies by which situation is best (-1: none) and whether
    the query is a description."""

    shorter: Counted | None
    concept: Concept | None
    fitted: Fit | None
    size: int
    totals: list[float]
    situations_held: bool = False  # any situation holds one of the concepts
    tallies: dict[tuple[int, bool], Tally] = field(default_factory=dict)

    @classmethod
    def nothing(cls, candidate: Candidate) -> Counted:
        return cls(None, None, None, 0, [0.0] * len(candidate.facts.situation_stems))

    def then(self, concept: Concept, fitted: Fit) -> Counted:
        """Counted over one concept more."""
        totals, held = self.totals, self.situations_held
        if fitted.situations_held:
            totals = [
                t + concept.weight * h for t, h in zip(totals, fitted.situations, strict=True)
            ]
            held = True
        return Counted(self, concept, fitted, self.size + 1, totals, held)

    def tally(self, candidate: Candidate, best: int, described: bool) -> Tally:
        """The tally with situation `best` as the best one (made once, from the shorter's)."""
        key = (best, described)
        found = self.tallies.get(key)
        if found is None:
            if self.shorter is None or self.concept is None or self.fitted is None:
                found = Tally()
            else:
                found = self.shorter.tally(candidate, best, described).copy()
                held = self.fitted.situations[best] if best >= 0 else 0.0
                found.add(
                    self.concept,
                    self.fitted,
                    self.size - 1 in candidate.matched,
                    held,
                    held if described else 0.0,
                )
            self.tallies[key] = found
        return found


class RankMemo:
    """Candidates counted over the leading concepts of recent queries. Typing extends a query,
    so a keystroke mostly needs one concept more per candidate, however long the query."""

    LIMIT = 20_000  # counts kept before starting afresh

    def __init__(self) -> None:
        self._concepts: list[Concept] = []
        self._levels: list[dict[int, Counted]] = [{}]  # by how many concepts were counted
        self._kept = 0
        # Each candidate's tally over the whole query, while its concepts stay the same: a
        # stopword or a space typed changes the words but not what is searched for.
        self._whole: tuple[tuple[Concept, ...], dict[int, Tally]] = ((), {})

    def whole_tallies(self, concepts: tuple[Concept, ...]) -> dict[int, Tally]:
        """Tallies over all of `concepts` by article, kept while the next query has them too."""
        if self._whole[0] != concepts:
            self._whole = (concepts, {})
        return self._whole[1]

    def follow(self, concepts: tuple[Concept, ...]) -> None:
        """Count over `concepts` from now on: keep the levels shared with them, make room for
        the rest. Called once per query, before `counted`."""
        if self._kept >= self.LIMIT:
            self._concepts, self._levels, self._kept = [], [{}], 0
        same = 0
        for kept, wanted in zip(self._concepts, concepts, strict=False):
            if kept is not wanted and kept != wanted:
                break
            same += 1
        del self._concepts[same:]
        del self._levels[same + 1 :]
        for concept in concepts[same:]:
            self._concepts.append(concept)
            self._levels.append({})

    def counted(self, candidate: Candidate, fit_of: FitFunction) -> Counted:
        """`candidate` counted over the concepts last followed, from the longest run of them
        already counted."""
        concepts, levels = self._concepts, self._levels
        size = len(concepts)
        rowid = candidate.rowid
        start = size
        while start > 0 and rowid not in levels[start]:
            start -= 1
        found = levels[start].get(rowid)
        if found is None:
            found = levels[0][rowid] = Counted.nothing(candidate)
        for at in range(start, size):
            found = found.then(concepts[at], fit_of(concepts[at], candidate))
            levels[at + 1][rowid] = found
            self._kept += 1
        return found
