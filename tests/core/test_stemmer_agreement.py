"""The compiled stemmer (PyStemmer, loaded for speed) gives the same stems as the Snowball
algorithms the index was built with: a word stemmed differently at search time would no
longer find its own articles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from snowballstemmer.french_stemmer import FrenchStemmer
from snowballstemmer.porter_stemmer import PorterStemmer

from healthref.core.search.normalise import stem

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "articles.db"


def test_the_compiled_stemmer_is_the_one_in_use() -> None:
    import snowballstemmer

    assert snowballstemmer.stemmer.__module__ == "Stemmer"  # not the pure-Python fallback


@pytest.mark.parametrize(
    ("table", "algorithm", "reference"),
    [("vocabulary", "porter", PorterStemmer), ("vocabulary_fr", "french", FrenchStemmer)],
)
def test_every_indexed_word_stems_as_the_snowball_reference(
    table: str, algorithm: str, reference: type
) -> None:
    connection = sqlite3.connect(f"file:{BUNDLED}?mode=ro", uri=True)
    try:
        terms = [str(row[0]) for row in connection.execute(f"SELECT term FROM {table}")]
    finally:
        connection.close()
    assert len(terms) > 1000
    pure = reference()
    differ = [
        term
        for term in terms
        if term.isalpha() and len(term) > 3 and stem(term, algorithm) != pure.stemWord(term)
    ]
    assert differ == []
