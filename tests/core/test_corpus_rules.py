"""Every article rule fires with a message naming the file and the field."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from healthref.core.build.builder import BuildError, build_content_db
from healthref.core.content.sources import iter_articles, load_corpus
from tests.conftest import FILLER, article_text

LONG_QUICK = " ".join(["word"] * 61) + "."


def _problems(content: Path) -> list[str]:
    return [str(p) for p in load_corpus(content).problems]


def test_valid_fixture_has_no_problems(make_content: Callable[..., Path]) -> None:
    assert _problems(make_content()) == []


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"quick_answer": ""}, "quick_answer", "missing"),
        ({"quick_answer": LONG_QUICK}, "quick_answer", "61 words"),
        ({"quick_answer": "One. Two. Three. Four."}, "quick_answer", "3 sentences"),
        ({"category": "Astrology"}, "category", "unknown category"),
        ({"related": ("alpha-missing", "beta")}, "related", "no article with slug"),
        ({"related": ("beta",)}, "related", "needs at least 2"),
        ({"question": "Tell me about tests"}, "question", "ending with '?'"),
        ({"question": "How is beta treated?"}, "question", "duplicates"),
        ({"body": "## Only\n\nshort body\n"}, "body", "words; needs 400"),
        (
            {
                "body": "## A\n\n" + FILLER * 80 + "\n## When to get medical help\n\nx\n"
                "## Key takeaway\n\nx\n"
            },
            "body",
            "needs 400 to 1000",
        ),
    ],
)
def test_rule_fires(
    make_content: Callable[..., Path], overrides: dict[str, object], field: str, words: str
) -> None:
    content = make_content(**overrides)
    problems = _problems(content)
    alpha = [p for p in problems if "alpha.md" in p]
    assert any(f": {field}: " in p and words in p for p in alpha), problems


def _replace_in_alpha(content: Path, old: str, new: str) -> None:
    path = content / "articles" / "alpha.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        (
            'key_facts = ["Fact one.", "Fact two.", "Fact three."]',
            'key_facts = ["Only one."]',
            "key_facts",
            "needs 3 to 7",
        ),
        (
            'key_facts = ["Fact one.", "Fact two.", "Fact three."]',
            "key_facts = [" + ", ".join(['"F."'] * 8) + "]",
            "key_facts",
            "needs 3 to 7",
        ),
        (
            'url = "https://www.who.int/example"',
            'url = "http://www.who.int/example"',
            "sources[1].url",
            "https",
        ),
        (
            'licence = "fair-use"',
            'licence = "all-rights-maybe"',
            "sources[1].licence",
            "unknown licence",
        ),
        (
            'aliases = ["test illness", "made-up disease", "sample sickness"]',
            'aliases = ["x"]',
            "aliases",
            "needs at least 3",
        ),
        ("## What it is", "## What it is\n\n<script>alert(1)</script>", "body", "raw HTML"),
        (
            "## How it is treated",
            "## When to get medical help\n\nCall for help.\n\n## How it is treated",
            "body",
            "belongs in the [help] tiers",
        ),
        # Issue: urgency tiers as data.
        (
            'emergency = ["breathing is hard or lips turn blue", "the person cannot be woken"]\n',
            "",
            "help.emergency",
            "is missing",
        ),
        (
            'today = ["a high fever lasts more than 2 days"]',
            'today = ["see a doctor soon if the fever lasts"]',
            "help.today[1]",
            "'soon'",
        ),
        (
            'days = ["the rash is still there after a week"]',
            'days = ["get checked urgently if the rash spreads"]',
            "help.days[1]",
            "'urgently'",
        ),
        (
            'emergency = ["breathing is hard',
            'emergency = ["breathing is hard and the chest pulls in under the ribs with every '
            "single breath the child takes",
            "help.emergency[1]",
            "at most 14",
        ),
        (
            "[help]\n",
            '[help]\nno_emergency_reason = "nothing here is urgent"\n',
            "help.no_emergency_reason",
            "only when there is no emergency tier",
        ),
        ("[help]\n", "[help]\nsometime = []\n", "help.sometime", "unknown tier"),
        (
            "## Key takeaway\n\n",
            "## Key takeaway\n\nSee a doctor promptly if it spreads. ",
            "Key takeaway",
            "'promptly' without a time frame",
        ),
        # Issue: clinical review.
        (
            "updated = 2026-11-01\n",
            'updated = 2026-11-01\n[review]\nrole = "Nurse"\ndate = 2026-11-20\n',
            "review.name",
            "is missing",
        ),
        (
            "updated = 2026-11-01\n",
            'updated = 2026-11-01\n[review]\nname = "A. Person"\nrole = "Nurse"\n',
            "review.date",
            "is missing",
        ),
        (
            'url = "https://medlineplus.gov/example.html"\nlicence = "public-domain"',
            'url = "https://medlineplus.gov/druginfo/meds/a681004.html"\nlicence = "public-domain"',
            "sources[2].licence",
            "fair-use",
        ),
        ("## Key takeaway", "## Summary", "body", "Key takeaway"),
        ("## How it spreads", "How it spreads", "body", "content sections"),
        ("updated = 2026-11-01", 'updated = "last tuesday"', "updated", "date"),
        ("+++\nquestion", "question", "front matter", "+++"),
        ('question = "What', "question = What", "front matter", "not valid TOML"),
    ],
)
def test_rule_fires_on_edited_file(
    make_content: Callable[..., Path], old: str, new: str, field: str, words: str
) -> None:
    content = make_content()
    _replace_in_alpha(content, old, new)
    problems = _problems(content)
    assert any("alpha.md" in p and f": {field}: " in p and words in p for p in problems), problems


def test_fewer_than_two_sources(make_content: Callable[..., Path]) -> None:
    content = make_content()
    path = content / "articles" / "alpha.md"
    text = path.read_text(encoding="utf-8")
    first, second = text.split("[[sources]]", 1)[0], text.split("[[sources]]")[1]
    path.write_text(
        first + "[[sources]]" + second + "+++\n" + text.split("+++\n", 2)[2], encoding="utf-8"
    )
    assert any("alpha.md: sources: has 1" in p for p in _problems(content))


def test_duplicate_slug_in_subfolder(make_content: Callable[..., Path]) -> None:
    content = make_content()
    nested = content / "articles" / "more"
    nested.mkdir()
    (nested / "beta.md").write_text(article_text("Is this a second beta?"), encoding="utf-8")
    assert any(": slug: duplicates" in p for p in _problems(content))


def test_build_refuses_invalid_sources_and_keeps_old_db(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    out = tmp_path / "articles.db"
    build_content_db(content, out)
    before = out.read_bytes()
    _replace_in_alpha(content, 'licence = "fair-use"', 'licence = "bogus"')
    with pytest.raises(BuildError) as caught:
        build_content_db(content, out)
    assert any("alpha.md" in str(p) for p in caught.value.problems)
    assert out.read_bytes() == before


def test_bundled_corpus_is_valid() -> None:
    from tests.conftest import CONTENT

    corpus = load_corpus(CONTENT)
    assert corpus.problems == []
    assert len(corpus.article_paths) >= 124
    categories = {a.category for a in iter_articles(corpus)}
    assert categories == set(corpus.categories)


def test_fewer_than_eight_situations_is_refused(make_content: Callable[..., Path]) -> None:
    content = make_content()
    path = content / "articles" / "alpha.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(
            r"^situations = .*$", 'situations = ["she fell and hurt her arm"]', text, flags=re.M
        ),
        encoding="utf-8",
    )
    assert any("alpha.md: situations: has 1; needs at least 8" in p for p in _problems(content))
