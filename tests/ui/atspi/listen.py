"""Runs under the system Python (Debian's python3-pyatspi): listens on the AT-SPI bus, starts
the driven window, and prints as JSON what a screen reader would have been told."""

import json
import os
import subprocess
import sys
import threading

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

events: list[dict[str, str]] = []


def heard(event: object) -> None:
    events.append({"type": event.type, "text": str(event.any_data)})  # type: ignore[attr-defined]


for kind in ("object:announcement", "object:property-change:accessible-name"):
    pyatspi.Registry.registerEventListener(heard, kind)
env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
window = subprocess.Popen(sys.argv[1:], env=env)


def stop_when_done() -> None:
    window.wait()
    GLib.timeout_add(500, pyatspi.Registry.stop)


threading.Thread(target=stop_when_done, daemon=True).start()
GLib.timeout_add(90_000, pyatspi.Registry.stop)
pyatspi.Registry.start()
print(json.dumps({"events": events, "exit": window.returncode}))
