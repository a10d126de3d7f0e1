"""Write src/healthref/core/common_words.txt.gz: the words of pyspellchecker's English list that
search treats as real (used at least REAL_WORD_MIN_COUNT times), the complete ones first. Search
reads this small file instead of parsing the whole 160,000-word list on its first query.
Run again after upgrading pyspellchecker (tests/core/test_common_words.py says when).

Usage: python scripts/common_words.py
"""

from __future__ import annotations

from healthref.core import wordlist


def main() -> int:
    wordlist.COMMON_WORDS_FILE.write_bytes(wordlist.pack_common_words(wordlist.full_counts("en")))
    print(f"wrote {wordlist.COMMON_WORDS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
