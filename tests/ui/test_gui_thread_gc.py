"""Cycles are collected on the GUI thread only: a background thread never destroys a Qt
object by collecting a cycle that holds it."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

freed_on: list[str] = []


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it
        self.qt = QObject()  # destroyed with it, on the thread that collects

    def __del__(self) -> None:
        freed_on.append(threading.current_thread().name)


def test_cycles_made_anywhere_are_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # installed for the session, as run_window installs it
    made: list[weakref.ref[_Node]] = []
    kept: list[list[object]] = []

    def on_worker() -> None:
        node = _Node()
        made.append(weakref.ref(node))
        del node
        # Enough live allocations that Python's own collector would have run here.
        kept.extend([] for _ in range(3 * gc.get_threshold()[0]))

    worker = threading.Thread(target=on_worker, name="background")
    worker.start()
    worker.join()
    assert made[0]() is not None  # nothing collected the cycle on the worker
    qtbot.waitUntil(lambda: made[0]() is None, timeout=5_000)  # the GUI thread's timer did
    assert freed_on == [threading.main_thread().name]


def test_what_start_up_built_is_left_out_of_later_collections() -> None:
    # Frozen when the collector took over (the first frame): each collection after looks only
    # at what came later, and a cycle made now is still collected.
    assert gc.get_freeze_count() > 0
    node = _Node()
    found = weakref.ref(node)
    del node
    gc.collect()
    assert found() is None
