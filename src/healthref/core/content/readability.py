"""How hard an article is to read: the Flesch–Kincaid grade over its quick answer, key facts,
tiers and body (each bullet counted as a sentence), and the uncommon words it leaves
unexplained."""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthref.core.content.article import Article
from healthref.core.content.tier import Tier

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_MARKDOWN = re.compile(r"[#*_`>|]+")
# Explained words are followed by "(…)" or "means"/"called" soon after, or are named in the
# article's question or aliases.
_EXPLAINED_WITHIN = 8
UNCOMMON_BELOW = 300  # uses in the general word list: rarer words may need explaining


@dataclass(frozen=True)
class Readability:
    """The reading grade and the words a reader may not know."""

    grade: float
    words: int
    sentences: int
    jargon: tuple[str, ...]


def _syllables(word: str) -> int:
    word = word.lower()
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def sentences_of(article: Article) -> list[str]:
    """Each sentence of the text a reader sees; list items and table rows count as sentences."""
    pieces = [article.quick_answer, *article.key_facts]
    for tier in Tier:
        pieces += [f"{line}." for line in article.help.items(tier)]
    for line in article.body_markdown.splitlines():
        line = _MARKDOWN.sub(" ", line).strip(" -")
        if line and not line.startswith("---"):
            pieces.append(line)
    found: list[str] = []
    for piece in pieces:
        found += [s for s in _SENTENCE_END.split(piece.strip()) if _WORD.search(s)]
    return found


def readability(article: Article) -> Readability:
    """Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59."""
    sentences = sentences_of(article)
    words = [w for s in sentences for w in _WORD.findall(s)]
    if not words:
        return Readability(0.0, 0, 0, ())
    syllables = sum(_syllables(w) for w in words)
    grade = 0.39 * len(words) / len(sentences) + 11.8 * syllables / len(words) - 15.59
    return Readability(round(grade, 1), len(words), len(sentences), _jargon(article, sentences))


def _jargon(article: Article, sentences: list[str]) -> tuple[str, ...]:
    from healthref.core.wordlist import word_count as uses

    named = " ".join((article.question, *article.aliases)).casefold()
    found: list[str] = []
    for sentence in sentences:
        words = _WORD.findall(sentence)
        for index, word in enumerate(words):
            lower = word.casefold()
            if len(lower) < 6 or lower in named or lower in found or word[:1].isupper():
                continue
            if max(uses(v) for v in _spellings(lower)) >= UNCOMMON_BELOW:
                continue
            after = " ".join(words[index + 1 : index + 1 + _EXPLAINED_WITHIN]).casefold()
            explained = f"{word} (" in sentence or "mean" in after or "called" in after
            if not explained:
                found.append(lower)
    return tuple(found)


_BRITISH = (("ise", "ize"), ("our", "or"), ("ae", "e"), ("oe", "e"), ("mme", "m"), ("tre", "ter"))


def _spellings(word: str) -> list[str]:
    """The word and its American spellings (the general word list is mostly American)."""
    found = [word]
    for british, american in _BRITISH:
        if british in word:
            found.append(word.replace(british, american))
    return found
