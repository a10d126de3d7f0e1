"""Reading grade and unexplained words: the content report's measures of plain language."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from healthref.core.content.article import Article
from healthref.core.content.readability import readability, sentences_of
from healthref.core.content.sources import iter_articles, load_corpus
from tests.conftest import CONTENT


def _an_article() -> Article:
    return next(iter_articles(load_corpus(CONTENT)))


def test_long_sentences_and_long_words_raise_the_grade() -> None:
    article = _an_article()
    plain = replace(
        article,
        quick_answer="Drink water. Rest well.",
        key_facts=("Wash hands.", "Eat food.", "Sleep at night."),
        body_markdown="## A\n\nWe eat. We rest.\n\n## Key takeaway\n\nRest.\n",
    )
    hard = replace(
        plain,
        body_markdown=(
            "## A\n\nPharmacological interventions notwithstanding, comprehensive "
            "multidisciplinary rehabilitation considerably ameliorates functional "
            "independence among individuals experiencing cerebrovascular accidents.\n"
        ),
    )
    assert readability(hard).grade > readability(plain).grade + 3


def test_list_items_and_tier_lines_count_as_sentences() -> None:
    article = _an_article()
    sentences = sentences_of(article)
    for line in article.help.emergency:
        assert f"{line}." in sentences


def test_an_unexplained_rare_word_is_flagged_and_an_explained_one_is_not() -> None:
    article = _an_article()
    flagged = replace(article, body_markdown="## A\n\nTake the pharmacokinetic dose.\n")
    explained = replace(
        article, body_markdown="## A\n\nThe pharmacokinetic (how the body handles it) dose.\n"
    )
    assert "pharmacokinetic" in readability(flagged).jargon
    assert "pharmacokinetic" not in readability(explained).jargon


def test_the_report_lists_tiers_grades_and_review_status(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[2] / "scripts" / "content_report.py"
    result = subprocess.run(
        [sys.executable, str(script), str(CONTENT), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    data = json.loads(result.stdout)
    assert data["articles"] >= 124
    assert data["vague_time_words_in_tiers"] == 0
    assert len(data["unreviewed"]) == data["articles"]  # nobody has signed one off yet
    row = data["per_article"][0]
    assert set(row["tiers"]) == {"emergency", "today", "days", "home"}
    assert isinstance(row["grade"], float)
