"""Owns the outbox for the window: opens the user DB off the GUI thread, saves, counts what
waits, and sends in the background when a receiver is configured."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from healthref import __version__, paths
from healthref.core.i18n.catalogue import current_language
from healthref.core.sqlite_files import read_only_uri
from healthref.ui.background import BackgroundTasks, describe

if TYPE_CHECKING:
    from healthref.core.settings.file import SyncSettings
    from healthref.core.suggestions.outbox import Outbox, Saved
    from healthref.core.suggestions.sync import SyncReport

T = TypeVar("T")
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
    """Every outbox operation runs on the service's own background queue (one thread, so the
    outbox is used by one thread at a time); results and failures come back on the GUI
    thread. Signals carry counts and sync reports."""

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
        self._syncing = False
        self.tasks = BackgroundTasks("healthref-suggestions", max_threads=1, parent=self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.sync_now)

    @property
    def categories(self) -> tuple[str, ...]:
        return self._categories

    @property
    def sync_configured(self) -> bool:
        return bool(self._sync and self._sync.url)

    def start(self) -> None:
        """Show how many wait, then (if configured) send in the background a little later.
        The count is read directly, so the database layer loads only when first needed."""
        self.pending_changed.emit(waiting_count(self._paths.user_db))
        if self._sync and self._sync.url:
            self._timer.start(int(self._sync.interval_minutes * 60_000))
            QTimer.singleShot(FIRST_SYNC_DELAY_MS, self.sync_now)

    def outbox(self) -> Outbox:
        """The outbox, opening the user DB on first use. Only from work given to `run`."""
        if self._outbox is None:
            from healthref.core.suggestions.outbox import Outbox
            from healthref.core.userdata.database import open_user_db

            user_db = open_user_db(self._paths.user_db)
            self._outbox = Outbox(
                user_db.engine, __version__, self._content_version, self._categories
            )
        return self._outbox

    def run(
        self,
        what: str,
        work: Callable[[Outbox], T],
        on_done: Callable[[T], Any] | None = None,
        on_failed: Callable[[Exception], Any] | None = None,
    ) -> None:
        """Run `work(outbox)` in the background; the outcome comes back on the GUI thread."""
        self.tasks.run(what, lambda: work(self.outbox()), on_done, on_failed)

    def save(
        self,
        text: str,
        note: str,
        category: str,
        on_saved: Callable[[Saved], Any],
        on_failed: Callable[[Exception], Any],
    ) -> None:
        """Save in the background; a success also updates the waiting count."""

        def saved(result: Saved) -> None:
            self.pending_changed.emit(result.pending)
            on_saved(result)

        self.run(
            "saving your suggestion",
            lambda outbox: outbox.save(text, note, category, current_language()),
            saved,
            on_failed,
        )

    def sync_now(self) -> None:
        if not self.sync_configured or self._syncing:
            return
        self._syncing = True
        assert self._sync is not None
        url, token = self._sync.url, self._sync.token
        insecure = self._sync.allow_insecure_http

        def send(outbox: Outbox) -> SyncReport:
            from healthref.core.suggestions.sync import sync_once

            return sync_once(outbox, url, token, allow_insecure_http=insecure)

        self.run("sending suggestions", send, self._after_sync, self._sync_failed)

    def close(self) -> None:
        """Stop taking work and wait for what is running."""
        self._timer.stop()
        self.tasks.close()

    def _count(self, count: int) -> None:
        self.pending_changed.emit(count)

    def _sync_failed(self, error: Exception) -> None:
        from healthref.core.suggestions.sync import SyncReport

        self._after_sync(SyncReport(error=describe(error)))

    def _after_sync(self, report: SyncReport) -> None:
        self._syncing = False
        self.sync_finished.emit(report)
        if self._outbox is not None:
            self.run("counting waiting suggestions", lambda o: o.pending_count(), self._count)
