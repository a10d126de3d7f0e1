"""Run searches off the GUI thread; only the newest request is worked on, and every result
carries the number of the keystroke it answers so the window can drop stale ones."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from healthref.core.search.engine import SearchEngine, SearchResult

EngineFactory = Callable[[], "SearchEngine"]


class _Worker(QObject):
    finished = Signal(int, object)  # generation, SearchResult
    failed = Signal(int, str)

    def __init__(self, make_engine: EngineFactory, limit: int) -> None:
        super().__init__()
        self._make_engine = make_engine
        self._engine: SearchEngine | None = None
        self._limit = limit
        self._lock = threading.Lock()
        self._pending: tuple[int, str] | None = None
        self._prepared = False

    def offer(self, generation: int, text: str) -> None:
        """Called from the GUI thread: replace whatever was waiting."""
        with self._lock:
            self._pending = (generation, text)

    @Slot()
    def warm_up(self) -> None:
        try:
            self._engine = self._engine or self._make_engine()
            _ = self._engine.lexicon
        except Exception as exc:
            self.failed.emit(0, str(exc))

    @Slot()
    def run_pending(self) -> None:
        with self._lock:
            request, self._pending = self._pending, None
        if request is None:
            return
        generation, text = request
        try:
            self._engine = self._engine or self._make_engine()
            result = self._engine.search(text, self._limit)
        except Exception as exc:
            self.failed.emit(generation, str(exc))
            return
        self.finished.emit(generation, result)
        if not self._prepared:
            self._prepared = True
            self._engine.lexicon.prepare()  # typo libraries, once the first answer is out


class SearchRunner(QObject):
    """Owns the search thread. `request(text)` returns the generation of that request;
    `results` is emitted only for the newest one."""

    results = Signal(int, object)  # generation, SearchResult
    error = Signal(str)
    _wake = Signal()
    _warm = Signal()

    def __init__(
        self, make_engine: EngineFactory, limit: int = 50, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._generation = 0
        self._thread = QThread()
        self._thread.setObjectName("healthref-search")
        self._worker = _Worker(make_engine, limit)
        self._worker.moveToThread(self._thread)
        self._wake.connect(self._worker.run_pending)
        self._warm.connect(self._worker.warm_up)
        self._worker.finished.connect(self._deliver)
        self._worker.failed.connect(self._report)
        self._thread.start()

    def warm_up(self) -> None:
        """Open the DB and load the vocabulary on the search thread, ahead of the first query."""
        self._warm.emit()

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, text: str) -> int:
        self._generation += 1
        self._worker.offer(self._generation, text)
        self._wake.emit()
        return self._generation

    def _deliver(self, generation: int, result: SearchResult) -> None:
        if generation == self._generation:
            self.results.emit(generation, result)

    def _report(self, generation: int, message: str) -> None:
        if generation in (0, self._generation):
            self.error.emit(message)

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)
