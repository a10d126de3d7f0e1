"""Translations: content/articles/<language>/<slug>.md, tied to their English original by slug
and by the original's content version, so a translation whose original changed is found."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from healthref.core.content.problems import Problem

if TYPE_CHECKING:
    from healthref.core.content.article import Article
    from healthref.core.content.sources import ArticleFile, Corpus

# The content languages besides English; each has its folder under content/articles/.
TRANSLATED_LANGUAGES = ("fr",)
PENDING = "pending"  # what a translator writes; `healthref content stamp-translations` fills it
VERSION_LENGTH = 12
_VERSION = re.compile(r"^original_version[ \t]*=[ \t]*\"[^\"\n]*\"[ \t]*$", re.M)


def content_version(original: Article) -> str:
    """The content version of an English article: a short hash of its canonical record, the
    review left out (a clinician signing it off changes nothing a translator must redo)."""
    record = replace(original, review=None).to_json()
    return hashlib.sha256(record.encode()).hexdigest()[:VERSION_LENGTH]


def is_translation_path(article_dir: Path, path: Path) -> bool:
    """Whether an article file sits in a language folder (articles/fr/…)."""
    relative = path.relative_to(article_dir).parts
    return len(relative) == 2 and relative[0] in TRANSLATED_LANGUAGES


def load_translations(corpus: Corpus, article_dir: Path) -> None:
    """Read and check every translation against its original; paths kept per language."""
    from healthref.core.content.sources import read_article, read_emergencies, read_synonyms
    from healthref.core.content.translation_rules import check_translation

    originals = {path.stem: path for path in corpus.article_paths}
    for language in TRANSLATED_LANGUAGES:
        root = corpus.root
        corpus.translated_synonyms[language] = read_synonyms(
            root / f"synonyms.{language}.toml", corpus.problems
        )
        emergencies = read_emergencies(root / f"emergencies.{language}.toml", corpus.problems)
        corpus.translated_emergencies[language] = emergencies
        folder = article_dir / language
        paths: list[Path] = []
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            original_path = originals.get(path.stem)
            if original_path is None:
                corpus.problems.append(
                    Problem(path, "slug", f"no English original articles/{path.name}")
                )
                continue
            loaded = read_article(path, corpus.problems)
            original = read_article(original_path, [])
            if loaded is None or original is None:
                continue
            corpus.problems.extend(check_translation(loaded, original.article, language))
            paths.append(path)
        corpus.translations[language] = paths
        translated = {path.stem for path in paths}
        for number, emergency in enumerate(emergencies, start=1):
            if emergency.article not in translated:
                corpus.problems.append(
                    Problem(
                        root / f"emergencies.{language}.toml",
                        f"emergency[{number}].article",
                        f"no {language} translation of {emergency.article!r}",
                    )
                )


def read_translation(path: Path) -> ArticleFile | None:
    """One translation file, read without checking (the corpus was checked already)."""
    from healthref.core.content.sources import read_article

    return read_article(path, [])


def stamp(path: Path, version: str) -> bool:
    """Write `original_version = "<version>"` into a translation's front matter; False when
    it already says so. Only that line changes."""
    text = path.read_text(encoding="utf-8")
    line = f'original_version = "{version}"'
    if _VERSION.search(text):
        updated = _VERSION.sub(line, text, count=1)
    else:
        updated = text.replace("+++\n", f"+++\n{line}\n", 1)
    if updated == text:
        return False
    temp = path.with_suffix(".md.tmp")
    temp.write_text(updated, encoding="utf-8")
    temp.replace(path)
    return True


def stamp_translations(content_dir: Path, slugs: list[str] | None = None) -> list[Path]:
    """Stamp translations with their original's current content version: the "pending" ones,
    or exactly the slugs given (a translation brought up to date with its changed original).
    Returns the files changed. A slug with no translation is a KnownFailure."""
    from healthref.core.content.sources import read_article
    from healthref.core.failures import KnownFailure

    article_dir = content_dir / "articles"
    changed: list[Path] = []
    wanted = set(slugs or ())
    found: set[str] = set()
    for language in TRANSLATED_LANGUAGES:
        folder = article_dir / language
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            original = read_article(article_dir / path.name, [])
            loaded = read_article(path, [])
            if original is None or loaded is None:
                continue
            if wanted and path.stem not in wanted:
                continue
            if not wanted and loaded.original_version not in ("", PENDING):
                continue
            found.add(path.stem)
            if stamp(path, content_version(original.article)):
                changed.append(path)
    missing = sorted(wanted - found)
    if missing:
        raise KnownFailure(f"no translation with slug {missing[0]!r} in {article_dir}")
    return changed


def stale_translations(originals: dict[str, str], translations: dict[str, str]) -> list[str]:
    """Slugs whose translation was made from another version of the original than today's:
    `originals` maps slug → current content version, `translations` slug → version stamped."""
    return sorted(
        slug
        for slug, version in translations.items()
        if slug in originals and originals[slug] != version
    )
