"""Owns the reader's saved questions, history and trail for the window: the user DB is opened
and used only on this service's own background queue; results come back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Signal

from healthref import paths
from healthref.ui.background import BackgroundTasks

if TYPE_CHECKING:
    import datetime as dt

    from sqlalchemy import Engine

    from healthref.core.settings.file import PrivacySettings
    from healthref.core.userdata.history import History
    from healthref.core.userdata.saved import SavedQuestions
    from healthref.core.userdata.trail import TrailStore

T = TypeVar("T")


class ReadingStores(NamedTuple):
    """The three stores over one user-DB engine."""

    saved: SavedQuestions
    history: History
    trail: TrailStore
    engine: Engine


class ReadingService(QObject):
    """Saved questions always; history and the trail only when `[privacy] history` is on.
    `saved_changed` and `history_changed` tell the views to read again."""

    saved_changed = Signal()
    history_changed = Signal()

    def __init__(
        self, app_paths: paths.AppPaths, privacy: PrivacySettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._paths = app_paths
        self.privacy = privacy
        self._stores: ReadingStores | None = None
        self.tasks = BackgroundTasks("healthref-reading", max_threads=1, parent=self)

    @property
    def keeps_history(self) -> bool:
        return self.privacy.history

    def stores(self) -> ReadingStores:
        """The stores, opening the user DB on first use. Only from work given to `run`."""
        if self._stores is None:
            from healthref.core.userdata.database import open_user_db
            from healthref.core.userdata.history import History
            from healthref.core.userdata.saved import SavedQuestions
            from healthref.core.userdata.trail import TrailStore

            engine = open_user_db(self._paths.user_db).engine
            self._stores = ReadingStores(
                SavedQuestions(engine),
                History(engine, self.privacy.history_days),
                TrailStore(engine),
                engine,
            )
        return self._stores

    def run(
        self,
        what: str,
        work: Callable[[ReadingStores], T],
        on_done: Callable[[T], Any] | None = None,
        on_failed: Callable[[Exception], Any] | None = None,
    ) -> None:
        """Run `work(stores)` in the background; the outcome comes back on the GUI thread."""
        self.tasks.run(what, lambda: work(self.stores()), on_done, on_failed)

    def record_visit(self, slug: str, question: str, trail: tuple[tuple[str, ...], int]) -> None:
        """A newly opened answer: into the history and the kept trail (when history is on)."""
        if not self.keeps_history:
            return

        def work(stores: ReadingStores) -> None:
            stores.history.record(slug, question)
            stores.trail.save(*trail)

        self.run("keeping your history", work, lambda _none: self.history_changed.emit())

    def keep_trail(self, trail: tuple[tuple[str, ...], int]) -> None:
        """A step back or forward: only the trail changes."""
        if self.keeps_history:
            self.run("keeping your place", lambda stores: stores.trail.save(*trail))

    def load_trail(self, on_done: Callable[[tuple[tuple[str, ...], int]], Any]) -> None:
        """The trail from the last session, read with the standard library (the window can ask
        before SQLAlchemy is loaded)."""
        if self.keeps_history:
            path = self._paths.user_db

            def read() -> tuple[tuple[str, ...], int]:
                from healthref.core.userdata.records import read_trail  # not needed to show

                return read_trail(path)

            self.tasks.run("restoring back and forward", read, on_done)

    def clear_history(
        self, before: dt.datetime | None = None, on_done: Callable[[int], Any] | None = None
    ) -> None:
        """Drop history (all, or before a moment); clearing all also forgets the trail."""

        def work(stores: ReadingStores) -> int:
            gone = stores.history.clear(before)
            if before is None:
                stores.trail.clear()
            return gone

        def done(gone: int) -> None:
            self.history_changed.emit()
            if on_done is not None:
                on_done(gone)

        self.run("clearing your history", work, done)

    def close(self) -> None:
        """Finish what is queued (clear on exit included), then stop."""
        if self.privacy.clear_history_on_exit:
            self.run("clearing your history", lambda stores: stores.history.clear())
            self.run("clearing your history", lambda stores: stores.trail.clear())
        self.tasks.run("closing your data", self._dispose)  # queued last, on the same thread
        self.tasks.close(finish_queued=True)

    def _dispose(self) -> None:
        if self._stores is not None:
            self._stores.engine.dispose()
