"""Is a word a real, common English word? Decided from the word-frequency list that ships with
pyspellchecker (drawn from subtitles, MIT licence), loaded on first use off the GUI thread.

A real word the corpus does not know is evidence that we have no article on it — never a typo
to be "corrected" into a corpus word ("tennis elbow" is not "tends elbow")."""

from __future__ import annotations

import functools
import gzip
import json
from importlib import resources

# At or above this many uses in the list a word counts as real. Chosen on the development
# sets: the misspellings there that are also in the list are rare (at most 50 uses, e.g.
# "brocken"), while real words people search for start far higher ("plantar" 151,
# "carpal" 892, "lag" 1,506, "tennis" 17,942).
REAL_WORD_MIN_COUNT = 100
# A word being typed counts as already complete ("car", not the start of "care") from this
# many uses: common words only, so a rarer real word that is usually a longer word's start
# while typing ("psychos" on the way to "psychosis", 977 uses) still completes.
COMPLETE_WORD_MIN_COUNT = 1000


@functools.cache
def _counts(language: str) -> dict[str, int]:
    try:
        packed = (
            resources.files("spellchecker") / "resources" / f"{language}.json.gz"
        ).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    counts: dict[str, int] = json.loads(gzip.decompress(packed))
    return counts


def word_count(word: str, language: str = "en") -> int:
    """How often the word occurs in the language's list (0 when unknown)."""
    return _counts(language).get(word, 0)


def is_real_word(word: str, language: str = "en") -> bool:
    """A common word of the language: never rewritten as a misspelling."""
    return word_count(word, language) >= REAL_WORD_MIN_COUNT


def is_complete_word(word: str, language: str = "en") -> bool:
    """A common word that, typed last, is taken as finished rather than as a prefix."""
    return word_count(word, language) >= COMPLETE_WORD_MIN_COUNT


def preload(language: str = "en") -> None:
    """Load the list now (on a background thread) rather than on the first unknown word."""
    _counts(language)
