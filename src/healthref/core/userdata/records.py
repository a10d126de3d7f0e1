"""What the window is shown of saved questions and history: plain records, no database code,
so the window can hold them before SQLAlchemy is loaded."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from healthref.core.failures import KnownFailure
from healthref.core.sqlite_files import read_only_uri
from healthref.core.userdata.limits import NOTE_LIMIT as NOTE_LIMIT


class NoteTooLong(KnownFailure):
    """A note longer than a note should be."""


class SavedSort(StrEnum):
    """The orders of the Saved list."""

    NEWEST = "newest"
    OLDEST = "oldest"
    CATEGORY = "category"


@dataclass(frozen=True)
class SavedItem:
    """One saved question, as the window shows it."""

    slug: str
    question: str
    category: str
    note: str
    saved_at: str


@dataclass(frozen=True)
class Visit:
    """One opening of an answer."""

    slug: str
    question: str
    opened_at: dt.datetime  # aware, UTC


def checked_note(note: str) -> str:
    """The note in single spaces; NoteTooLong when it is longer than a note should be."""
    note = " ".join(note.split())
    if len(note) > NOTE_LIMIT:
        raise NoteTooLong(f"a note can be at most {NOTE_LIMIT} characters ({len(note)} given)")
    return note


def by_day(visits: list[Visit], tz: dt.tzinfo | None = None) -> list[tuple[dt.date, list[Visit]]]:
    """Visits (newest first) grouped by the local day they happened, newest day first."""
    groups: dict[dt.date, list[Visit]] = {}
    for visit in visits:
        groups.setdefault(visit.opened_at.astimezone(tz).date(), []).append(visit)
    return list(groups.items())


def read_trail(user_db: Path) -> tuple[tuple[str, ...], int]:
    """The kept back/forward trail, read with the standard library without creating or
    changing anything (((), -1) when there is none yet)."""
    if not user_db.exists():
        return (), -1
    try:
        connection = sqlite3.connect(read_only_uri(user_db), uri=True)
        try:
            rows = connection.execute(
                "SELECT slug, is_current FROM reading_trail ORDER BY position"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return (), -1
    slugs = tuple(str(slug) for slug, _ in rows)
    current = [n for n, (_, is_current) in enumerate(rows) if is_current]
    return slugs, (current[0] if current else len(slugs) - 1)
