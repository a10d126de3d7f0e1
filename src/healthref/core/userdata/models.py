"""SQLAlchemy typed models of the user DB; `migrations` creates the tables, these map them."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UserBase(DeclarativeBase):
    """Base class of the user DB's tables."""


class Suggestion(UserBase):
    """A question someone could not find, waiting to reach the people who write answers."""

    __tablename__ = "suggestions"

    id: Mapped[str] = mapped_column(String, primary_key=True)  # a UUID made at save
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String, default="")
    language: Mapped[str] = mapped_column(String, default="en")
    created_at: Mapped[str] = mapped_column(String)
    app_version: Mapped[str] = mapped_column(String)
    content_version: Mapped[str] = mapped_column(String, default="")
    status: Mapped[str] = mapped_column(String, default="pending", index=True)
    times_asked: Mapped[int] = mapped_column(Integer, default=1)
    dedupe_key: Mapped[str] = mapped_column(Text, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[str] = mapped_column(String, default="")
    acknowledged_at: Mapped[str] = mapped_column(String, default="")
    kind: Mapped[str] = mapped_column(String, default="question")  # or "problem" (a report)
    slug: Mapped[str] = mapped_column(String, default="")
    part: Mapped[str] = mapped_column(String, default="")


class SavedQuestion(UserBase):
    """A question the reader starred, with an optional note of their own."""

    __tablename__ = "saved_questions"

    slug: Mapped[str] = mapped_column(String, primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String)
    note: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[str] = mapped_column(String)


class HistoryEntry(UserBase):
    """An article the reader opened, and when."""

    __tablename__ = "history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String)
    question: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[str] = mapped_column(String, index=True)


class ReadingTrailStep(UserBase):
    """One step of back/forward, in order; the step being read is marked current."""

    __tablename__ = "reading_trail"

    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    slug: Mapped[str] = mapped_column(String)
    is_current: Mapped[int] = mapped_column(Integer, default=0)
