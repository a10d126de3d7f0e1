"""Fixtures: small content folders, packs signed with the development key, a home to install in."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from healthref import paths
from healthref.core.packs.build import PackOptions, build_pack
from healthref.core.packs.keys import load_secret_key
from healthref.core.packs.signers import Signer, trusted_signers
from tests.conftest import BUNDLED_DB, CONTENT, REPO, article_text

DEV_SECRET = REPO / "resources" / "packs" / "DEVELOPMENT-ONLY.secret-key"


def write_content(root: Path, articles: dict[str, str], withdrawn: str = "") -> Path:
    """A content/ folder holding `articles` (slug → question) in one category."""
    (root / "articles").mkdir(parents=True)
    shutil.copy(CONTENT / "topics.tsv", root / "topics.tsv")
    (root / "synonyms.toml").write_text(
        '[[group]]\nterms = ["test illness", "pretend fever"]\n', encoding="utf-8"
    )
    slugs = tuple(articles)
    for slug, question in articles.items():
        related = tuple(s for s in slugs if s != slug)[:2]
        (root / "articles" / f"{slug}.md").write_text(
            article_text(question, related=related), encoding="utf-8"
        )
    if withdrawn:
        (root / "withdrawn.toml").write_text(withdrawn, encoding="utf-8")
    return root


@dataclass(frozen=True)
class Packs:
    v1: Path
    v2: Path
    addon: Path


@pytest.fixture(scope="session")
def packs(tmp_path_factory: pytest.TempPathFactory) -> Packs:
    """v1 (alpha, beta, gamma); v2 (alpha changed, gamma withdrawn, delta new); an add-on."""
    base = tmp_path_factory.mktemp("packs")
    key = load_secret_key(DEV_SECRET)
    v1_content = write_content(
        base / "v1",
        {
            "alpha": "What is alpha fever?",
            "beta": "How is beta rash treated?",
            "gamma": "Why does gamma cough happen?",
        },
    )
    v1 = base / "v1.pack"
    build_pack(v1_content, key, v1, PackOptions(released="2027-01-01T00:00:00Z"))
    v2_content = write_content(
        base / "v2",
        {
            "alpha": "What is alpha fever, and when is it serious?",
            "beta": "How is beta rash treated?",
            "delta": "What is delta sickness?",
        },
        withdrawn='[withdrawn]\ngamma = "Withdrawn: its advice on cough medicine was wrong."\n',
    )
    v2 = base / "v2.pack"
    build_pack(v2_content, key, v2, PackOptions(released="2027-02-01T00:00:00Z"), previous=v1)
    addon_content = write_content(
        base / "addon",
        {
            "riverside-clinic-hours": "When is the Riverside clinic open?",
            "riverside-services": "Which services does the Riverside clinic offer?",
            "riverside-transport": "How do I get to the Riverside clinic by bus?",
        },
    )
    addon = base / "addon.pack"
    build_pack(
        addon_content,
        key,
        addon,
        PackOptions(
            "addon",
            "riverside",
            "Riverside clinic",
            "2027-01-05T00:00:00Z",
            emergency_number="112",
        ),
    )
    return Packs(v1, v2, addon)


@pytest.fixture
def signers() -> list[Signer]:
    return trusted_signers(REPO / "resources")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.delenv(paths.CONTENT_DB_ENV, raising=False)
    folder = tmp_path / "home"
    folder.mkdir()
    yield folder


def app_paths(home: Path) -> paths.AppPaths:
    """What the app would open now, as it decides at start-up."""
    return paths.resolve(None, home)


__all__ = ["BUNDLED_DB", "DEV_SECRET", "Packs", "app_paths", "write_content"]
