"""Translations: the builder's checks against the English original (each shown failing on bad
input first, then passing), stamping, storage beside the English and stale detection."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from healthref.core.build.builder import BuildError, build_content_db
from healthref.core.content.sources import load_corpus
from healthref.core.content.store import ContentStore
from healthref.core.content.translation_status import translation_status
from healthref.core.content.translations import content_version, stamp_translations
from healthref.core.search.engine import SearchEngine
from healthref.core.search.languages import FRENCH

FR_FILLER = (
    "De l'eau propre et du savon arrêtent beaucoup de microbes entre les gens à la maison. "
    "Un soignant peut expliquer chaque signe et dire quels soins sont bons pour vous. "
)
FR_SITUATIONS = [
    "le bébé de ma voisine a des boutons bizarres inventés",
    "la fausse fièvre est revenue après les vacances",
    "il gratte les taches sur son bras tout le temps",
    "elle est fatiguée et les plaques grandissent",
    "notre bébé pleure quand on touche les boutons",
    "grand-père tousse encore la nuit",
    "le paysan est tombé malade après la pluie",
    "un élève dans le car avait la même maladie",
]


def french_text(**changes: str) -> str:
    """A valid French translation of the fixture's alpha article; `changes` replace parts."""
    parts = {
        "language": 'language = "fr"',
        "version": 'original_version = "pending"',
        "question": "question = \"Qu'est-ce qu'une maladie de test ?\"",
        "quick": 'quick_answer = "Une maladie de test est une maladie inventée pour le contrôle."',
        "facts": 'key_facts = ["Premier fait.", "Deuxième fait.", "Troisième fait."]',
        "emergency": 'emergency = ["la respiration est difficile ou les lèvres sont bleues", '
        '"la personne ne se réveille pas"]',
        "today": 'today = ["une forte fièvre dure plus de 2 jours"]',
        "days": 'days = ["les boutons sont encore là après une semaine"]',
        "home": 'home = ["buvez beaucoup et reposez-vous"]',
        "takeaway": "## À retenir",
        "extra": "",
    }
    parts.update(changes)
    paragraph = FR_FILLER * 6
    situations = ", ".join(f'"{s}"' for s in FR_SITUATIONS)
    return f"""+++
{parts["language"]}
{parts["version"]}
{parts["question"]}
category = "Infectious diseases"
{parts["quick"]}
{parts["facts"]}
aliases = ["maladie de test", "maladie inventée", "fausse maladie"]
related = ["beta", "gamma"]
situations = [{situations}]
updated = 2026-12-01

[help]
{parts["emergency"]}
{parts["today"]}
{parts["days"]}
{parts["home"]}

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

## Ce que c'est

{paragraph}

## Comment elle se transmet

{paragraph}

## Comment la soigner

{paragraph}{parts["extra"]}

{parts["takeaway"]}

{FR_FILLER}
"""


@pytest.fixture
def with_french(make_content: Callable[..., Path]) -> Callable[..., Path]:
    def make(**changes: str) -> Path:
        content = make_content()
        folder = content / "articles" / "fr"
        folder.mkdir()
        (folder / "alpha.md").write_text(french_text(**changes), encoding="utf-8")
        stamp_translations(content)
        return content

    return make


def _problems(content: Path) -> list[str]:
    return [str(p) for p in load_corpus(content).problems]


def test_a_valid_translation_passes(with_french: Callable[..., Path]) -> None:
    assert _problems(with_french()) == []


def test_a_translation_without_an_original_is_an_error(with_french: Callable[..., Path]) -> None:
    content = with_french()
    (content / "articles" / "fr" / "delta.md").write_text(french_text(), encoding="utf-8")
    assert any("delta.md: slug: no English original" in p for p in _problems(content))


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"language": 'language = "en"'}, 'language: must be "fr"'),
        ({"today": "today = []"}, "help.today: has 0 items; the English has 1"),
        (
            {"emergency": 'emergency = ["la personne ne se réveille pas"]'},
            "help.emergency: has 1 emergency signs; the English has 2",
        ),
        ({"today": 'today = ["une forte fièvre dure plus de 3 jours"]'}, "numbers: differ"),
        ({"home": 'home = ["drink plenty of fluids and rest"]'}, "English left untranslated"),
        ({"extra": "\n\n## En plus\n\nUn mot."}, "'##' sections; the English has 4"),
        ({"takeaway": "## Key takeaway"}, "must end with a '## À retenir' section"),
        ({"facts": 'key_facts = ["Un fait.", "Deux faits."]'}, "key_facts: has 2"),
        ({"quick": 'quick_answer = "' + "mot " * 80 + '"'}, "quick_answer: has 80 words"),
        ({"home": 'home = ["Buvez beaucoup."]'}, "starts lower-case"),
    ],
)
def test_each_translation_check(
    with_french: Callable[..., Path], changes: dict[str, str], expected: str
) -> None:
    problems = _problems(with_french(**changes))
    assert any("fr/alpha.md" in p and expected in p for p in problems), problems


def test_an_unstamped_translation_stops_the_build(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    (content / "articles" / "fr").mkdir()
    (content / "articles" / "fr" / "alpha.md").write_text(french_text(), encoding="utf-8")
    with pytest.raises(BuildError) as caught:
        build_content_db(content, tmp_path / "articles.db")
    assert any("stamp-translations" in str(p) for p in caught.value.problems)


def test_stamp_writes_the_originals_version(with_french: Callable[..., Path]) -> None:
    content = with_french()
    text = (content / "articles" / "fr" / "alpha.md").read_text(encoding="utf-8")
    corpus = load_corpus(content)
    from healthref.core.content.sources import read_article

    loaded = read_article(corpus.article_paths[0], [])
    assert loaded is not None
    assert f'original_version = "{content_version(loaded.article)}"' in text


def test_translation_is_stored_beside_the_english_and_searched_in_french(
    with_french: Callable[..., Path], tmp_path: Path
) -> None:
    out = tmp_path / "articles.db"
    result = build_content_db(with_french(), out)
    assert result.translated == {"fr": 1}
    store = ContentStore.open(out)
    english, french = store.article("alpha"), store.article("alpha", "fr")
    assert english is not None and french is not None
    assert english.article.question == "What is a test condition?"
    assert french.article.question.startswith("Qu'est-ce")
    assert store.languages("alpha") == ["en", "fr"]
    assert store.article("beta", "fr") is None  # missing translations are allowed
    hits = SearchEngine(store.connection, FRENCH).search("l'enfant maladie inventee").hits
    assert hits and hits[0].slug == "alpha"
    assert SearchEngine(store.connection).search("maladie inventee").hits == ()


def test_stale_translation_is_reported(with_french: Callable[..., Path], tmp_path: Path) -> None:
    content = with_french()
    out = tmp_path / "articles.db"
    build_content_db(content, out)
    assert translation_status(ContentStore.open(out))[0].stale == ()
    english = content / "articles" / "alpha.md"
    english.write_text(
        english.read_text(encoding="utf-8").replace("made-up illness", "invented illness"),
        encoding="utf-8",
    )
    build_content_db(content, out)
    status = translation_status(ContentStore.open(out))[0]
    assert status.stale == ("alpha",)
    assert status.missing == ("beta", "gamma")

    from healthref.cli.doctor import _report_translations

    out_text = io.StringIO()
    _report_translations(ContentStore.open(out), out_text)
    assert "1 stale" in out_text.getvalue() and "alpha" in out_text.getvalue()


def test_thousands_are_one_number_in_each_language() -> None:
    from healthref.core.content.translation_rules import numbers

    assert numbers("above 2,000 metres (6,500 feet)", "en") == numbers(
        "au-dessus de 2 000 mètres (6\u202f500 pieds)", "fr"
    )
    assert numbers("37,5 °C", "fr") == numbers("37.5 °C", "en")
    assert numbers("2,000", "en") != numbers("2,5", "fr")
