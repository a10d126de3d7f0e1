"""Owns the outbox for the window: opens the user DB off the GUI thread, saves, counts what
waits, and sends in the background when a receiver is configured."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from healthref import __version__, paths
from healthref.core.db import read_only_uri

if TYPE_CHECKING:
    from healthref.core.outbox import Outbox, Saved
    from healthref.core.settings import SyncSettings
    from healthref.core.sync import SyncReport


FIRST_SYNC_DELAY_MS = 5000


def waiting_count(user_db: Path) -> int:
    """Pending suggestions, read without creating or changing anything (0 if none yet)."""
    if not user_db.exists():
        return 0
    try:
        connection = sqlite3.connect(read_only_uri(user_db), uri=True)
        try:
            (count,) = connection.execute(
                "SELECT count(*) FROM suggestions WHERE status = 'pending'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return 0
    return int(count)


class SuggestionService(QObject):
    """Signals carry counts and reports back to the GUI thread."""

    pending_changed = Signal(int)
    sync_finished = Signal(object)  # SyncReport

    def __init__(
        self,
        app_paths: paths.AppPaths,
        content_version: str,
        categories: tuple[str, ...],
        sync: SyncSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = app_paths
        self._content_version = content_version
        self._categories = categories
        self._sync = sync
        self._outbox: Outbox | None = None
        self._error = ""
        self._lock = threading.Lock()
        self._syncing = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)
        self.sync_finished.connect(self._after_sync)

    @property
    def categories(self) -> tuple[str, ...]:
        return self._categories

    @property
    def sync_configured(self) -> bool:
        return bool(self._sync and self._sync.url)

    def start(self) -> None:
        """Show how many wait, then (if configured) send in the background a little later.
        The count is read directly, so the heavier database layer loads only when needed."""
        self.pending_changed.emit(waiting_count(self._paths.user_db))
        if self._sync and self._sync.url:
            self._timer.start(int(self._sync.interval_minutes * 60_000))
            QTimer.singleShot(FIRST_SYNC_DELAY_MS, self.sync_now)

    def outbox(self) -> Outbox:
        """The outbox, opening the user DB if that has not happened yet (raises OSError)."""
        with self._lock:
            if self._outbox is None:
                from healthref.core.outbox import Outbox
                from healthref.core.userdb import open_user_db

                user_db = open_user_db(self._paths.user_db)
                self._outbox = Outbox(
                    user_db.engine, __version__, self._content_version, self._categories
                )
            return self._outbox

    def save(self, text: str, note: str, category: str) -> Saved:
        """Raises SuggestionRejected or SaveError; a success updates the waiting count."""
        import sqlite3

        from healthref.core.outbox import SaveError

        try:
            outbox = self.outbox()
        except (OSError, sqlite3.Error) as exc:
            raise SaveError(str(exc)) from exc
        saved = outbox.save(text, note, category)
        self.pending_changed.emit(saved.pending)
        return saved

    def sync_now(self) -> None:
        if not self.sync_configured or self._syncing:
            return
        self._syncing = True
        threading.Thread(
            target=self._sync_in_background, name="healthref-sync", daemon=True
        ).start()

    def _sync_in_background(self) -> None:
        from healthref.core.sync import SyncReport, sync_once

        assert self._sync is not None
        try:
            report = sync_once(
                self.outbox(),
                self._sync.url,
                self._sync.token,
                allow_insecure_http=self._sync.allow_insecure_http,
            )
        except Exception as exc:
            report = SyncReport(error=str(exc))
        self.sync_finished.emit(report)

    def _after_sync(self, report: SyncReport) -> None:
        self._syncing = False
        del report
        if self._outbox is not None:
            self.pending_changed.emit(self._outbox.pending_count())
