"""ContentStore: the questions, categories and article views of the content DB, as dataclasses."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from healthref.core.content.article import Article
from healthref.core.content.database import open_content
from healthref.core.content.packing import unpack


@dataclass(frozen=True)
class QuestionItem:
    """A row of the question list."""

    slug: str
    question: str
    category: str


@dataclass(frozen=True)
class RelatedLink:
    """A related question that links to another article."""

    slug: str
    question: str


@dataclass(frozen=True)
class ArticleView:
    """Everything the answer pane, `show` and the handout need about one article."""

    article: Article
    related: tuple[RelatedLink, ...]
    content_version: str = ""


class ContentStore:
    """Read access to the bundled articles; one SQLite connection, opened read-only."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path
        # slug → notice, for articles a content pack withdrew (they are no longer in the DB).
        self.withdrawn: dict[str, str] = {}
        self._dictionary: bytes | None = None

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

    def questions(self) -> list[QuestionItem]:
        """All questions, grouped by category in the categories' order."""
        rows = self._connection.execute(
            "SELECT a.slug, a.question, c.name FROM articles a "
            "JOIN categories c ON c.id = a.category_id ORDER BY c.position, a.question"
        )
        return [QuestionItem(slug, question, category) for slug, question, category in rows]

    def article(self, slug: str) -> ArticleView | None:
        """The article with this slug, its related links resolved; None if there is none."""
        row = self._connection.execute(
            "SELECT record FROM articles WHERE slug = ?", (slug,)
        ).fetchone()
        if row is None:
            return None
        article = Article.from_json(unpack(row[0], self.dictionary))
        return ArticleView(
            article, self._related(list(article.related)), self.meta().get("content_version", "")
        )

    def _related(self, slugs: list[str]) -> tuple[RelatedLink, ...]:
        if not slugs:
            return ()
        marks = ",".join("?" * len(slugs))
        found = dict(
            self._connection.execute(
                f"SELECT slug, question FROM articles WHERE slug IN ({marks})", slugs
            ).fetchall()
        )
        return tuple(RelatedLink(slug, found[slug]) for slug in slugs if slug in found)


def record_dictionary(connection: sqlite3.Connection) -> bytes:
    """The content DB's record dictionary (empty when it has none)."""
    row = connection.execute("SELECT dictionary FROM record_dictionary").fetchone()
    return bytes(row[0]) if row else b""
