"""Run searches off the GUI thread through the window's background helper (one serial queue,
since an engine is not thread-safe); only the newest request is worked on, and every result
carries the number of the keystroke it answers so stale ones are dropped."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from healthref.ui.background import BackgroundTasks, describe

# Hits searched with their snippets at once (about a screenful of rows); the rest are made
# when scrolled into view (`request_details`). The same as core.search.engine.SCREENFUL,
# which is not imported here: the window shows itself before search loads.
SCREENFUL = 15

if TYPE_CHECKING:
    from healthref.core.search.engine import SearchEngine
    from healthref.core.search.results import SearchResult

EngineFactory = Callable[[], "SearchEngine"]
Outcome = tuple[int, "SearchResult | Exception"]


class SearchRunner(QObject):
    """`request(text)` returns the generation of that request; `results` is emitted only for
    the newest one, and `error` when the newest one failed."""

    results = Signal(int, object)  # generation, SearchResult
    details = Signal(int, object)  # generation, SearchResult with more hits detailed
    error = Signal(str)
    settled = Signal()  # nothing queued or running any more (see `is_settled`)

    def __init__(
        self, make_engine: EngineFactory, limit: int = 50, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._make_engine = make_engine
        self._engine: SearchEngine | None = None
        self._limit = limit
        self._generation = 0
        self._lock = threading.Lock()
        self._pending: tuple[int, str] | None = None
        self._queued = False
        self._prepared = False
        self.tasks = BackgroundTasks("healthref-search", max_threads=1, parent=self)

    @property
    def generation(self) -> int:
        return self._generation

    def warm_up(self) -> None:
        """Open the DB and load the vocabulary and the common words on the search thread,
        ahead of the first query."""
        self.tasks.run(
            "preparing search",
            self._warm,
            on_done=lambda _engine: self._settle(),
            on_failed=self._warm_up_failed,
        )

    def prepare_spelling(self) -> None:
        """Load the typo-correction library and the snippets' Markdown reader: idle work,
        after the first query has been answered."""
        if self._engine is not None and not self._prepared:
            self._prepared = True
            self.tasks.run(
                "preparing spelling correction", self._prepare, on_done=lambda _: self._settle()
            )

    def is_settled(self) -> bool:
        """No search, warm-up or preparation is queued or running."""
        return not self.tasks.busy()

    def _settle(self) -> None:
        # A turn later: the answer just delivered is painted before idle work starts.
        QTimer.singleShot(0, lambda: self.settled.emit() if self.is_settled() else None)

    def _warm(self) -> SearchEngine:
        from healthref.core.wordlist import preload

        engine = self.engine()
        preload()
        return engine

    def _prepare(self) -> None:
        from healthref.core.content import markdown_text  # noqa: F401

        if self._engine is not None:
            self._engine.lexicon.prepare()

    def request(self, text: str) -> int:
        self._generation += 1
        with self._lock:
            self._pending = (self._generation, text)
            submit = not self._queued
            self._queued = True
        if submit:
            self.tasks.run("searching", self._run_pending, on_done=self._deliver)
        return self._generation

    def request_details(self, generation: int, result: SearchResult, slugs: list[str]) -> None:
        """Snippets and highlights for more of a result's hits (rows scrolled into view);
        `details` is emitted if the result is still the newest."""

        def work() -> tuple[int, SearchResult]:
            return generation, self.engine().detailed(result, slugs)

        self.tasks.run("making snippets", work, on_done=self._deliver_details)

    def _deliver_details(self, outcome: tuple[int, SearchResult]) -> None:
        if outcome[0] == self._generation:
            self.details.emit(*outcome)

    def stop(self) -> None:
        """Wait for the search thread to finish its current query; no more are run."""
        self.tasks.close()

    def engine(self) -> SearchEngine:
        """The engine, made on first use. Call only from work run on `tasks` (the search
        thread): the engine is not thread-safe."""
        self._engine = self._engine or self._make_engine()
        _ = self._engine.lexicon
        return self._engine

    def _run_pending(self) -> Outcome | None:
        with self._lock:
            request, self._pending, self._queued = self._pending, None, False
        if request is None:
            return None
        generation, text = request
        try:
            result = self.engine().search(text, self._limit, detail=SCREENFUL)
        except Exception as exc:  # shown to the user as the newest query's failure
            return generation, exc
        return generation, result

    def _deliver(self, outcome: Outcome | None) -> None:
        self._settle()
        if outcome is None:
            return
        generation, result = outcome
        if generation != self._generation:
            return
        if isinstance(result, Exception):
            self.error.emit(describe(result))
        else:
            self.results.emit(generation, result)

    def _warm_up_failed(self, error: Exception) -> None:
        self.error.emit(describe(error))
        self._settle()
