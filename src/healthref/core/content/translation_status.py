"""How far each translation language is: translated, missing, and stale (its original changed
after it was translated) — read from a built content DB, for `doctor` and the content report."""

from __future__ import annotations

from dataclasses import dataclass

from healthref.core.content.article import Article
from healthref.core.content.packing import unpack
from healthref.core.content.store import ContentStore
from healthref.core.content.translations import content_version, stale_translations


@dataclass(frozen=True)
class TranslationStatus:
    """One language's translations against today's originals."""

    language: str
    originals: int
    translated: int
    stale: tuple[str, ...]
    missing: tuple[str, ...]


def translation_status(store: ContentStore) -> list[TranslationStatus]:
    """Every translated language's status; empty when the DB holds no translations."""
    connection = store.connection
    has_table = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'translations'"
    ).fetchone()
    if not has_table:
        return []
    versions = {
        slug: content_version(Article.from_json(unpack(record, store.dictionary)))
        for slug, record in connection.execute("SELECT slug, record FROM articles")
    }
    found: list[TranslationStatus] = []
    languages = [
        row[0]
        for row in connection.execute(
            "SELECT DISTINCT language FROM translations ORDER BY language"
        )
    ]
    for language in languages:
        stamped = dict(
            connection.execute(
                "SELECT slug, original_version FROM translations WHERE language = ?",
                (language,),
            ).fetchall()
        )
        found.append(
            TranslationStatus(
                language,
                len(versions),
                len(stamped),
                tuple(stale_translations(versions, stamped)),
                tuple(sorted(set(versions) - set(stamped))),
            )
        )
    return found
