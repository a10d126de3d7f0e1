"""SQLAlchemy typed models of the content tables of data/articles.db (`healthref build` writes
them; readers use sqlite3). An article is stored as its canonical JSON record."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class ContentBase(DeclarativeBase):
    """Base class of every table in the content DB, the search index's included."""


class CategoryRow(ContentBase):
    """A browsing category, in the order of content/topics.tsv."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int] = mapped_column(Integer)


class ArticleRow(ContentBase):
    """One article: the columns the question list needs, and the whole record as JSON,
    compressed with the corpus's dictionary (content.packing)."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String, unique=True)
    question: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    record: Mapped[bytes] = mapped_column(LargeBinary)
    source_hash: Mapped[str] = mapped_column(String)

    # Covers the question list, so listing every question reads no article records.
    __table_args__ = (Index("ix_articles_list", "category_id", "question", "slug"),)


class RecordDictionaryRow(ContentBase):
    """The preset dictionary every article record is compressed with."""

    __tablename__ = "record_dictionary"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dictionary: Mapped[bytes] = mapped_column(LargeBinary)


class MetaRow(ContentBase):
    """Key/value facts about the build: schema version, content version, checksum."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class TranslationRow(ContentBase):
    """An article in another language: same slug as its English original (its identity),
    the original's content version it was translated from, and its record compressed with
    its language's dictionary."""

    __tablename__ = "translations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String)
    language: Mapped[str] = mapped_column(String)
    question: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    record: Mapped[bytes] = mapped_column(LargeBinary)
    source_hash: Mapped[str] = mapped_column(String)
    original_version: Mapped[str] = mapped_column(String)

    __table_args__ = (
        UniqueConstraint("slug", "language"),
        Index("ix_translations_list", "language", "category_id", "question", "slug"),
    )
