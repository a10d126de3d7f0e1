"""Typing remembers work between keystrokes; what a person sees must never depend on it: every
keystroke answers exactly as a fresh search of the same text would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from healthref.core.content.store import ContentStore
from healthref.core.search.engine import SearchEngine
from healthref.core.search.results import SearchResult

# Descriptions (their words are in articles' situations), named conditions, backspaces, and
# a new question typed over the last …
TYPED = (
    "my friend keeps talking about killing herself",
    "my toddler pulled a pot of hot tea onto himself",
    "grandma took too many of her pills by mistake",
    "he collapsed and is not breathing",
    "what causes sepsis in newborn babies",
    "how to fix my car",
    "sunburn blisters after antimalarial pills",
    # stopwords and spaces: the words change, what is searched for does not
    "fever in a child who is on the floor and is not able to get up",
)
# … and an earlier word edited in place: (text, the word replaced, its replacement).
EDITED = (
    ("what causes sepsis in old people", "sepsis", "malaria"),
    ("my child has a fever and a stiff neck", "fever", "rash"),
    ("my baby is not breathing after choking", "baby", "grandfather"),
)


def _keystrokes() -> list[str]:
    typed: list[str] = []
    for text in TYPED:
        typed += [text[:end] for end in range(1, len(text) + 1)]
        typed += [text[:end] for end in range(len(text) - 1, len(text) - 8, -1)]  # backspace
    for text, old, new in EDITED:
        typed += [text[:end] for end in range(1, len(text) + 1)]
        before, after = text.split(old)
        typed += [before + old[:keep] + after for keep in range(len(old) - 1, -1, -1)]
        typed += [before + new[:end] + after for end in range(1, len(new) + 1)]
    return typed


def _seen(result: SearchResult) -> list[tuple[object, ...]]:
    return [
        (h.slug, h.score, h.weak, h.tier, h.snippet, h.question_spans, h.snippet_spans)
        for h in result.hits
    ]


@pytest.fixture(scope="module")
def store(bundled_db: Path) -> Iterator[ContentStore]:
    opened = ContentStore.open(bundled_db)
    yield opened
    opened.close()


def test_every_keystroke_answers_as_a_fresh_search(store: ContentStore) -> None:
    typing = SearchEngine(store.connection)
    for number, text in enumerate(_keystrokes()):
        seen = _seen(typing.search(text, 50, detail=15))
        if number % 3 == 0:  # a fresh engine costs a lexicon load: every third keystroke
            fresh = SearchEngine(store.connection)
            assert seen == _seen(fresh.search(text, 50, detail=15)), text


def test_searching_never_waits_for_the_markdown_library(bundled_db: Path) -> None:
    """Snippets come from plain text made with regular expressions: the first search after
    start-up does not load Python-Markdown (tens of milliseconds), only opening an answer may."""
    import subprocess
    import sys

    probe = (
        "import sys; from pathlib import Path\n"
        "from healthref.core.content.store import ContentStore\n"
        "from healthref.core.search.engine import SearchEngine\n"
        f"store = ContentStore.open(Path({str(bundled_db)!r}))\n"
        "hits = SearchEngine(store.connection).search('blood poisoning', 50).hits\n"
        "print(bool(hits and hits[0].snippet), 'markdown' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]
