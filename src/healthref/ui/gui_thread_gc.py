"""Python's cycle collector run only on the GUI thread: left automatic, it runs on whichever
thread happens to allocate, and a cycle holding a Qt object collected on a search or
background thread destroys that object there ("Timers cannot be stopped from another
thread"). Automatic collection is turned off and a timer collects instead."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1_000  # young objects are looked at every second, older ones more rarely


class GuiThreadCollector(QObject):
    """Collects on the GUI thread, generation by generation, as allocations call for it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        # What start-up built lives as long as the window: kept out of every later collection,
        # so each looks only at what came after.
        gc.freeze()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose count is over its threshold; how many objects
        were found unreachable."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Back to Python's automatic collection."""
        self._timer.stop()
        gc.enable()


_installed: GuiThreadCollector | None = None


def install(parent: QObject) -> GuiThreadCollector:
    """Turn automatic collection off and collect on `parent`'s (the GUI) thread; once."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(parent)
    return _installed
