"""A described situation that matches one of the best answer's "Get help now if…" signs is an
emergency, though no phrase of the emergency vocabulary was typed ("my newborn feels cold and
won't feed" is that article's "the baby is not feeding well, or cannot feed" and "feels cold
to the touch"). The signs are the articles' own reviewed emergency tiers."""

from __future__ import annotations

from collections.abc import Callable

from healthref.core.search.lexicon import Lexicon
from healthref.core.search.normalise import tokens
from healthref.core.search.query import ParsedQuery

# One sign must hold at least this many of the query's informative words (a description, not
# two words a sign happens to share: "how often should a baby feed") …
MIN_WORDS_HELD = 3
# … and at least this share of their weight. Both chosen on the development sets and on
# lay descriptions written apart from them (docs/DESIGN-NOTES.md).
MIN_SHARE_HELD = 0.4
STEMS_KEPT = 4000  # articles whose signs' stems are remembered


class DangerSigns:
    """Matches queries against articles' "Get help now if…" signs, read through `signs_of`."""

    def __init__(self, lexicon: Lexicon, signs_of: Callable[[int], tuple[str, ...]]) -> None:
        self._lexicon = lexicon
        self._signs_of = signs_of
        self._stems: dict[int, tuple[frozenset[str], ...]] = {}

    def described(self, parsed: ParsedQuery, rowid: int) -> bool:
        """Whether the query describes one of article `rowid`'s signs."""
        concepts = [c for c in parsed.concepts if c.informative and not c.fragment]
        if len(concepts) < MIN_WORDS_HELD:
            return False
        total = sum(c.weight for c in concepts)
        for sign in self._sign_stems(rowid):
            held = [c for c in concepts if any(sign.issuperset(key) for key in c.stems)]
            weight = sum(c.weight for c in held)
            if len(held) >= MIN_WORDS_HELD and weight >= MIN_SHARE_HELD * total:
                return True
        return False

    def _sign_stems(self, rowid: int) -> tuple[frozenset[str], ...]:
        found = self._stems.get(rowid)
        if found is None:
            if len(self._stems) >= STEMS_KEPT:
                self._stems.clear()
            stopwords = self._lexicon.language.stopwords
            found = self._stems[rowid] = tuple(
                frozenset(self._lexicon.stem(w) for w in tokens(sign) if w not in stopwords)
                for sign in self._signs_of(rowid)
            )
        return found
