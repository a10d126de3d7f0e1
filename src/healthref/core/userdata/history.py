"""Reading history: what was opened and when, newest first, grouped by day; kept only as long
as the privacy settings allow, and cleared whole or before a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import CursorResult, Engine, Result, delete, func, select
from sqlalchemy.orm import Session

from healthref.core.userdata.models import HistoryEntry
from healthref.core.userdata.records import Visit, by_day

__all__ = ["History", "Visit", "by_day"]

Clock = Callable[[], dt.datetime]
SHOWN = 1000


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


class History:
    """The history table of the user DB. `keep_days` old visits are dropped as new ones come."""

    def __init__(self, engine: Engine, keep_days: int = 30, clock: Clock = _utc_now) -> None:
        self._engine = engine
        self.keep_days = keep_days
        self._clock = clock

    def record(self, slug: str, question: str) -> None:
        """Add a visit, and drop what is older than the retention (one transaction)."""
        now = self._clock()
        with Session(self._engine) as session, session.begin():
            session.add(HistoryEntry(slug=slug, question=question, opened_at=_stamp(now)))
            self._drop_before(session, now - dt.timedelta(days=self.keep_days))

    def prune(self) -> int:
        """Drop visits older than the retention; how many went."""
        with Session(self._engine) as session, session.begin():
            return self._drop_before(session, self._clock() - dt.timedelta(days=self.keep_days))

    def clear(self, before: dt.datetime | None = None) -> int:
        """Drop every visit, or those before `before`; how many went."""
        with Session(self._engine) as session, session.begin():
            if before is None:
                return _deleted(session.execute(delete(HistoryEntry)))
            return self._drop_before(session, before)

    def visits(self, limit: int = SHOWN) -> list[Visit]:
        """Newest first."""
        with Session(self._engine) as session:
            rows = session.execute(
                select(HistoryEntry.slug, HistoryEntry.question, HistoryEntry.opened_at)
                .order_by(HistoryEntry.opened_at.desc(), HistoryEntry.id.desc())
                .limit(limit)
            ).all()
        return [Visit(s, q, dt.datetime.fromisoformat(at)) for s, q, at in rows]

    def count(self) -> int:
        with Session(self._engine) as session:
            return int(session.scalar(select(func.count()).select_from(HistoryEntry)) or 0)

    @staticmethod
    def _drop_before(session: Session, moment: dt.datetime) -> int:
        gone = session.execute(delete(HistoryEntry).where(HistoryEntry.opened_at < _stamp(moment)))
        return _deleted(gone)


def _deleted(result: Result[Any]) -> int:
    """Rows a DELETE removed."""
    return int(cast(CursorResult[Any], result).rowcount)
