"""Turn any text into comparable word tokens (NFKC, casefold, accents and controls removed)."""

from __future__ import annotations

import functools
import re
from typing import Any

from healthref.core.folding import fold

# Letters and digits runs, as SQLite's unicode61 tokenizer splits them.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
MAX_QUERY_CHARS = 300  # after normalising: one character can expand to eighteen
MAX_RAW_CHARS = 2000  # what is read of a paste before normalising it
MAX_QUERY_WORDS = 32


def tokens(text: str) -> list[str]:
    """The folded word tokens of a text, in order."""
    return _TOKEN.findall(fold(text))


def query_tokens(text: str) -> list[str]:
    """Tokens of a typed query. Long input is cut after normalising (NFKC can turn one
    character into many) and to a number of words, so one paste cannot stall search."""
    folded = fold(text[:MAX_RAW_CHARS])[:MAX_QUERY_CHARS]
    return _TOKEN.findall(folded)[:MAX_QUERY_WORDS]


@functools.cache
def _stemmer(algorithm: str) -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer(algorithm)


@functools.lru_cache(maxsize=16_384)
def stem(token: str, algorithm: str = "porter") -> str:
    """The stem of a folded token ("babies" → "babi"; with "french", "enfants" → "enfant");
    digits are left alone. Remembered: a question's words are stemmed on every keystroke."""
    if len(token) <= 3 or not token.isalpha():
        return token
    return str(_stemmer(algorithm).stemWord(token))


def stems(text: str, algorithm: str = "porter") -> list[str]:
    """Stems of every token of a text."""
    return [stem(token, algorithm) for token in tokens(text)]
