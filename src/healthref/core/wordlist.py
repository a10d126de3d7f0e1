"""Is a word a real, common English word? Decided from the word-frequency list that ships with
pyspellchecker (drawn from subtitles, MIT licence), loaded on first use off the GUI thread.

A real word the corpus does not know is evidence that we have no article on it — never a typo
to be "corrected" into a corpus word ("tennis elbow" is not "tends elbow").

Search only asks whether a word reaches two thresholds, so it reads `common_words.txt.gz`
(the words at or above them, derived from the list by scripts/common_words.py) rather than
parsing all 160,000 counts on the first query; exact counts come from the full list. The
French file holds its words folded as queries are ("étoiles" as "etoiles"): a real French
word typed with or without its accents is never rewritten."""

from __future__ import annotations

import bisect
import functools
import gzip
import json
from collections.abc import Mapping
from pathlib import Path

# At or above this many uses in the list a word counts as real. Chosen on the development
# sets: the misspellings there that are also in the list are rare (at most 50 uses, e.g.
# "brocken"), while real words people search for start far higher ("plantar" 151,
# "carpal" 892, "lag" 1,506, "tennis" 17,942).
REAL_WORD_MIN_COUNT = 100
# A word being typed counts as already complete ("car", not the start of "care") from this
# many uses: common words only, so a rarer real word that is usually a longer word's start
# while typing ("psychos" on the way to "psychosis", 977 uses) still completes.
COMPLETE_WORD_MIN_COUNT = 1000
COMMON_WORDS_FILE = Path(__file__).with_name("common_words.txt.gz")
COMMON_WORDS_FILES = {
    "en": COMMON_WORDS_FILE,
    "fr": COMMON_WORDS_FILE.with_name("common_words.fr.txt.gz"),
}
_SPLIT = "\n--\n"  # complete words above it, the other real words below


@functools.cache
def full_counts(language: str) -> dict[str, int]:
    """Every word of the language's list with its count ({} when the list is missing)."""
    from importlib import resources  # ~9 ms of imports that English search never needs

    try:
        packed = (
            resources.files("spellchecker") / "resources" / f"{language}.json.gz"
        ).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    counts: dict[str, int] = json.loads(gzip.decompress(packed))
    return counts


def folded_counts(counts: Mapping[str, int]) -> dict[str, int]:
    """The counts keyed by each word folded as a query is (accents and case gone), keeping the
    larger count where two words fold alike."""
    from healthref.core.folding import fold

    folded: dict[str, int] = {}
    for word, count in counts.items():
        key = fold(word)
        if count > folded.get(key, 0):
            folded[key] = count
    return folded


def common_words_source(language: str) -> dict[str, int]:
    """The counts a language's common-words file is made from (folded but for English, whose
    list has no accents to fold)."""
    counts = full_counts(language)
    return dict(counts) if language == "en" else folded_counts(counts)


def pack_common_words(counts: Mapping[str, int]) -> bytes:
    """The common-words file for `counts`: byte-identical for the same list."""
    complete = sorted(w for w, n in counts.items() if n >= COMPLETE_WORD_MIN_COUNT)
    real = sorted(
        w for w, n in counts.items() if REAL_WORD_MIN_COUNT <= n < COMPLETE_WORD_MIN_COUNT
    )
    text = "\n".join(complete) + _SPLIT + "\n".join(real) + "\n"
    return gzip.compress(text.encode("utf-8"), mtime=0)


class SortedWords:
    """Words in sorted order, looked up by binary search: making a set of 47,000 words costs
    the first search more than every lookup after it saves."""

    __slots__ = ("_words",)

    def __init__(self, words: list[str]) -> None:
        self._words = words

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        at = bisect.bisect_left(self._words, word)
        return at < len(self._words) and self._words[at] == word


@functools.cache
def _common(language: str) -> tuple[SortedWords, SortedWords]:
    """(complete words, the other real words) of the language."""
    packed = COMMON_WORDS_FILES.get(language)
    if packed is not None and packed.exists():
        # The file holds each part sorted (`pack_common_words`).
        complete, rest = gzip.decompress(packed.read_bytes()).decode().split(_SPLIT)
        return SortedWords(complete.split("\n")), SortedWords(rest.split())
    counts = common_words_source(language)
    return (
        SortedWords(sorted(w for w, n in counts.items() if n >= COMPLETE_WORD_MIN_COUNT)),
        SortedWords(
            sorted(
                w for w, n in counts.items() if REAL_WORD_MIN_COUNT <= n < COMPLETE_WORD_MIN_COUNT
            )
        ),
    )


def word_count(word: str, language: str = "en") -> int:
    """How often the word occurs in the language's list (0 when unknown)."""
    return full_counts(language).get(word, 0)


def is_real_word(word: str, language: str = "en") -> bool:
    """A common word of the language: never rewritten as a misspelling."""
    complete, other = _common(language)
    return word in complete or word in other


def is_complete_word(word: str, language: str = "en") -> bool:
    """A common word that, typed last, is taken as finished rather than as a prefix."""
    return word in _common(language)[0]


def preload(language: str = "en") -> None:
    """Load the common words now (on a background thread) rather than on the first query."""
    _common(language)
