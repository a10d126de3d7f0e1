"""Write src/healthref/core/common_words.txt.gz (and common_words.fr.txt.gz): the words of
pyspellchecker's English (French) list that search treats as real (used at least
REAL_WORD_MIN_COUNT times), the complete ones first; the French words folded as queries are.
Search reads these small files instead of parsing a whole 140,000–160,000-word list on its
first query.
Run again after upgrading pyspellchecker (tests/core/test_common_words.py says when).

Usage: python scripts/common_words.py
"""

from __future__ import annotations

from healthref.core import wordlist


def main() -> int:
    for language, path in wordlist.COMMON_WORDS_FILES.items():
        path.write_bytes(wordlist.pack_common_words(wordlist.common_words_source(language)))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
