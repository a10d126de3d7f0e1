"""FirstPaint: runs the window's deferred start-up steps once, after its first real paint with
the question list filled — or at once, before the first input event reaches the window, should
a user be quicker than that. Work nobody can reach waits longer: until search has settled."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

STARTUP_PROBE_ENV = "HEALTHREF_STARTUP_PROBE"
IDLE_RECHECK_MS = 200  # how often waiting idle steps look again whether the window is idle

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
    Steps deferred later run at once.

    `defer(step, idle=True)` is for work no user can reach (checks, logs, preloads): it runs
    after the other steps, one step per turn of the event loop, and only once `settle_on`'s
    check says the window is idle — so a query typed as the window appears is answered first.
    `defer(step, idle=True, reachable=True)` is for parts a user can reach but need not wait
    for (the Saved and History docks and their shortcuts): idle too, but run at once before
    the first input event should that come first.

    Input is watched where it enters the window, not application-wide (an application filter
    sees Qt's internal objects, and wrapping those for Python costs the first frame ~70 enum
    classes), nor on each of its widgets (handing Python every child, and the classes of the
    children Qt made, cost it ~4 ms): the window system hands keys, shortcuts, clicks, wheel
    turns and touches to the window's QWindow before any widget."""

    ran = Signal()

    def __init__(self, canvas: QWidget, filled: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._canvases: dict[QWidget, Callable[[], bool]] = {canvas: filled}
        self._steps: list[Callable[[], object]] = []
        self._idle_steps: list[Callable[[], object]] = []
        self._reachable: list[Callable[[], object]] = []  # idle steps input must not outrun
        self._watched: list[QObject] = []
        self._scheduled = False
        self._idle_turn = False
        self._is_idle: Callable[[], bool] = lambda: True
        self.done = False
        self._watch_input(canvas)
        if isinstance(parent, QWidget):
            self._watch_input(parent)  # its Show event: its QWindow exists from then on

    def watch(self, canvas: QWidget, filled: Callable[[], bool]) -> None:
        """Count a paint of `canvas` (while `filled()`) as the first frame too: for a window
        whose first screen is not the question list (the kiosk's home)."""
        if not self.done:
            self._canvases[canvas] = filled
            self._watch_input(canvas)

    def settle_on(self, is_idle: Callable[[], bool], became_idle: SignalInstance) -> None:
        """Idle steps wait for `is_idle()`; `became_idle` says when to look again."""
        self._is_idle = is_idle
        became_idle.connect(self._next_idle_step)

    def defer(
        self,
        step: Callable[[], object],
        *,
        first: bool = False,
        idle: bool = False,
        reachable: bool = False,
    ) -> None:
        """Run `step` after the first paint (now, when that has happened); `first` puts it
        ahead of the steps already queued; `idle` makes it wait until the window is idle, and
        `reachable` (with `idle`) no longer than the first input event."""
        if idle and reachable and self.done and not self._watched:
            step()  # input is no longer watched for it: what a user can reach is made now
        elif idle:
            self._idle_steps.insert(0 if first else len(self._idle_steps), step)
            if reachable:
                self._reachable.append(step)
            if self.done:
                self._next_idle_step()
        elif self.done:
            step()
        else:
            self._steps.insert(0 if first else len(self._steps), step)

    def _watch_input(self, watched: QObject) -> None:
        if watched not in self._watched:
            self._watched.append(watched)
            watched.installEventFilter(self)

    def _watch_where_input_enters(self, window: QObject) -> None:
        """The shown window's QWindow: the window system hands it every key (shortcuts too),
        click, wheel turn and touch before any widget."""
        assert isinstance(window, QWidget)
        handle = window.windowHandle()
        if handle is not None:
            self._watch_input(handle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT and not self.done:
            self.run()
        if kind in INPUT and self._reachable:
            self._run_reachable()
        elif kind == QEvent.Type.Show and watched is self.parent() and not self.done:
            self._watch_where_input_enters(watched)
        elif kind == QEvent.Type.Paint and self._ready_to_run(watched):
            # Queued from inside the paint: it fires once this frame has been flushed.
            self._scheduled = True
            QTimer.singleShot(0, self.run)
        return False

    def _ready_to_run(self, painted: QObject) -> bool:
        filled = self._canvases.get(painted)  # type: ignore[call-overload]
        return not self._scheduled and filled is not None and filled()

    def run(self) -> None:
        """Run every deferred step now (once); later steps run as they are deferred. The
        idle steps follow, a turn at a time, once the window is idle."""
        if self.done:
            return
        self.done = True
        if not self._reachable:
            self._stop_watching()
        steps, self._steps = self._steps, []
        for step in steps:
            step()
        self.ran.emit()
        self._next_idle_step()

    def _next_idle_step(self) -> None:
        """Queue the next idle step for the next turn of the event loop, if the window is
        idle; each step queues the one after it."""
        if not (self.done and self._idle_steps and not self._idle_turn):
            return
        self._idle_turn = True
        if self._is_idle():
            QTimer.singleShot(0, self._run_idle_step)
        else:
            # `became_idle` normally wakes us; looking again now and then means a missed
            # signal can delay the idle work but never lose it.
            QTimer.singleShot(IDLE_RECHECK_MS, self._recheck)

    def _recheck(self) -> None:
        self._idle_turn = False
        if shiboken6.isValid(self):
            self._next_idle_step()

    def _run_idle_step(self) -> None:
        self._idle_turn = False
        if not shiboken6.isValid(self):  # its window closed while the step waited its turn
            return
        if self._idle_steps and self._is_idle():
            step = self._idle_steps.pop(0)
            if step in self._reachable:
                self._reachable.remove(step)
                if not self._reachable:
                    self._stop_watching()
            step()
        self._next_idle_step()

    def _run_reachable(self) -> None:
        """Input came before the window was idle: the reachable steps run now, before it."""
        steps, self._reachable = self._reachable, []
        self._stop_watching()
        for step in steps:
            self._idle_steps.remove(step)
            step()

    def _stop_watching(self) -> None:
        for watched in self._watched:
            if shiboken6.isValid(watched):  # watched longer now: it may be gone (a child)
                watched.removeEventFilter(self)
        self._watched.clear()

    def idle_steps_left(self) -> int:
        """How many idle steps are still waiting."""
        return len(self._idle_steps)
