"""Folding: the quick path for ASCII text gives exactly what the full Unicode folding does."""

from __future__ import annotations

import unicodedata

from healthref.core.folding import _INVISIBLE_CATEGORIES, fold


def full_fold(text: str) -> str:
    """The full folding, for every text: NFKC, casefold, no accents, no invisible characters."""
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = [
        ch
        for ch in unicodedata.normalize("NFD", text)
        if not unicodedata.combining(ch) and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
    ]
    return unicodedata.normalize("NFC", "".join(kept))


def test_every_ascii_character_folds_as_the_full_folding_does() -> None:
    for code in range(128):
        character = chr(code)
        assert fold(character) == full_fold(character), hex(code)
    every = "".join(map(chr, range(128)))
    assert fold(every) == full_fold(every)
    assert fold("Blood\x00 Poisoning\t(SEPSIS)?\x7f") == "blood poisoning(sepsis)?"


def test_text_beyond_ascii_is_folded_in_full() -> None:
    assert fold("Fièvre ＡＢＣ Straße\u200b") == "fievre abc strasse"
    assert fold("İstanbul") == full_fold("İstanbul")
