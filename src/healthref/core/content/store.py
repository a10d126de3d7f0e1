"""ContentStore: the questions, categories and article views of the content DB, as dataclasses."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from healthref.core.content.database import open_content


@dataclass(frozen=True)
class QuestionItem:
    """A row of the question list."""

    slug: str
    question: str
    category: str


@dataclass(frozen=True)
class SourceView:
    """A numbered source as shown under an answer."""

    number: int
    title: str
    publisher: str
    url: str
    licence: str


@dataclass(frozen=True)
class RelatedLink:
    """A related question that links to another article."""

    slug: str
    question: str


@dataclass(frozen=True)
class ArticleView:
    """Everything the answer pane, `show` and the printout need about one article."""

    slug: str
    question: str
    category: str
    quick_answer: str
    key_facts: tuple[str, ...]
    aliases: tuple[str, ...]
    related: tuple[RelatedLink, ...]
    body_markdown: str
    body_html: str
    updated: str
    reviewed: str | None
    reviewed_by: str | None
    sources: tuple[SourceView, ...]


class ContentStore:
    """Read access to the bundled articles; one SQLite connection, opened read-only."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path

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
        row = self._connection.execute(
            "SELECT a.id, a.slug, a.question, c.name, a.quick_answer, a.key_facts_json, "
            "a.aliases_json, a.related_json, a.body_md, a.body_html, a.updated, a.reviewed, "
            "a.reviewed_by FROM articles a JOIN categories c ON c.id = a.category_id "
            "WHERE a.slug = ?",
            (slug,),
        ).fetchone()
        if row is None:
            return None
        (
            article_id,
            slug,
            question,
            category,
            quick,
            facts,
            aliases,
            related,
            body_md,
            body_html,
            updated,
            reviewed,
            reviewed_by,
        ) = row
        sources = tuple(
            SourceView(*source)
            for source in self._connection.execute(
                "SELECT position, title, publisher, url, licence FROM sources "
                "WHERE article_id = ? ORDER BY position",
                (article_id,),
            )
        )
        return ArticleView(
            slug=slug,
            question=question,
            category=category,
            quick_answer=quick,
            key_facts=tuple(json.loads(facts)),
            aliases=tuple(json.loads(aliases)),
            related=self._related(json.loads(related)),
            body_markdown=body_md,
            body_html=body_html,
            updated=updated,
            reviewed=reviewed,
            reviewed_by=reviewed_by,
            sources=sources,
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
