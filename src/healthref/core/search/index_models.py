"""SQLAlchemy models of the search index's own tables, written by the build through
`search.indexer` and read by the engine with sqlite3."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from healthref.core.content.models import ContentBase


class SynonymTerm(ContentBase):
    """One normalised term of a synonym group (lay words, spelling variants, drug names); read
    all at once, so no index."""

    __tablename__ = "synonyms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(Integer)
    term: Mapped[str] = mapped_column(Text)
    stem_key: Mapped[str] = mapped_column(Text)


class VocabularyTerm(ContentBase):
    """A folded word of the corpus, its stem, and how many articles use it."""

    __tablename__ = "vocabulary"
    # The term is the key: no second copy of it in an index.
    __table_args__ = ({"sqlite_with_rowid": False},)

    term: Mapped[str] = mapped_column(Text, primary_key=True)
    stem: Mapped[str] = mapped_column(Text)
    doc_count: Mapped[int] = mapped_column(Integer)


class ArticleTerms(ContentBase):
    """Stems of an article's question, aliases, summary (quick answer and key facts) and each
    of its situations, for ranking hits in tiers and judging confidence."""

    __tablename__ = "article_terms"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), primary_key=True)
    question_words: Mapped[str] = mapped_column(Text)
    question: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    situations: Mapped[str] = mapped_column(Text)  # each situation's stems, " | " between


class EmergencyPhrase(ContentBase):
    """A phrase (as word stems) that describes an emergency, and its first-aid article; a
    phrase that counts only beside a context word is "its stems | the context's stems"."""

    __tablename__ = "emergency_phrases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stem_key: Mapped[str] = mapped_column(Text)
    slug: Mapped[str] = mapped_column(Text)
