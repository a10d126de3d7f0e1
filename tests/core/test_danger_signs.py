"""A description that matches one of the best answer's own "Get help now if…" signs raises the
emergency strip and is a confident answer, though no emergency phrase was typed; a question
that merely shares a word or two with a sign does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthref.core.content.database import open_content
from healthref.core.search.danger_signs import DangerSigns
from healthref.core.search.engine import SearchEngine
from healthref.core.search.languages import FRENCH

PNEUMONIA = "how-can-i-tell-if-a-child-has-pneumonia"


@pytest.fixture(scope="module")
def engine(bundled_db: Path) -> SearchEngine:
    return SearchEngine(open_content(bundled_db, verify_checksum=False))


@pytest.mark.parametrize(
    ("query", "answer"),
    [
        ("child breathing very fast and chest sucking in", PNEUMONIA),
        (
            "toddler will not drink anything and vomits everything he takes",
            "what-danger-signs-mean-a-sick-child-needs-urgent-care",
        ),
    ],
)
def test_a_described_danger_sign_raises_the_strip_with_its_article_as_the_answer(
    engine: SearchEngine, query: str, answer: str
) -> None:
    assert engine.lexicon.emergency_article(engine._parse(query).searched) is None  # no phrase
    result = engine.search(query)
    assert result.emergency
    assert result.hits[0].slug == answer and not result.hits[0].weak


@pytest.mark.parametrize(
    "query",
    [
        "how often should a baby feed",
        "what causes dark urine",
        "is it normal for a baby to sleep a lot",
    ],
)
def test_a_question_sharing_a_word_or_two_with_a_sign_is_not_an_emergency(
    engine: SearchEngine, query: str
) -> None:
    assert not engine.search(query).emergency


def test_the_french_signs_are_read_in_french(bundled_db: Path) -> None:
    french = SearchEngine(open_content(bundled_db, verify_checksum=False), FRENCH)
    result = french.search("mon enfant respire très vite et sa poitrine se creuse")
    assert result.emergency
    assert result.hits[0].slug == "how-can-i-tell-if-a-child-has-pneumonia"


SIGN = "the baby is not feeding, feels cold, and has some type of rash"


def test_three_words_of_one_sign_are_needed(engine: SearchEngine) -> None:
    signs = DangerSigns(engine.lexicon, lambda _rowid: (SIGN,))
    assert signs.described(engine._parse("baby cold not feeding"), 1)  # exactly three
    assert not signs.described(engine._parse("baby feeding times"), 1)  # two of three


def test_low_content_words_do_not_count_towards_the_three(engine: SearchEngine) -> None:
    signs = DangerSigns(engine.lexicon, lambda _rowid: (SIGN,))
    assert not signs.described(engine._parse("which type of baby feeding"), 1)


def test_the_sign_must_hold_enough_of_the_query(engine: SearchEngine) -> None:
    signs = DangerSigns(engine.lexicon, lambda _rowid: (SIGN,))
    buried = "baby cold feeding tuberculosis malaria cholera typhoid dengue measles rabies"
    assert not signs.described(engine._parse(buried), 1)
