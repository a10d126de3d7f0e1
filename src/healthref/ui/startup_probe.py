"""With HEALTHREF_STARTUP_PROBE=1, the window prints when its first frame is on screen and,
given HEALTHREF_STARTUP_PROBE_QUERY, when that search has been answered on screen (for
benchmarks/startup.py). Each line carries the process's CPU time in ms."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer

from healthref.ui.main_window import MainWindow

QUERY_ENV = "HEALTHREF_STARTUP_PROBE_QUERY"


def mark(name: str, detail: str = "") -> None:
    """One line for the benchmark: the mark, the CPU time so far, and any detail."""
    cpu_ms = time.process_time() * 1000
    print(f"{name} {cpu_ms:.1f} {detail}".rstrip(), file=sys.stdout, flush=True)


class _Answered(QObject):
    """Marks the first paint of the list that draws the probe query's results."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._shown = False
        window.search_panel.model.modelReset.connect(self._results_shown)
        window.search_panel.list_view.viewport().installEventFilter(self)

    def _results_shown(self) -> None:
        panel = self._window.search_panel
        self._shown = bool(panel.search_box.text()) and not panel.search_pending()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        panel = self._window.search_panel
        if self._shown and event.type() == QEvent.Type.Paint and panel.rows_drawn():
            self._shown = False
            watched.removeEventFilter(self)
            slug = panel.current_slug() or "-"
            QTimer.singleShot(0, lambda: mark("answered", slug))
        return False


def install(window: MainWindow) -> None:
    """Mark the first paint, then type the probe query (when one is given)."""
    query = os.environ.get(QUERY_ENV, "")

    def painted() -> None:
        mark("painted")
        if query:
            _Answered(window)
            window.search_panel.search_box.setText(query)

    window.first_paint.defer(painted, first=True)
