"""Fold text as search compares it: NFKC, casefold, accents and invisible characters gone.
Below search and the word lists alike, so both fold the same way."""

from __future__ import annotations

import unicodedata

_INVISIBLE_CATEGORIES = {"Cf", "Cc", "Cs", "Co", "Cn"}
# ASCII's only invisible characters are its controls; it has no accents, and NFKC, NFD and
# NFC leave it as it is: folding ASCII is lower-casing and dropping those (about 20 times as
# fast, for the text typed on every keystroke).
_ASCII_CONTROLS = dict.fromkeys([*range(0x20), 0x7F])


def fold(text: str) -> str:
    """NFKC, casefold, strip accents and invisible characters (zero-width, bidi marks, NUL)."""
    if text.isascii():
        return text.lower().translate(_ASCII_CONTROLS)
    text = unicodedata.normalize("NFKC", text).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    kept = [
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
    ]
    return unicodedata.normalize("NFC", "".join(kept))
