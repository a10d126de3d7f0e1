"""How hard a French article is to read: the Kandel–Moles reading ease (Flesch's formula
adapted to French, 1958): 207 − 1.015 × words per sentence − 73.6 × syllables per word.
Higher is easier; 60–70 is plain everyday French, under 50 is hard."""

from __future__ import annotations

import re

from healthref.core.content.article import Article
from healthref.core.content.readability import sentences_of

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]+")


def french_syllables(word: str) -> int:
    """Spoken syllables, counted as groups of vowels ("oi", "eau", "ou" are one), with a
    final mute -e or -es dropped when another vowel group is left ("tête" 1, "enfantes" 2).
    Verb endings in -ent are counted (the written form cannot tell them from nouns)."""
    lower = word.casefold()
    count = len(_VOWELS.findall(lower))
    if count > 1 and re.search(r"[^aeiouyàâäéèêëîïôöùûüÿœæ](e|es)$", lower):
        count -= 1
    return max(count, 1)


def kandel_moles(article: Article) -> float:
    """The Kandel–Moles reading ease over what a reader sees: quick answer, key facts, the
    tiers and the body, each list item and tier line counted as a sentence."""
    sentences = sentences_of(article)
    words = [w for s in sentences for w in _WORD.findall(s)]
    if not sentences or not words:
        return 0.0
    syllables = sum(french_syllables(w) for w in words)
    return round(207 - 1.015 * len(words) / len(sentences) - 73.6 * syllables / len(words), 1)
