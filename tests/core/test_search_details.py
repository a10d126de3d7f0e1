"""Snippets and highlights for the first screenful at once, the rest on request — the same
as when every hit gets them at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthref.core.content.database import open_content
from healthref.core.search.engine import SCREENFUL, SearchEngine

QUERIES = ["fever", "what causes sepsis", "she went stiff and her eyes rolled", "child not brea"]


@pytest.fixture
def engine(bundled_db: Path) -> SearchEngine:
    return SearchEngine(open_content(bundled_db, verify_checksum=False))


@pytest.mark.parametrize("query", QUERIES)
def test_later_hits_get_the_same_snippets_when_asked(engine: SearchEngine, query: str) -> None:
    everything = engine.search(query, 50)
    first = engine.search(query, 50, detail=SCREENFUL)
    assert [h.slug for h in first.hits] == [h.slug for h in everything.hits]
    assert first.hits[:SCREENFUL] == everything.hits[:SCREENFUL]
    later = first.hits[SCREENFUL:]
    assert all(not h.detailed and not h.snippet for h in later)
    filled = engine.detailed(first, {h.slug for h in later})
    assert filled == everything


def test_a_long_list_is_cut_after_the_screenful(engine: SearchEngine) -> None:
    result = engine.search("pain", 50, detail=SCREENFUL)
    assert len(result.hits) > SCREENFUL
    assert all(h.snippet for h in result.hits[:SCREENFUL])
    assert not result.hits[-1].snippet


def test_the_first_aid_article_moved_up_has_its_snippet(engine: SearchEngine) -> None:
    result = engine.search("not breathing", 50, detail=1)
    assert result.emergency
    assert result.hits[0].detailed
    assert result == engine.detailed(result, set())


def test_the_language_switching_engine_fills_in_the_same_way(bundled_db: Path) -> None:
    from healthref.core.search.switching import LanguageSwitchingEngine

    connection = open_content(bundled_db, verify_checksum=False)
    switching = LanguageSwitchingEngine(connection, lambda: "en")
    first = switching.search("pain", 50, detail=SCREENFUL)
    assert not first.hits[-1].detailed
    filled = switching.detailed(first, {h.slug for h in first.hits})
    assert filled == SearchEngine(connection).search("pain", 50)
