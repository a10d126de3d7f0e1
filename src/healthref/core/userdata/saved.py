"""Saved questions: the answers a reader starred, each with an optional short note of their own.
Each change is one transaction; removing returns the item, so it can be put back (undo)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from healthref.core.userdata.models import SavedQuestion
from healthref.core.userdata.records import (
    NOTE_LIMIT,
    NoteTooLong,
    SavedItem,
    SavedSort,
    checked_note,
)

__all__ = ["NOTE_LIMIT", "NoteTooLong", "SavedItem", "SavedQuestions", "SavedSort"]

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _item(row: SavedQuestion) -> SavedItem:
    return SavedItem(**{f.name: getattr(row, f.name) for f in fields(SavedItem)})


class SavedQuestions:
    """The saved_questions table of the user DB."""

    def __init__(self, engine: Engine, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._clock = clock

    def save(self, slug: str, question: str, category: str, note: str = "") -> SavedItem:
        """Star an answer (saving it again keeps its date and replaces the note)."""
        note = checked_note(note)
        with Session(self._engine) as session, session.begin():
            row = session.get(SavedQuestion, slug)
            if row is None:
                stamp = self._clock().isoformat(
                    timespec="microseconds"
                )  # keeps quick saves in order
                row = SavedQuestion(
                    slug=slug, question=question, category=category, note=note, saved_at=stamp
                )
                session.add(row)
            else:
                row.question, row.category, row.note = question, category, note
            return _item(row)

    def set_note(self, slug: str, note: str) -> SavedItem | None:
        """Change the note of a saved question; None when it is not saved."""
        note = checked_note(note)
        with Session(self._engine) as session, session.begin():
            row = session.get(SavedQuestion, slug)
            if row is None:
                return None
            row.note = note
            return _item(row)

    def remove(self, slug: str) -> SavedItem | None:
        """Unstar; the removed item (for undo), or None when it was not saved."""
        with Session(self._engine) as session, session.begin():
            row = session.get(SavedQuestion, slug)
            if row is None:
                return None
            item = _item(row)
            session.execute(delete(SavedQuestion).where(SavedQuestion.slug == slug))
            return item

    def restore(self, item: SavedItem) -> None:
        """Undo a removal: the item back as it was, date and note included."""
        with Session(self._engine) as session, session.begin():
            session.merge(SavedQuestion(**{f.name: getattr(item, f.name) for f in fields(item)}))

    def get(self, slug: str) -> SavedItem | None:
        with Session(self._engine) as session:
            row = session.get(SavedQuestion, slug)
            return None if row is None else _item(row)

    def items(self, search: str = "", sort: SavedSort = SavedSort.NEWEST) -> list[SavedItem]:
        """Saved questions whose question, category or note holds every word searched."""
        with Session(self._engine) as session:
            found = [_item(row) for row in session.scalars(select(SavedQuestion))]
        words = search.casefold().split()
        found = [
            item
            for item in found
            if all(w in f"{item.question} {item.category} {item.note}".casefold() for w in words)
        ]
        if sort is SavedSort.CATEGORY:
            return sorted(found, key=lambda i: (i.category.casefold(), i.question.casefold()))
        return sorted(found, key=lambda i: (i.saved_at, i.slug), reverse=sort is SavedSort.NEWEST)
