"""Fold text as search compares it: NFKC, casefold, accents and invisible characters gone.
Below search and the word lists alike, so both fold the same way."""

from __future__ import annotations

import unicodedata

_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Cs", "Co", "Cn"}


def fold(text: str) -> str:
    """NFKC, casefold, strip accents and invisible characters (zero-width, bidi marks, NUL)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    kept = [
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
    ]
    return unicodedata.normalize("NFC", "".join(kept))
