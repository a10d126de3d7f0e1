"""Start-up as users see it, under a real X server (Xvfb with openbox): from spawning the real
entry point (`healthref`, `healthref --kiosk`) to its window being mapped, to its first paint
with the question list filled, and to the first search answered on screen — beside a bare
PySide6 window with a list (the floor) and, when installed, Zeal, GoldenDict and Kiwix desktop.
Subjects are interleaved (the order rotates each round); medians and min–max are reported.

"mapped": polled from outside, over X11, until the child has a viewable window (its
_NET_WM_PID) with the subject's title. "painted" and "answered": lines the app prints when
HEALTHREF_STARTUP_PROBE=1 (src/healthref/ui/startup_probe.py); the floor prints the same.
CPU is the child's own CPU time at that mark (for the other readers: its whole CPU time
until it was stopped after mapping). Python's bytecode cache is used as on an installed
system (PYTHONDONTWRITEBYTECODE is dropped for the subjects). Needs Debian's xvfb and openbox.
Prints JSON.

With --baseline CHECKOUT, that checkout's code (its src/ first on PYTHONPATH, the same entry
point and Python) runs as two more subjects, "baseline" and "baseline_kiosk", in the same rounds:
a change compared with what came before it, on the same noisy machine at the same time.

Usage: python benchmarks/startup.py [--rounds 7] [--query "blood poisoning"] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

FLOOR = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare-floor")
view = QListView()
view.setModel(QStringListModel([f"Question {n}?" for n in range(124)]))
window.setCentralWidget(view)
window.resize(1180, 760)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: print(f"painted {time.process_time() * 1000:.1f}",
                                               flush=True))
        return False
probe = Painted()
view.viewport().installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Subject:
    """One program to start: its command, the window title to wait for, and its marks."""

    name: str
    command: list[str]
    title: str
    marks: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)


class WindowAttributes(ctypes.Structure):
    """Xlib's XWindowAttributes."""

    _fields_ = [
        *((n, ctypes.c_int) for n in ("x", "y", "width", "height", "border_width", "depth")),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        *((n, ctypes.c_int) for n in ("class_", "bit_gravity", "win_gravity", "backing_store")),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        *((n, ctypes.c_long) for n in ("all_event_masks", "your_event_mask", "dont_propagate")),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


class XDisplay:
    """Just enough Xlib (through ctypes) to ask whether a viewable window has a title."""

    def __init__(self) -> None:
        lib = ctypes.util.find_library("X11")
        if lib is None:
            raise SystemExit("startup benchmark: libX11 not found (apt-get install xvfb)")
        x = ctypes.CDLL(lib)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 4
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
            ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
            ctypes.c_void_p, ctypes.c_void_p,
        ]  # fmt: skip
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        x.XFree.argtypes = [ctypes.c_void_p]
        handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore = handler(lambda _display, _error: 0)  # windows vanish while we look
        x.XSetErrorHandler(self._ignore)
        self.x = x
        self.display = x.XOpenDisplay(None)
        if not self.display:
            raise SystemExit("startup benchmark: cannot open the X display")
        self.root = x.XDefaultRootWindow(self.display)
        self.names = [x.XInternAtom(self.display, n, 0) for n in (b"_NET_WM_NAME", b"WM_NAME")]
        self.pid_atom = x.XInternAtom(self.display, b"_NET_WM_PID", 0)

    def _children(self, window: int) -> list[int]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        args = (ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children))
        if not self.x.XQueryTree(self.display, window, *args, ctypes.byref(count)):
            return []
        found = [children[i] for i in range(count.value)]
        if children:
            self.x.XFree(children)
        return found

    def _property(self, window: int, atom: int) -> bytes:
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        status = self.x.XGetWindowProperty(
            self.display, window, atom, 0, 1024, 0, 0, ctypes.byref(kind),
            ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after), ctypes.byref(data),
        )  # fmt: skip
        if status != 0 or not data:
            return b""
        size = count.value * (ctypes.sizeof(ctypes.c_long) if fmt.value == 32 else 1)
        value = ctypes.string_at(data, size)
        self.x.XFree(data)
        return value

    def _title(self, window: int) -> str:
        for atom in self.names:
            text = self._property(window, atom).decode("utf-8", "replace")
            if text:
                return text
        return ""

    def _pid(self, window: int) -> int:
        value = self._property(window, self.pid_atom)
        return int.from_bytes(value[:4], sys.byteorder) if value else 0

    def _viewable(self, window: int) -> bool:
        attributes = WindowAttributes()
        if not self.x.XGetWindowAttributes(self.display, window, ctypes.byref(attributes)):
            return False
        return attributes.map_state == 2  # IsViewable

    def visible(self, title: str, pid: int) -> bool:
        """Whether process `pid` has a viewable window whose title contains `title` (two
        levels down: the window manager's frame, then the client)."""
        wanted = title.lower()
        for top in self._children(self.root):
            for window in [top, *self._children(top)]:
                if self._pid(window) != pid or not self._viewable(window):
                    continue
                if wanted in self._title(window).lower():
                    return True
        return False


def start_x(display: str) -> list[subprocess.Popen[bytes]]:
    """Xvfb and openbox on `display`, ready to take windows."""
    if shutil.which("Xvfb") is None or shutil.which("openbox") is None:
        raise SystemExit("startup benchmark: needs Xvfb and openbox (apt-get install xvfb openbox)")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], **quiet
    )
    os.environ["DISPLAY"] = display
    for _ in range(200):
        if subprocess.run(["xdpyinfo"], **quiet).returncode == 0:
            break
        time.sleep(0.05)
    manager = subprocess.Popen(["openbox"], **quiet)
    time.sleep(1.0)
    return [manager, server]


def run_once(subject: Subject, xdisplay: XDisplay, timeout: float = 60.0) -> dict[str, float]:
    """Spawn, wait for the window and every mark, stop; the times in ms since the spawn."""
    env = {**os.environ, **subject.env}
    # As installed: Python keeps compiled bytecode beside the sources (the first, untimed
    # run writes it); a sandbox's PYTHONDONTWRITEBYTECODE would recompile every module.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    child = subprocess.Popen(
        subject.command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        start_new_session=True,
    )
    marks: dict[str, float] = {}
    details: dict[str, str] = {}

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            now = (time.perf_counter() - start) * 1000
            name, *rest = line.split()
            if name in subject.marks and name not in marks:
                marks[name] = now
                marks[f"{name}_cpu"] = float(rest[0]) if rest else 0.0
                details[name] = " ".join(rest[1:])

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = start + timeout
    while "mapped" not in marks and time.perf_counter() < deadline:
        if xdisplay.visible(subject.title, child.pid):
            marks["mapped"] = (time.perf_counter() - start) * 1000
        else:
            time.sleep(0.001)
    while any(m not in marks for m in subject.marks) and time.perf_counter() < deadline:
        time.sleep(0.005)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGTERM)
    _pid, _status, usage = os.wait4(child.pid, 0)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)  # any helper process it left behind
    reader.join(timeout=5)
    missing = [m for m in ("mapped", *subject.marks) if m not in marks]
    if missing:
        raise SystemExit(f"startup benchmark: {subject.name} never reached {missing}")
    marks["cpu_total"] = (usage.ru_utime + usage.ru_stime) * 1000
    if details.get("answered") == "-":
        raise SystemExit(f"startup benchmark: {subject.name} answered with no question")
    return marks


def subjects(query: str, work: Path, baseline: Path | None = None) -> list[Subject]:
    """The floor, healthref, its kiosk, and whichever of the other readers are installed (and
    the baseline checkout's window and kiosk, when given)."""
    healthref = shutil.which("healthref", path=str(Path(sys.executable).parent)) or "healthref"
    probe = {"HEALTHREF_STARTUP_PROBE": "1", "HEALTHREF_STARTUP_PROBE_QUERY": query}
    old = {**probe, "PYTHONPATH": str(baseline / "src")} if baseline else {}
    found = [
        Subject("bare_floor", [sys.executable, "-c", FLOOR], "bare-floor", ("painted",)),
        Subject(
            "healthref",
            [healthref, "--home", str(work / "desktop")],
            "healthref",
            ("painted", "answered"),
            probe,
        ),
        Subject(
            "healthref_kiosk",
            [healthref, "--kiosk", "--home", str(work / "kiosk")],
            "healthref",
            ("painted", "answered"),
            probe,
        ),
    ]
    if baseline is not None:
        found += [
            Subject(
                name,
                [healthref, *options, "--home", str(work / name)],
                "healthref",
                ("painted", "answered"),
                old,
            )
            for name, options in (("baseline", []), ("baseline_kiosk", ["--kiosk"]))
        ]
    for name, program, title in (
        ("zeal", "zeal", "Zeal"),
        ("goldendict", "goldendict", "GoldenDict"),
        ("kiwix_desktop", "kiwix-desktop", "Kiwix"),
    ):
        if shutil.which(program):
            home = work / name
            env = {
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "QTWEBENGINE_DISABLE_SANDBOX": "1",
            }
            found.append(Subject(name, [program], title, (), env))
    return found


def summary(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--query", default="blood poisoning")
    parser.add_argument("--display", default=":93")
    parser.add_argument("--baseline", type=Path, help="another checkout to run beside this one")
    args = parser.parse_args()
    if args.baseline is not None and not (args.baseline / "src" / "healthref").is_dir():
        parser.error(f"--baseline: no src/healthref in {args.baseline}")
    helpers = start_x(args.display)
    try:
        xdisplay = XDisplay()
        with tempfile.TemporaryDirectory() as scratch:
            work = Path(scratch)
            everyone = subjects(args.query, work, args.baseline)
            for subject in everyone:
                run_once(subject, xdisplay)  # first run: caches warm, settings files written
            runs: dict[str, list[dict[str, float]]] = {s.name: [] for s in everyone}
            for round_number in range(args.rounds):
                shift = round_number % len(everyone)
                for subject in everyone[shift:] + everyone[:shift]:
                    runs[subject.name].append(run_once(subject, xdisplay))
    finally:
        for helper in helpers:
            helper.terminate()
            helper.wait()
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name, rounds in runs.items():
        keys = [k for k in rounds[0] if k != "cpu_total" or len(rounds[0]) == 2]
        results[name] = {k: summary([r[k] for r in rounds]) for k in keys}
    floor = results["bare_floor"]["painted"]["median"]
    app = results["healthref"]
    kiosk = results["healthref_kiosk"]
    window = max(app["mapped"]["median"], app["painted"]["median"])
    kiosk_window = max(kiosk["mapped"]["median"], kiosk["painted"]["median"])
    verdict: dict[str, object] = {
        "window_ms": window,
        "window_vs_floor": round(window / floor, 2),
        "window_vs_floor_budget": 1.5,
        "kiosk_window_ms": kiosk_window,
        "first_search_vs_floor": round(app["answered"]["median"] / floor, 2),
        "first_search_vs_floor_budget": 2.0,
    }
    if "kiwix_desktop" in results:
        kiwix = results["kiwix_desktop"]["mapped"]["median"]
        verdict["kiwix_mapped_ms"] = kiwix
        verdict["window_no_later_than_kiwix"] = window <= kiwix
        verdict["kiosk_within_10pct_of_kiwix"] = kiosk_window <= kiwix * 1.1
    report = {
        "rounds": args.rounds,
        "query": args.query,
        "cpus": os.cpu_count(),
        "subjects": results,
        "not_installed": [
            p for p in ("zeal", "goldendict", "kiwix-desktop") if shutil.which(p) is None
        ],
        "verdict": verdict,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
