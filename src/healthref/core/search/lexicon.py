"""The corpus vocabulary, word families, spelling variants, synonyms and typo correction."""

from __future__ import annotations

import bisect
import math
import sqlite3
from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from healthref.core.search.languages import EMERGENCY_CONTEXT_MARK, ENGLISH, SearchLanguage
from healthref.core.search.normalise import stem

if TYPE_CHECKING:
    from healthref.core.search.query import Concept
MIN_CORRECTABLE = 3
MAX_PREFIX_FORMS = 60

Phrase = tuple[str, ...]


@dataclass
class Lexicon:
    """Everything search knows about words, loaded once from the content DB."""

    article_count: int
    doc_count: dict[str, int]
    stem_of: dict[str, str]
    forms_by_stem: dict[str, list[str]]
    sorted_terms: list[str]
    groups_by_key: dict[Phrase, set[int]] = field(default_factory=dict)
    group_phrases: dict[int, list[Phrase]] = field(default_factory=dict)
    longest_phrase: int = 1
    # (phrase stems, first-aid article, stems of which one must also be in the query)
    emergencies: list[tuple[Phrase, str, frozenset[str]]] = field(default_factory=list)
    language: SearchLanguage = ENGLISH
    # Typing repeats the same words keystroke after keystroke: remember the costly answers.
    _corrections: BoundedCache[str | None] = field(default_factory=lambda: BoundedCache())
    _completions: BoundedCache[list[str]] = field(default_factory=lambda: BoundedCache())
    _by_length: dict[int, list[str]] = field(default_factory=dict)
    concepts: BoundedCache[Concept] = field(default_factory=lambda: BoundedCache())
    _word_stems: BoundedCache[tuple[str, ...]] = field(default_factory=lambda: BoundedCache())
    _emergency_index: dict[str, list[tuple[int, Phrase, str, frozenset[str]]]] | None = None
    _phrase_starts: frozenset[str] | None = None  # first stems of the longer synonym phrases

    @classmethod
    def load(cls, connection: sqlite3.Connection, language: SearchLanguage = ENGLISH) -> Lexicon:
        (article_count,) = connection.execute(
            f"SELECT count(*) FROM {language.articles_table}"
        ).fetchone()
        doc_count: dict[str, int] = {}
        stem_of: dict[str, str] = {}
        forms: defaultdict[str, list[str]] = defaultdict(list)
        for term, term_stem, count in connection.execute(
            f"SELECT term, stem, doc_count FROM {language.vocabulary_table} ORDER BY term"
        ):
            doc_count[term] = count
            stem_of[term] = term_stem
            forms[term_stem].append(term)
        lexicon = cls(article_count, doc_count, stem_of, dict(forms), sorted(doc_count))
        lexicon.language = language
        for group_id, term, key in connection.execute(
            f"SELECT group_id, term, stem_key FROM {language.synonyms_table}"
        ):
            phrase = tuple(term.split())
            lexicon.group_phrases.setdefault(group_id, []).append(phrase)
            lexicon.groups_by_key.setdefault(tuple(key.split()), set()).add(group_id)
            lexicon.longest_phrase = max(lexicon.longest_phrase, len(phrase))
        lexicon.emergencies = sorted(
            (
                _emergency_phrase(key, slug)
                for key, slug in connection.execute(
                    f"SELECT stem_key, slug FROM {language.emergencies_table} ORDER BY id"
                )
            ),
            # A phrase that needs a context word is the more specific: it goes first ("gave
            # birth" with "bleeding" is heavy bleeding after childbirth, not any heavy
            # bleeding); then the longest phrase wins ("heat stroke" over "stroke").
            key=lambda item: (not item[2], -len(item[0])),
        )
        return lexicon

    def emergency_article(self, words: tuple[str, ...]) -> str | None:
        """The first-aid article for an emergency the words describe, or None."""
        if self._emergency_index is None:
            self._emergency_index = {}
            for order, (key, slug, context) in enumerate(self.emergencies):
                if key:
                    entry = (order, key, slug, context)
                    self._emergency_index.setdefault(key[0], []).append(entry)
        stems = tuple(self.stem(word) for word in words)
        found: tuple[int, str] | None = None  # the first phrase of `emergencies` that matches
        for i, word_stem in enumerate(stems):
            for order, key, slug, context in self._emergency_index.get(word_stem, ()):
                if stems[i : i + len(key)] != key or (context and context.isdisjoint(stems)):
                    continue
                if found is None or order < found[0]:
                    found = (order, slug)
        if found is None and any(not key for key, _slug, _context in self.emergencies):
            return next(slug for key, slug, _context in self.emergencies if not key)
        return found[1] if found else None

    def stem(self, token: str) -> str:
        """The stem stored at build time, computed only for words the corpus lacks."""
        return self.stem_of.get(token) or stem(token, self.language.stemmer)

    def stems_of(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The stem of each word, remembered for the run of words (a question's words are
        stemmed for its highlights on every keystroke that shows it)."""
        key = "\x1f".join(words)
        found, cached = self._word_stems.lookup(key)
        if not found:
            cached = self._word_stems.store(key, tuple(self.stem(word) for word in words))
        assert cached is not None
        return cached

    def phrase_key(self, phrase: Phrase) -> Phrase:
        """Phrases compare by their stems ("babies" finds the group of "baby")."""
        return tuple(self.stem(word) for word in phrase)

    def prepare(self) -> None:
        """Load the typo-correction and stemming libraries now rather than on first use."""
        import rapidfuzz.process  # noqa: F401

        stem("warming", self.language.stemmer)

    def known(self, token: str) -> bool:
        return token in self.doc_count or self.stem(token) in self.forms_by_stem

    def forms(self, token: str) -> list[str]:
        """The corpus words of the token's family ("vaccination" → vaccine, vaccines, …)."""
        family = self.forms_by_stem.get(self.stem(token), [])
        return family if token in family else [token, *family]

    def variants(self, token: str) -> list[str]:
        """Regular spelling variants of the token that the corpus uses."""
        found: list[str] = []
        for left, right in self.language.variant_pairs:
            for old, new in ((left, right), (right, left)):
                start = token.find(old)
                while start != -1:
                    candidate = token[:start] + new + token[start + len(old) :]
                    if (
                        candidate != token
                        and candidate in self.doc_count
                        and candidate not in found
                    ):
                        found.append(candidate)
                    start = token.find(old, start + 1)
        return found

    def completions(self, prefix: str) -> list[str]:
        """Corpus words that start with the prefix, most used first (bounded)."""
        found, cached = self._completions.lookup(prefix)
        if not found:
            cached = self._completions.store(prefix, self._find_completions(prefix))
        assert cached is not None
        return cached

    def _find_completions(self, prefix: str) -> list[str]:
        start = bisect.bisect_left(self.sorted_terms, prefix)
        words: list[str] = []
        for term in self.sorted_terms[start:]:
            if not term.startswith(prefix):
                break
            words.append(term)
        words.sort(key=lambda w: -self.doc_count[w])
        return words[:MAX_PREFIX_FORMS]

    def concept_count(self, concept: Concept) -> int:
        """About how many articles mention any of a concept's words (an upper bound)."""
        count = sum(
            min(self.doc_count.get(word, 0) for word in phrase)
            for phrase in concept.phrases
            if phrase
        )
        if concept.prefix:
            count += sum(self.doc_count[word] for word in self.completions(concept.prefix))
        return count

    def weight(self, token: str) -> float:
        """Inverse document frequency of a word's family: rare words count for more."""
        count = sum(self.doc_count.get(w, 0) for w in self.forms_by_stem.get(self.stem(token), []))
        count = max(count, self.doc_count.get(token, 0))
        return math.log(1 + (self.article_count + 1) / (count + 0.5))

    def correct(self, token: str) -> str | None:
        """The likeliest corpus word for a misspelt token, or None."""
        found, cached = self._corrections.lookup(token)
        if found:
            return cached
        return self._corrections.store(token, self._find_correction(token))

    def _find_correction(self, token: str) -> str | None:
        if len(token) < MIN_CORRECTABLE or not token.isalpha():
            return None
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        limit = 1 if len(token) <= 4 else 2
        if not self._by_length:
            # The corpus's words, and the one-word synonyms it does not use: a misspelt lay
            # word is still that word ("symtomes" is "symptomes", which means "signes").
            synonyms = {p[0] for ps in self.group_phrases.values() for p in ps if len(p) == 1}
            for term in sorted(set(self.sorted_terms) | synonyms):
                if term.isalpha() and len(term) > 2:
                    self._by_length.setdefault(len(term), []).append(term)
        pool = [
            w
            for n in range(len(token) - limit, len(token) + limit + 1)
            for w in self._by_length.get(n, [])
        ]
        matches = process.extract(token, pool, scorer=OSA.distance, score_cutoff=limit, limit=50)
        # Closest first; among equals, one that starts like what was typed, then the commoner.
        # A misspelling seldom gets its first letter wrong as well as another: a word two
        # edits away must start like what was typed ("ringworm" is not "pinworm").
        candidates = [
            (distance, word[0] != token[0], -self.doc_count.get(word, 0), word)
            for word, distance, _ in matches
            if distance <= 1 or word[0] == token[0]
        ]
        return min(candidates)[3] if candidates else None

    def synonym_phrases(self, phrase: Phrase) -> list[Phrase]:
        """Every phrase sharing a synonym group with this one (itself included)."""
        found: list[Phrase] = [phrase]
        for group_id in sorted(self.groups_by_key.get(self.phrase_key(phrase), ())):
            for other in self.group_phrases[group_id]:
                if other not in found:
                    found.append(other)
        return found

    def is_synonym(self, phrase: Phrase) -> bool:
        return self.phrase_key(phrase) in self.groups_by_key

    def synonym_length(self, stems: Sequence[str], start: int) -> int:
        """How many words from `start` make the longest synonym phrase there, given each
        word's stem (1 when none does): what `is_synonym` says of each run, without stemming
        every run again."""
        if self._phrase_starts is None:
            self._phrase_starts = frozenset(key[0] for key in self.groups_by_key if len(key) > 1)
        if stems[start] not in self._phrase_starts:
            return 1
        for length in range(min(self.longest_phrase, len(stems) - start), 1, -1):
            if tuple(stems[start : start + length]) in self.groups_by_key:
                return length
        return 1


def _emergency_phrase(key: str, slug: str) -> tuple[Phrase, str, frozenset[str]]:
    """A stored emergency phrase: its stems, its article and the context it needs."""
    phrase, _mark, context = key.partition(EMERGENCY_CONTEXT_MARK)
    return tuple(phrase.split()), slug, frozenset(context.split())


CACHE_LIMIT = 5000
V = TypeVar("V")


class BoundedCache(Generic[V]):
    """A dict that forgets its oldest entries past CACHE_LIMIT; `store` returns what it
    stored, so evicting can never lose the answer being returned."""

    def __init__(self, limit: int = CACHE_LIMIT) -> None:
        self._entries: OrderedDict[str, V] = OrderedDict()
        self._limit = limit

    def lookup(self, key: str) -> tuple[bool, V | None]:
        if key in self._entries:
            self._entries.move_to_end(key)
            return True, self._entries[key]
        return False, None

    def store(self, key: str, value: V) -> V:
        self._entries[key] = value
        while len(self._entries) > self._limit:
            self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)
