"""Parse typed text into weighted concepts: corrected, expanded through word families,
spelling variants and synonym groups, with the last word matched as a prefix while typing."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple

from healthref.core.search.languages import ENGLISH
from healthref.core.search.lexicon import Lexicon, Phrase
from healthref.core.search.normalise import query_tokens
from healthref.core.wordlist import is_complete_word, is_real_word

STOPWORDS = ENGLISH.stopwords  # the English ones; each lexicon carries its language's
# Words that carry little of a question's meaning: they count, but for less.
LOW_CONTENT = ENGLISH.low_content
LOW_CONTENT_FACTOR = 0.3
NUMBER_FACTOR = 0.4
MIN_PREFIX = 2
FULL_PREFIX = 3
WORD_PREFIX = 4  # a shorter start of a word that is no word itself is only a fragment


@dataclass(frozen=True)
class Concept:
    """One thing the query asks about, with every way the corpus may say it."""

    text: str
    phrases: tuple[Phrase, ...]
    stems: frozenset[Phrase]
    prefix: str | None
    weight: float
    direct: frozenset[Phrase] = frozenset()  # stems of what was typed (not via a synonym)
    # The stems that show an article is *about* this concept. A complete English word being
    # typed ("car") is itself, not the start of another word ("care"): its completions find
    # articles, but do not make them a confident answer.
    confident_stems: frozenset[Phrase] = frozenset()
    informative: bool = True  # a word that carries the question's meaning
    unknown: bool = False  # a real word the corpus never uses: we likely have no article
    prefix_is_word: bool = False  # the word being typed is already a complete English word
    # The start of a word still being typed, too short to say which word ("cv" of "cva"): it
    # finds articles, but cannot make one a confident answer.
    fragment: bool = False

    @functools.cached_property
    def stem_groups(self) -> tuple[StemGroups, StemGroups]:
        """`stems` and `confident_stems`, each split for quick tests against a field."""
        return _groups(self.stems, self.direct), _groups(self.confident_stems, self.direct)

    def fts_expression(self) -> str:
        """An FTS5 expression with every term quoted: raw input never reaches MATCH."""
        terms = [
            "(" + " AND ".join('"' + w.replace('"', '""') + '"' for w in p) + ")"
            for p in self.phrases
        ]
        if self.prefix:
            terms.append('"' + self.prefix.replace('"', '""') + '"*')
        expression = "(" + " OR ".join(terms) + ")"
        if self.prefix and len(self.prefix) < FULL_PREFIX:
            return "{question aliases} : " + expression
        return expression


class StemGroups(NamedTuple):
    """A concept's stems: single words typed (or of their family), single synonym words, and
    the phrases of each kind."""

    direct_words: frozenset[str]
    other_words: frozenset[str]
    direct_phrases: tuple[Phrase, ...]
    other_phrases: tuple[Phrase, ...]


def _groups(stems: frozenset[Phrase], direct: frozenset[Phrase]) -> StemGroups:
    ordered = sorted(stems)
    return StemGroups(
        frozenset(p[0] for p in ordered if len(p) == 1 and p in direct),
        frozenset(p[0] for p in ordered if len(p) == 1 and p not in direct),
        tuple(p for p in ordered if len(p) > 1 and p in direct),
        tuple(p for p in ordered if len(p) > 1 and p not in direct),
    )


class ParsedQuery(NamedTuple):
    """The concepts of a query, its folded words, and any typo corrections made."""

    words: tuple[str, ...]
    concepts: tuple[Concept, ...]
    corrections: tuple[tuple[str, str], ...]
    typing_last_word: bool
    last_word_complete: bool = False  # the word being typed is already a real word
    searched: tuple[str, ...] = ()  # the words after spelling correction
    language: str = "en"


def _keep_as_typed(word: str, last_typing: bool, lexicon: Lexicon) -> bool:
    """Words search takes as they are: corpus words, stopwords, numbers, spelling variants,
    synonym terms, real English words (never "corrected" into corpus words), and the start
    of a word still being typed."""
    return (
        lexicon.known(word)
        or word in lexicon.language.stopwords
        or not word.isalpha()
        or bool(lexicon.variants(word))
        or lexicon.is_synonym((word,))
        or is_real_word(word, lexicon.language.code)
        or (last_typing and len(word) >= MIN_PREFIX and bool(lexicon.completions(word)))
    )


def _resolve(
    words: list[str], typing: bool, lexicon: Lexicon
) -> tuple[list[str], list[tuple[str, str]]]:
    used: list[str] = []
    corrections: list[tuple[str, str]] = []
    for index, word in enumerate(words):
        last_typing = typing and index == len(words) - 1
        if _keep_as_typed(word, last_typing, lexicon):
            used.append(word)
            continue
        fix = lexicon.correct(word)
        if fix is None or fix in lexicon.language.stopwords:
            used.append(word)
        else:
            corrections.append((word, fix))
            used.append(fix)
    return used, corrections


def _word_phrases(word: str, lexicon: Lexicon) -> list[Phrase]:
    family = list(lexicon.forms(word))
    for variant in lexicon.variants(word):
        family += [w for w in lexicon.forms(variant) if w not in family]
    return [(w,) for w in family]


def _concept(phrase: Phrase, prefix: str | None, lexicon: Lexicon) -> Concept:
    """The concept of a phrase: the same on every keystroke that keeps the phrase, so it is
    made once (the lexicon remembers it)."""
    key = " ".join(phrase) + "\x1f" + (prefix or "\x1e")
    found, cached = lexicon.concepts.lookup(key)
    if not found:
        cached = lexicon.concepts.store(key, _make_concept(phrase, prefix, lexicon))
    assert cached is not None
    return cached


def _make_concept(phrase: Phrase, prefix: str | None, lexicon: Lexicon) -> Concept:
    typed = _word_phrases(phrase[0], lexicon) if len(phrase) == 1 else [phrase]
    direct = frozenset(lexicon.phrase_key(p) for p in typed)
    alternatives: list[Phrase] = []
    for synonym in lexicon.synonym_phrases(phrase) if lexicon.is_synonym(phrase) else [phrase]:
        extra = _word_phrases(synonym[0], lexicon) if len(synonym) == 1 else [synonym]
        alternatives += [p for p in extra if p not in alternatives]
    if prefix and not lexicon.known(prefix):
        alternatives = [p for p in alternatives if p != (prefix,)]
    stems = {lexicon.phrase_key(p) for p in alternatives}
    confident = set(stems)
    complete_word = prefix is not None and is_complete_word(prefix, lexicon.language.code)
    if prefix:
        completed = {(lexicon.stem(w),) for w in lexicon.completions(prefix)}
        stems |= completed
        direct |= completed
        if not complete_word:
            confident |= completed
    stopwords, low_content = lexicon.language.stopwords, lexicon.language.low_content
    content = [w for w in phrase if w not in stopwords] or list(phrase)
    weight = max(_word_weight(w, lexicon) for w in content)
    unknown = (
        len(phrase) == 1
        and not lexicon.known(phrase[0])
        and not lexicon.is_synonym(phrase)
        and not lexicon.variants(phrase[0])
        and (prefix is None or complete_word)
    )
    informative = not all(w in low_content or not w.isalpha() for w in content)
    fragment = (
        prefix is not None
        and len(prefix) < WORD_PREFIX
        and not complete_word
        and not lexicon.known(prefix)
        and not lexicon.is_synonym((prefix,))
    )
    return Concept(
        " ".join(phrase),
        tuple(alternatives),
        frozenset(stems),
        prefix,
        weight,
        direct,
        frozenset(confident),
        informative,
        unknown,
        complete_word,
        fragment,
    )


def _word_weight(word: str, lexicon: Lexicon) -> float:
    digits = lexicon.language.number_words.get(word)
    weight = lexicon.weight(digits or word)
    if word in lexicon.language.low_content or word in lexicon.language.light:
        weight *= LOW_CONTENT_FACTOR
    elif digits or not word.isalpha():
        weight *= NUMBER_FACTOR
    return weight


def parse(text: str, lexicon: Lexicon) -> ParsedQuery:
    """Turn what was typed into concepts; stopwords only count when nothing else is left."""
    words = query_tokens(text)
    typing = bool(text) and text[-1].isalnum()
    used, corrections = _resolve(words, typing, lexicon)
    stopwords = lexicon.language.stopwords
    keep_stopwords = all(w in stopwords for w in used)
    concepts: list[Concept] = []
    stems = [lexicon.stem(word) for word in used]
    start = 0
    while start < len(used):
        length = lexicon.synonym_length(stems, start)
        phrase = tuple(used[start : start + length])
        ends_query = start + length == len(used)
        prefix = (
            used[-1]
            if typing and ends_query and length == 1 and len(used[-1]) >= MIN_PREFIX
            else None
        )
        if length == 1 and phrase[0] in stopwords and not keep_stopwords:
            start += 1
            continue
        concepts.append(_concept(phrase, prefix, lexicon))
        start += length
    code = lexicon.language.code
    last_complete = typing and bool(used) and is_complete_word(used[-1], code)
    return ParsedQuery(
        tuple(words), tuple(concepts), tuple(corrections), typing, last_complete, tuple(used), code
    )
