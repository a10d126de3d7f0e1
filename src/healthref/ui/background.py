"""The one way the window runs work off the GUI thread: a task runs on a thread pool, and its
result or its failure comes back on the GUI thread. A failure nobody handles is shown to the
user (the `failed` signal, which the window puts in the status bar) and logged."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

T = TypeVar("T")
log = logging.getLogger("healthref.background")


class _Relay(QObject):
    """Lives on the GUI thread; its signals, emitted on a pool thread, are delivered to its
    own slots, which Qt queues to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[object], None], on_failed: Callable[[object], None]):
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver_result)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._on_done(result)

    @Slot(object)
    def _deliver_failure(self, error: object) -> None:
        self._on_failed(error)


class _Task(QRunnable, Generic[T]):
    def __init__(self, work: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # delivered to the GUI thread, shown and logged there
            self._deliver(self._relay.failed, exc)
            return
        self._deliver(self._relay.done, result)

    @staticmethod
    def _deliver(signal: SignalInstance, value: object) -> None:
        # The window that asked may be gone (closed without waiting): then nobody is told.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class BackgroundTasks(QObject):
    """Runs callables off the GUI thread. `max_threads=1` makes a serial queue (for work on
    an object that is not thread-safe, such as a search engine)."""

    failed = Signal(str, str)  # what was being done, the reason (for the user)

    def __init__(self, name: str, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setObjectName(name)
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(-1)  # keep the threads: per-thread state stays valid
        self._relays: set[_Relay] = set()
        self._closed = False

    def run(
        self,
        what: str,
        work: Callable[[], T],
        on_done: Callable[[T], Any] | None = None,
        on_failed: Callable[[Exception], Any] | None = None,
    ) -> None:
        """Run `work` on the pool; call `on_done(result)` or `on_failed(error)` on the GUI
        thread. Without `on_failed`, a failure is logged and reported through `failed`."""
        if self._closed:
            return

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        def deliver(result: object) -> None:
            finish()
            if on_done is not None and not self._closed:
                on_done(result)  # type: ignore[arg-type]

        def fail(error: object) -> None:
            finish()
            assert isinstance(error, Exception)
            log.error("%s failed: %s", what, error, exc_info=error)
            if self._closed:
                return
            if on_failed is not None:
                on_failed(error)
            else:
                self.failed.emit(what, describe(error))

        relay = _Relay(deliver, fail)
        self._relays.add(relay)
        self._pool.start(_Task(work, relay))

    def busy(self) -> bool:
        """Whether any task is queued or running."""
        return bool(self._relays)

    def close(self, timeout_ms: int = 10_000, *, finish_queued: bool = False) -> bool:
        """Stop taking work and wait for running tasks (and, with `finish_queued`, for the
        queued ones too); True when all of them finished."""
        self._closed = True
        if not finish_queued:
            self._pool.clear()
        return self._pool.waitForDone(timeout_ms)


def describe(error: BaseException) -> str:
    """A failure in words for the user: the known failure's own line, else its message."""
    one_line = getattr(error, "one_line", None)
    if callable(one_line):
        return str(one_line())
    return str(error) or type(error).__name__
