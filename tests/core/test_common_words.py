"""Search's small list of common words says exactly what the full word list says."""

from __future__ import annotations

from healthref.core import wordlist


def test_the_common_words_file_matches_the_installed_word_list() -> None:
    counts = wordlist.full_counts("en")
    assert counts, "pyspellchecker's English list is missing"
    # Stale after a pyspellchecker upgrade: run scripts/common_words.py.
    assert wordlist.COMMON_WORDS_FILE.read_bytes() == wordlist.pack_common_words(counts)


def test_the_french_file_matches_the_installed_french_list() -> None:
    assert wordlist.full_counts("fr"), "pyspellchecker's French list is missing"
    packed = wordlist.pack_common_words(wordlist.common_words_source("fr"))
    assert wordlist.COMMON_WORDS_FILES["fr"].read_bytes() == packed


def test_a_french_word_is_real_with_or_without_its_accents() -> None:
    # Queries are folded: "étoiles" reaches search as "etoiles", and was "corrected" to "ecoles".
    assert wordlist.is_real_word("etoiles", "fr")
    assert wordlist.is_real_word("enceinte", "fr") and wordlist.is_real_word("tete", "fr")
    assert not wordlist.is_real_word("symtomes", "fr")


def test_real_and_complete_words_follow_the_thresholds() -> None:
    assert wordlist.is_real_word("tennis") and wordlist.is_complete_word("tennis")
    assert wordlist.is_real_word("plantar") and not wordlist.is_complete_word("plantar")
    assert not wordlist.is_real_word("brocken")  # a misspelling the list knows only rarely
    assert wordlist.is_real_word("psychos") and not wordlist.is_complete_word("psychos")
    assert not wordlist.is_real_word("xqzv")


def test_search_reads_the_small_file_not_the_whole_list() -> None:
    wordlist.full_counts.cache_clear()
    wordlist._common.cache_clear()
    wordlist.is_complete_word("poisoning")
    assert wordlist.full_counts.cache_info().currsize == 0  # the 160,000 counts stay unread
