"""SQLAlchemy typed models of the user DB: the suggestions outbox."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

PENDING, SENT, REJECTED = "pending", "sent", "rejected"


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
    status: Mapped[str] = mapped_column(String, default=PENDING, index=True)
    times_asked: Mapped[int] = mapped_column(Integer, default=1)
    dedupe_key: Mapped[str] = mapped_column(Text, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[str] = mapped_column(String, default="")
    acknowledged_at: Mapped[str] = mapped_column(String, default="")
