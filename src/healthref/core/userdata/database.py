"""Open the user's own database (suggestions, saved questions, history): WAL,
synchronous=FULL, migrated to this version; a damaged file is moved aside — never deleted —
and a fresh one made."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event

from healthref.core.sqlite_files import read_only_uri
from healthref.core.userdata.migrations import migrate


@dataclass(frozen=True)
class UserDB:
    """An open user DB, and the file a damaged one was moved to (if that happened)."""

    engine: Engine
    path: Path
    moved_aside: Path | None = None


def _is_healthy(path: Path) -> bool:
    if not path.exists():
        return True
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=30)
        try:
            (result,) = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        # Busy or locked (another part of the app is writing), or a folder we may not write
        # to: that says nothing about damage, and a healthy file must never be moved aside.
        return (
            "locked" in str(exc)
            or "busy" in str(exc)
            or "readonly" in str(exc)
            or ("unable to open" in str(exc))
        )
    except sqlite3.DatabaseError:
        return False
    return bool(result == "ok")


def _move_aside(path: Path) -> Path:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(target)
    for suffix in ("-wal", "-shm", "-journal"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            sidecar.rename(target.with_name(target.name + suffix))
    return target


# How long a connection waits for another writer (another queue of the window, or the CLI)
# before it gives up with "database is locked".
BUSY_TIMEOUT_SECONDS = 30.0

# The window opens the user DB from more than one background queue at once; checking,
# migrating and switching to WAL happen one opener at a time within this process.
_OPENING = threading.Lock()


def _use_wal(path: Path) -> None:
    """Switch the file to write-ahead logging once (the mode is kept in the file). Two
    connections switching at once can deadlock, and SQLite then answers "locked" at once
    instead of waiting, so another process's switch is waited out here."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        while True:
            try:
                (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
                if str(mode).lower() == "wal":
                    return
                connection.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
    finally:
        connection.close()


def open_user_db(path: Path) -> UserDB:
    """Open (creating if needed) the user DB; raises OSError when the folder is unusable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _OPENING:
        moved = None if _is_healthy(path) else _move_aside(path)
        migrate(path)
        _use_wal(path)
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"timeout": BUSY_TIMEOUT_SECONDS},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA synchronous = FULL")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    return UserDB(engine, path, moved)
