"""Back and forward across a restart: the window's reading trail, written after each step and
read back when the window opens."""

from __future__ import annotations

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from healthref.core.userdata.models import ReadingTrailStep

KEPT_STEPS = 50


class TrailStore:
    """The reading_trail table: the slugs in order and which one is being read."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def save(self, slugs: tuple[str, ...], index: int) -> None:
        """Replace the stored trail (one transaction); only the last steps are kept."""
        start = max(0, len(slugs) - KEPT_STEPS)
        with Session(self._engine) as session, session.begin():
            session.execute(delete(ReadingTrailStep))
            session.add_all(
                ReadingTrailStep(position=n, slug=slug, is_current=int(n == index))
                for n, slug in enumerate(slugs)
                if n >= start
            )

    def load(self) -> tuple[tuple[str, ...], int]:
        """The stored slugs and the index of the current one ((), -1 when there is none)."""
        with Session(self._engine) as session:
            rows = session.execute(
                select(ReadingTrailStep.slug, ReadingTrailStep.is_current).order_by(
                    ReadingTrailStep.position
                )
            ).all()
        slugs = tuple(slug for slug, _ in rows)
        current = [n for n, (_, is_current) in enumerate(rows) if is_current]
        return slugs, (current[0] if current else len(slugs) - 1)

    def clear(self) -> None:
        with Session(self._engine) as session, session.begin():
            session.execute(delete(ReadingTrailStep))
