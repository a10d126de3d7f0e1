"""Where the receiver keeps what arrives: SQLite by default, or any SQLAlchemy database URL.
Deduplicated by suggestion id; checked by the same rules as the app."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Engine, Integer, String, Text, create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from healthref.core.suggestions.outbox import now_iso
from healthref.core.suggestions.rules import SuggestionRejected, check_suggestion, dedupe_key


class IntakeBase(DeclarativeBase):
    """Base class of the receiver's tables."""


class Received(IntakeBase):
    """One suggestion as it arrived, once per id."""

    __tablename__ = "received_suggestions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(20), default="en")
    created_at: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40), default="")
    content_version: Mapped[str] = mapped_column(String(80), default="")
    times_asked: Mapped[int] = mapped_column(Integer, default=1)
    dedupe_key: Mapped[str] = mapped_column(Text, index=True)


@dataclass(frozen=True)
class Summary:
    """A question as the answer-writing team sees it: how often, since when."""

    text: str
    times_asked: int
    suggestions: int
    first_seen: str


def open_store(url: str) -> Engine:
    engine = create_engine(url)
    IntakeBase.metadata.create_all(engine)
    return engine


def _field(record: Mapping[str, object], key: str, default: str = "") -> str:
    value = record.get(key, default)
    return str(value) if value is not None else default


def receive(engine: Engine, records: Iterable[Mapping[str, object]]) -> list[dict[str, str]]:
    """Store each record once; answer per id: accepted, duplicate, or rejected with a reason."""
    results: list[dict[str, str]] = []
    for record in records:
        ident = _field(record, "id")
        if not ident or len(ident) > 36:
            results.append({"id": ident, "status": "rejected", "reason": "no valid id"})
            continue
        try:
            clean = check_suggestion(
                _field(record, "text"), _field(record, "note"), _field(record, "category")
            )
        except SuggestionRejected as exc:
            results.append({"id": ident, "status": "rejected", "reason": str(exc)})
            continue
        try:
            times = max(1, min(int(str(record.get("times_asked", 1))), 1_000_000))
        except ValueError:
            times = 1
        with Session(engine) as session:
            if session.get(Received, ident) is not None:
                results.append({"id": ident, "status": "duplicate"})
                continue
            session.add(
                Received(
                    id=ident,
                    text=clean.text,
                    note=clean.note,
                    category=clean.category[:100],
                    language=_field(record, "language", "en")[:20],
                    created_at=_field(record, "created_at")[:40],
                    received_at=now_iso(),
                    app_version=_field(record, "app_version")[:40],
                    content_version=_field(record, "content_version")[:80],
                    times_asked=times,
                    dedupe_key=dedupe_key(clean.text),
                )
            )
            try:
                session.commit()
            except IntegrityError:  # the same id arrived on another connection meanwhile
                session.rollback()
                results.append({"id": ident, "status": "duplicate"})
                continue
        results.append({"id": ident, "status": "accepted"})
    return results


def ids(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(Received.id)))


def most_suggested(engine: Engine, limit: int = 100) -> list[Summary]:
    """Questions grouped by their wording, most asked first."""
    with Session(engine) as session:
        rows = session.execute(
            select(
                func.min(Received.text),
                func.sum(Received.times_asked),
                func.count(),
                func.min(Received.received_at),
            )
            .group_by(Received.dedupe_key)
            .order_by(func.sum(Received.times_asked).desc(), func.min(Received.received_at))
            .limit(limit)
        ).all()
    return [
        Summary(str(text), int(times), int(count), str(first)) for text, times, count, first in rows
    ]
