"""SQLAlchemy models of the French search index: the same tables as index_models, with `_fr`
names, over the French rows of `translations`."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from healthref.core.content.models import ContentBase


class FrenchSynonymTerm(ContentBase):
    """One normalised term of a French synonym group (content/synonyms.fr.toml)."""

    __tablename__ = "synonyms_fr"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(Integer)
    term: Mapped[str] = mapped_column(Text)
    stem_key: Mapped[str] = mapped_column(Text)


class FrenchVocabularyTerm(ContentBase):
    """A folded word of the French articles, its French stem, and how many use it."""

    __tablename__ = "vocabulary_fr"
    __table_args__ = ({"sqlite_with_rowid": False},)

    term: Mapped[str] = mapped_column(Text, primary_key=True)
    stem: Mapped[str] = mapped_column(Text)
    doc_count: Mapped[int] = mapped_column(Integer)


class FrenchArticleTerms(ContentBase):
    """Stems of a French article's short fields, as ArticleTerms for English."""

    __tablename__ = "article_terms_fr"

    article_id: Mapped[int] = mapped_column(ForeignKey("translations.id"), primary_key=True)
    question_words: Mapped[str] = mapped_column(Text)
    question: Mapped[str] = mapped_column(Text)
    aliases: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    situations: Mapped[str] = mapped_column(Text)


class FrenchEmergencyPhrase(ContentBase):
    """A French phrase that describes an emergency, and its first-aid article."""

    __tablename__ = "emergency_phrases_fr"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stem_key: Mapped[str] = mapped_column(Text)
    slug: Mapped[str] = mapped_column(Text)
