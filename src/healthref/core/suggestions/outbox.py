"""Suggestions on this machine: save (one transaction each), merge repeats, list, and track
what sync has done with them. A failed write says why and leaves earlier ones intact."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, fields

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from healthref.core.failures import KnownFailure
from healthref.core.suggestions.record import (
    RecordKind,
    SuggestionStatus,
    SuggestionView,
    WireSuggestion,
)
from healthref.core.suggestions.rules import (
    CleanSuggestion,
    SuggestionRejected,
    check_suggestion,
    dedupe_key,
)
from healthref.core.userdata.models import Suggestion

PENDING, SENT, REJECTED = (
    SuggestionStatus.PENDING,
    SuggestionStatus.SENT,
    SuggestionStatus.REJECTED,
)


class SaveError(KnownFailure):
    """The suggestion could not be written; the message is the reason, for a person."""

    def one_line(self) -> str:
        return f"Couldn't save: {self}"


@dataclass(frozen=True)
class Saved:
    """What saving did: a new suggestion, or one more ask of a pending one."""

    id: str
    merged: bool
    pending: int


def now_iso(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")


def _view(row: Suggestion) -> SuggestionView:
    return SuggestionView(**{f.name: getattr(row, f.name) for f in fields(SuggestionView)})


# Words in the driver's or the system's message (any case), and what a person is told.
_REASONS = (
    (("disk is full", "no space left"), "the disk is full"),
    (("disk i/o",), "the disk could not be written"),
    (("readonly", "read-only", "permission denied"), "the folder for your data is read-only"),
)


def _reason(exc: Exception) -> str:
    """Why a save failed, in words; otherwise the driver's own one-line message."""
    text = str(getattr(exc, "orig", None) or exc)
    lowered = text.lower()
    for words, reason in _REASONS:
        if any(word in lowered for word in words):
            return reason
    return text


class Outbox:
    """The suggestions table of the user DB."""

    def __init__(
        self,
        engine: Engine,
        app_version: str,
        content_version: str = "",
        categories: tuple[str, ...] = (),
    ) -> None:
        self._engine = engine
        self._app_version = app_version
        self._content_version = content_version
        self._categories = categories

    def save(self, text: str, note: str = "", category: str = "", language: str = "en") -> Saved:
        """Check, then store in one transaction. Raises SuggestionRejected or SaveError."""
        clean = check_suggestion(text, note, category, self._categories)
        return self._store(clean.text, clean.note, clean.category, language, dedupe_key(clean.text))

    def save_report(self, slug: str, text: str, part: str = "", language: str = "en") -> Saved:
        """A problem with the answer `slug`: checked by the suggestion rules (no personal
        data), kept, sent and exported like a suggestion. The same report again is merged."""
        clean = check_suggestion(text, part)
        if not slug or len(slug) > 200:
            raise SuggestionRejected("slug", "A report must name the article it is about.")
        part = " ".join(clean.note.split())[:100]
        key = f"{RecordKind.PROBLEM} {slug} {dedupe_key(clean.text)}"
        return self._store(clean.text, "", "", language, key, RecordKind.PROBLEM, slug, part)

    def _store(
        self,
        text: str,
        note: str,
        category: str,
        language: str,
        key: str,
        kind: str = RecordKind.QUESTION,
        slug: str = "",
        part: str = "",
    ) -> Saved:
        """Store in one transaction, merging a pending twin (same dedupe key)."""
        clean = CleanSuggestion(text, note, category)
        try:
            with Session(self._engine) as session, session.begin():
                twin = session.scalars(
                    select(Suggestion).where(
                        Suggestion.dedupe_key == key, Suggestion.status == PENDING
                    )
                ).first()
                if twin is not None:
                    twin.times_asked += 1
                    if clean.note and clean.note not in twin.note:
                        twin.note = "\n".join(n for n in (twin.note, clean.note) if n)[:1000]
                    saved_id, merged = twin.id, True
                else:
                    saved_id, merged = str(uuid.uuid4()), False
                    session.add(
                        Suggestion(
                            id=saved_id,
                            text=clean.text,
                            note=clean.note,
                            category=clean.category,
                            language=language,
                            created_at=now_iso(),
                            app_version=self._app_version,
                            content_version=self._content_version,
                            dedupe_key=key,
                            kind=kind,
                            slug=slug,
                            part=part,
                        )
                    )
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise SaveError(_reason(exc)) from exc
        return Saved(saved_id, merged, self.pending_count())

    def pending_count(self) -> int:
        with Session(self._engine) as session:
            count = session.scalar(
                select(func.count()).select_from(Suggestion).where(Suggestion.status == PENDING)
            )
        return int(count or 0)

    def saved_since(self, since: dt.datetime) -> int:
        """How many suggestions were first saved at or after `since` (for daily limits)."""
        with Session(self._engine) as session:
            count = session.scalar(
                select(func.count())
                .select_from(Suggestion)
                .where(Suggestion.created_at >= now_iso(since))
            )
        return int(count or 0)

    def all(self) -> list[SuggestionView]:
        with Session(self._engine) as session:
            rows = session.scalars(select(Suggestion).order_by(Suggestion.created_at.desc()))
            return [_view(row) for row in rows]

    def pending(self) -> list[SuggestionView]:
        with Session(self._engine) as session:
            rows = session.scalars(
                select(Suggestion)
                .where(Suggestion.status == PENDING)
                .order_by(Suggestion.created_at)
            )
            return [_view(row) for row in rows]

    def due(self, now: dt.datetime, limit: int = 50) -> list[SuggestionView]:
        """Pending suggestions whose back-off has passed."""
        with Session(self._engine) as session:
            rows = session.scalars(
                select(Suggestion)
                .where(Suggestion.status == PENDING, Suggestion.next_attempt_at <= now_iso(now))
                .order_by(Suggestion.created_at)
                .limit(limit)
            )
            return [_view(row) for row in rows]

    def similar_pending(self, text: str) -> list[str]:
        """Pending suggestions that read the same as `text`."""
        key = dedupe_key(text)
        return [
            s.text
            for s in self.pending()
            if s.kind == RecordKind.QUESTION and s.text and _close(key, dedupe_key(s.text))
        ]

    def mark_sent(self, ids: Iterable[str], now: dt.datetime) -> None:
        self._update(ids, status=SENT, acknowledged_at=now_iso(now), last_error="")

    def mark_rejected(self, ident: str, reason: str, now: dt.datetime) -> None:
        self._update(
            [ident], status=REJECTED, last_error=reason[:500], acknowledged_at=now_iso(now)
        )

    def note_failure(self, ids: Iterable[str], error: str, retry_at: dt.datetime) -> None:
        self._update(
            ids,
            attempts=Suggestion.attempts + 1,
            last_error=error[:500],
            next_attempt_at=now_iso(retry_at),
        )

    def _update(self, ids: Iterable[str], **values: object) -> None:
        """Change pending suggestions only: a sent or rejected one keeps its outcome."""
        ids = list(ids)
        if not ids:
            return
        with Session(self._engine) as session, session.begin():
            session.execute(
                update(Suggestion)
                .where(Suggestion.id.in_(ids), Suggestion.status == PENDING)
                .values(**values)
            )

    def add_received(self, records: Iterable[WireSuggestion]) -> int:
        """Add suggestions carried from another machine; ids already here are skipped."""
        added = 0
        with Session(self._engine) as session, session.begin():
            for record in records:
                if session.get(Suggestion, record.id) is not None:
                    continue
                wire = record.to_wire()
                key = dedupe_key(record.text)
                if record.kind == RecordKind.PROBLEM:
                    key = f"{RecordKind.PROBLEM} {record.slug} {key}"
                session.add(Suggestion(**wire, dedupe_key=key))
                added += 1
        return added


def _close(left: str, right: str) -> bool:
    from rapidfuzz import fuzz

    return bool(fuzz.token_set_ratio(left, right) >= 88)
