"""Snippets for rows scrolled into view: a search makes them for the first screenful only, and
the rows below get theirs (made on the search thread) when the list shows them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtWidgets import QListView

from healthref.ui.search.question_model import QuestionListModel

if TYPE_CHECKING:
    from healthref.core.search.results import Hit, SearchResult
    from healthref.ui.search.worker import SearchRunner

AHEAD = 10  # rows below the visible ones asked for too, so scrolling rarely waits


class RowDetails(QObject):
    """Watches the list's scrolling and fills in the rows that come into view."""

    def __init__(self, view: QListView, model: QuestionListModel, runner: SearchRunner) -> None:
        super().__init__(view)
        self._view, self._model, self._runner = view, model, runner
        self._generation = -1
        self._result: SearchResult | None = None
        self._known: dict[str, Hit] = {}  # detailed hits of the shown result
        self._asked: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the view has laid out its rows
        self._timer.timeout.connect(self.fill_visible)
        view.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())
        model.modelReset.connect(self._timer.start)
        runner.details.connect(self._arrived)

    def show(self, generation: int, result: SearchResult) -> None:
        """The list now shows `result`'s hits (called again when a filter changes)."""
        if generation != self._generation:
            self._generation, self._known, self._asked = generation, {}, set()
        self._result = result
        self._known.update((h.slug, h) for h in result.hits if h.detailed)
        self._model.add_details(self._known)
        self._timer.start()

    @property
    def result(self) -> SearchResult | None:
        """The result whose rows are being filled in, if any."""
        return self._result

    def reset_for_new_visitor(self) -> None:
        """Forget the last visitor's result and its snippets."""
        self._timer.stop()
        self._generation, self._result, self._known, self._asked = -1, None, {}, set()

    def fill_visible(self) -> None:
        """Ask for the snippets of the visible rows (and a few below) that lack them."""
        if self._result is None or self._generation != self._runner.generation:
            return
        count = self._model.rowCount()
        if not count:
            return
        viewport = self._view.viewport()
        top = self._view.indexAt(QPoint(1, 1)).row()
        bottom = self._view.indexAt(QPoint(1, viewport.height() - 1)).row()
        first = max(top, 0)
        last = min((bottom if bottom >= 0 else count - 1) + AHEAD, count - 1)
        wanted = []
        for number in range(first, last + 1):
            row = self._model.row_at(number)
            if row is not None and not row.detailed and row.slug not in self._asked:
                wanted.append(row.slug)
        if wanted:
            self._asked.update(wanted)
            self._runner.request_details(self._generation, self._result, wanted)

    def _arrived(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return
        self._known.update((h.slug, h) for h in result.hits if h.detailed)
        self._model.add_details(self._known)
