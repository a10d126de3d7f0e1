"""ContentStore: the questions, categories and article views of the content DB, as dataclasses."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from healthref.core.content.database import open_content
from healthref.core.content.packing import dictionary_id, unpack

if TYPE_CHECKING:
    # Loaded when the first article opens: the question list does not need them.
    from healthref.core.content.article import ArticleView, RelatedLink


class QuestionItem(NamedTuple):
    """A row of the question list."""

    slug: str
    question: str
    category: str


class ContentStore:
    """Read access to the bundled articles; one SQLite connection, opened read-only."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path
        # slug → notice, for articles a content pack withdrew (they are no longer in the DB).
        self.withdrawn: Mapping[str, str] = {}
        self._dictionary: bytes | None = None
        self._dictionaries: dict[str, bytes] = {}

    @classmethod
    def open(cls, path: Path, *, verify_checksum: bool = True) -> ContentStore:
        return cls(open_content(path, verify_checksum=verify_checksum), path)

    @property
    def connection(self) -> sqlite3.Connection:
        return self._connection

    def close(self) -> None:
        self._connection.close()

    def meta(self) -> dict[str, str]:
        return dict(self._connection.execute("SELECT key, value FROM meta").fetchall())

    @property
    def dictionary(self) -> bytes:
        """The preset dictionary the article records are compressed with."""
        if self._dictionary is None:
            self._dictionary = record_dictionary(self._connection)
        return self._dictionary

    def categories(self) -> list[str]:
        return [
            row[0]
            for row in self._connection.execute("SELECT name FROM categories ORDER BY position")
        ]

    def questions(self, language: str = "en") -> list[QuestionItem]:
        """All questions, grouped by category in the categories' order; in another language,
        each article's translation where there is one, else its English question."""
        rows = self._connection.execute(
            "SELECT a.slug, a.question, c.name FROM articles a "
            "JOIN categories c ON c.id = a.category_id ORDER BY c.position, a.question"
        )
        items = [QuestionItem(slug, question, category) for slug, question, category in rows]
        if language == "en":
            return items
        translated = self._translated_questions(language, [i.slug for i in items])
        return sorted(
            (QuestionItem(i.slug, translated.get(i.slug, i.question), i.category) for i in items),
            key=lambda i: (self._category_position(i.category), i.question.casefold()),
        )

    def _category_position(self, name: str) -> int:
        row = self._connection.execute(
            "SELECT position FROM categories WHERE name = ?", (name,)
        ).fetchone()
        return int(row[0]) if row else 0

    def languages(self, slug: str) -> list[str]:
        """The languages an article can be read in: English first, then its translations."""
        if not self._has_translations():
            return ["en"]
        rows = self._connection.execute(
            "SELECT language FROM translations WHERE slug = ? ORDER BY language", (slug,)
        )
        return ["en", *(language for (language,) in rows)]

    def _has_translations(self) -> bool:
        row = self._connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'translations'"
        ).fetchone()
        return row is not None

    def article(self, slug: str, language: str = "en") -> ArticleView | None:
        """The article with this slug in this language, its related links resolved; None if
        there is none (in that language)."""
        if language == "en":
            row = self._connection.execute(
                "SELECT record FROM articles WHERE slug = ?", (slug,)
            ).fetchone()
        elif self._has_translations():
            row = self._connection.execute(
                "SELECT record FROM translations WHERE slug = ? AND language = ?",
                (slug, language),
            ).fetchone()
        else:
            row = None
        if row is None:
            return None
        from healthref.core.content.article import Article, ArticleView

        article = Article.from_json(unpack(row[0], self._dictionary_of(language)))
        return ArticleView(
            article,
            self._related(list(article.related), language),
            self.meta().get("content_version", ""),
        )

    def _dictionary_of(self, language: str) -> bytes:
        if language == "en":
            return self.dictionary
        if language not in self._dictionaries:
            self._dictionaries[language] = record_dictionary(self._connection, language)
        return self._dictionaries[language]

    def _translated_questions(self, language: str, slugs: list[str]) -> dict[str, str]:
        if not slugs or not self._has_translations():
            return {}
        marks = ",".join("?" * len(slugs))
        return dict(
            self._connection.execute(
                f"SELECT slug, question FROM translations WHERE language = ? AND slug IN ({marks})",
                [language, *slugs],
            ).fetchall()
        )

    def _related(self, slugs: list[str], language: str = "en") -> tuple[RelatedLink, ...]:
        if not slugs:
            return ()
        marks = ",".join("?" * len(slugs))
        found = dict(
            self._connection.execute(
                f"SELECT slug, question FROM articles WHERE slug IN ({marks})", slugs
            ).fetchall()
        )
        if language != "en":
            found.update(self._translated_questions(language, slugs))
        from healthref.core.content.article import RelatedLink

        return tuple(RelatedLink(slug, found[slug]) for slug in slugs if slug in found)


def record_dictionary(connection: sqlite3.Connection, language: str = "en") -> bytes:
    """The content DB's record dictionary (empty when it has none)."""
    row = connection.execute(
        "SELECT dictionary FROM record_dictionary WHERE id = ?", (dictionary_id(language),)
    ).fetchone()
    return bytes(row[0]) if row else b""
