"""FirstPaint: runs the window's deferred start-up steps once, after its first real paint with
the question list filled — or at once, before the first input event reaches the window, should
a user be quicker than that."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

STARTUP_PROBE_ENV = "HEALTHREF_STARTUP_PROBE"

# Whatever lets a user reach a part of the window: keys, clicks, wheel, touch, shortcuts.
# (Not the pointer merely entering: a window shown under the pointer gets that unasked.)
INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ContextMenu,
        QEvent.Type.InputMethod,
    }
)


class FirstPaint(QObject):
    """`defer(step)` queues a step; the steps run in order once `canvas` (or another watched
    one) has been painted while `filled()` is true (on the next turn of the event loop, so
    after the frame is on screen), or before the first input event, whichever comes first.
    Steps deferred later run at once."""

    ran = Signal()

    def __init__(self, canvas: QWidget, filled: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._canvases: dict[QWidget, Callable[[], bool]] = {canvas: filled}
        self._steps: list[Callable[[], object]] = []
        self._scheduled = False
        self.done = False
        canvas.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def watch(self, canvas: QWidget, filled: Callable[[], bool]) -> None:
        """Count a paint of `canvas` (while `filled()`) as the first frame too: for a window
        whose first screen is not the question list (the kiosk's home)."""
        if not self.done:
            self._canvases[canvas] = filled
            canvas.installEventFilter(self)

    def defer(self, step: Callable[[], object], *, first: bool = False) -> None:
        """Run `step` after the first paint (now, when that has happened); `first` puts it
        ahead of the steps already queued."""
        if self.done:
            step()
        else:
            self._steps.insert(0 if first else len(self._steps), step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT and not self.done:
            self.run()
        elif kind == QEvent.Type.Paint and self._ready_to_run(watched):
            # Queued from inside the paint: it fires once this frame has been flushed.
            self._scheduled = True
            QTimer.singleShot(0, self.run)
        return False

    def _ready_to_run(self, painted: QObject) -> bool:
        filled = self._canvases.get(painted)  # type: ignore[call-overload]
        return not self._scheduled and filled is not None and filled()

    def run(self) -> None:
        """Run every deferred step now (once); later steps run as they are deferred."""
        if self.done:
            return
        self.done = True
        for canvas in self._canvases:
            canvas.removeEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        steps, self._steps = self._steps, []
        for step in steps:
            step()
        self.ran.emit()
