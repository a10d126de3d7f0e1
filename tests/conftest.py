"""Shared fixtures. Qt must run offscreen on these screenless machines (set before Qt loads)."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
BUNDLED_DB = REPO / "data" / "articles.db"
CONTENT = REPO / "content"
SHARED = REPO.parent / "shared"

FILLER = (
    "Clean water and soap stop many germs from spreading between people at home. "
    "A health worker can explain what each sign means and which care is right. "
)


SITUATIONS = [
    "my neighbour's child has a strange made-up rash",
    "the pretend fever came back after the holiday",
    "he keeps scratching the sample spots on his arm",
    "she feels tired and the test patches spread",
    "our baby cries when the pretend spots are touched",
    "grandad has the made-up cough again at night",
    "the farm worker got the pretend illness after rain",
    "a student on the bus had the same sample sickness",
]
HELP_TABLE = """[help]
emergency = ["breathing is hard or lips turn blue", "the person cannot be woken"]
today = ["a high fever lasts more than 2 days"]
days = ["the rash is still there after a week"]
home = ["drink plenty of fluids and rest"]
"""


def article_text(
    question: str = "What is a test condition?",
    category: str = "Infectious diseases",
    related: tuple[str, ...] = ("beta", "gamma"),
    extra_front: str = "",
    help_table: str = HELP_TABLE,
    body: str | None = None,
    quick_answer: str = "A test condition is a made-up illness used to check the builder.",
) -> str:
    """A valid article (about 450 body words) that tests can break one rule at a time."""
    if body is None:
        paragraph = FILLER * 6
        body = (
            f"## What it is\n\n{paragraph}\n\n## How it spreads\n\n{paragraph}\n\n"
            f"## How it is treated\n\n{paragraph}\n\n## Key takeaway\n\n{FILLER}\n"
        )
    related_list = ", ".join(f'"{slug}"' for slug in related)
    return (
        textwrap.dedent(
            f'''\
        +++
        question = "{question}"
        category = "{category}"
        quick_answer = "{quick_answer}"
        key_facts = ["Fact one.", "Fact two.", "Fact three."]
        aliases = ["test illness", "made-up disease", "sample sickness"]
        related = [{related_list}]
        situations = {SITUATIONS}
        updated = 2026-11-01
        {extra_front}
        @@HELP@@
        [[sources]]
        title = "Test page"
        publisher = "World Health Organization"
        url = "https://www.who.int/example"
        licence = "fair-use"

        [[sources]]
        title = "Another page"
        publisher = "MedlinePlus"
        url = "https://medlineplus.gov/example.html"
        licence = "public-domain"
        +++
        '''
        )
        + "\n"
        + body
    ).replace("@@HELP@@", help_table)


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[..., Path]:
    """A small valid content/ folder with articles alpha, beta and gamma."""

    def make(**alpha_overrides: object) -> Path:
        root = tmp_path / "content"
        articles = root / "articles"
        articles.mkdir(parents=True)
        shutil.copy(CONTENT / "topics.tsv", root / "topics.tsv")
        (root / "synonyms.toml").write_text(
            '[[group]]\nterms = ["test illness", "pretend fever"]\n', encoding="utf-8"
        )
        (articles / "alpha.md").write_text(article_text(**alpha_overrides), encoding="utf-8")  # type: ignore[arg-type]
        (articles / "beta.md").write_text(
            article_text("How is beta treated?", related=("alpha", "gamma")), encoding="utf-8"
        )
        (articles / "gamma.md").write_text(
            article_text("Why does gamma happen?", "Medicines", related=("alpha", "beta")),
            encoding="utf-8",
        )
        return root

    return make


@pytest.fixture(scope="session")
def bundled_db() -> Path:
    assert BUNDLED_DB.exists(), "data/articles.db is missing: run `healthref build`"
    return BUNDLED_DB
