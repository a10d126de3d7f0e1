"""SQLAlchemy typed models of the content DB (data/articles.db) that `healthref build` writes."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from healthref.core.content.schema import APPLICATION_ID, FTS_DDL, FTS_TABLE, SCHEMA_VERSION

__all__ = ["APPLICATION_ID", "FTS_DDL", "FTS_TABLE", "SCHEMA_VERSION"]


class ContentBase(DeclarativeBase):
    """Base class of the content DB's tables."""


class Category(ContentBase):
    """A browsing category, in the order of content/topics.tsv."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    position: Mapped[int] = mapped_column(Integer)


class Article(ContentBase):
    """One question and its answer; the JSON columns hold lists of strings."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String, unique=True)
    question: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    quick_answer: Mapped[str] = mapped_column(Text)
    key_facts_json: Mapped[str] = mapped_column(Text)
    aliases_json: Mapped[str] = mapped_column(Text)
    related_json: Mapped[str] = mapped_column(Text)
    body_md: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    word_count: Mapped[int] = mapped_column(Integer)
    updated: Mapped[str] = mapped_column(String)
    reviewed: Mapped[str | None] = mapped_column(String, nullable=True)
    reviewed_by: Mapped[str | None] = mapped_column(String, nullable=True)
    source_hash: Mapped[str] = mapped_column(String)

    sources: Mapped[list[Source]] = relationship(order_by="Source.position")

    # Covers the question list, so listing every question reads no article bodies.
    __table_args__ = (Index("ix_articles_list", "category_id", "question", "slug"),)


class Source(ContentBase):
    """A numbered source an article's facts come from."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(Text)
    licence: Mapped[str] = mapped_column(String)


class SynonymTerm(ContentBase):
    """One normalised term of a synonym group (lay words, spelling variants, drug names)."""

    __tablename__ = "synonyms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(Integer, index=True)
    term: Mapped[str] = mapped_column(Text, index=True)
    stem_key: Mapped[str] = mapped_column(Text)


class VocabularyTerm(ContentBase):
    """A folded word of the corpus, its stem, and how many articles use it."""

    __tablename__ = "vocabulary"

    term: Mapped[str] = mapped_column(Text, primary_key=True)
    stem: Mapped[str] = mapped_column(Text)
    doc_count: Mapped[int] = mapped_column(Integer)


class ArticleTerms(ContentBase):
    """Stems of an article's question, aliases and summary, for ranking hits in tiers."""

    __tablename__ = "article_terms"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    question_words: Mapped[str] = mapped_column(Text)
    question: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)


class Meta(ContentBase):
    """Key/value facts about the build: schema version, content version, checksums."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
