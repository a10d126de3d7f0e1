"""Back and forward across a restart: the window's reading trail, written after each step and
read back when the window opens."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, delete
from sqlalchemy.orm import Session

from healthref.core.userdata.models import ReadingTrailStep
from healthref.core.userdata.records import read_trail

KEPT_STEPS = 50


class TrailStore:
    """The reading_trail table: the slugs in order and which one is being read."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._path = Path(engine.url.database or "")

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
        return read_trail(self._path)

    def clear(self) -> None:
        with Session(self._engine) as session, session.begin():
            session.execute(delete(ReadingTrailStep))
