"""The first frame imports only what it shows: the real entry point is started offscreen and the
modules loaded when the question list is first painted are compared with what that frame needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs `healthref [--kiosk] --home DIR` and, at the mark named by PROBE_AT (the first paint, or
# the probe query's answer on screen), prints the loaded modules, whether PySide has built the
# Qt namespace's enum classes (about 20 ms, left until the window is idle: ui/qt_values), and
# whether it has built Qt's accessibility classes (about 3 ms, left until something is said),
# and whether it has set up the classes of every widget type a Qt-made widget might be (about
# 10 ms: the first Qt-made widget Python is handed does it; a calendar stands for them all).
SCRIPT = """
import os, sys
import PySide6.QtCore
import PySide6.QtGui
import PySide6.QtWidgets
import healthref.ui.startup_probe as probe

def mark(name, detail=""):
    if name != os.environ.get("PROBE_AT", "painted"):
        return
    modules = sorted(sys.modules)  # before this script's own json is imported
    import json

    state = {
        "modules": modules,
        "qt_namespace": "Qt" in vars(PySide6.QtCore),
        "qt_accessibility": "QAccessible" in vars(PySide6.QtGui),
        "every_widget_class": "QCalendarWidget" in vars(PySide6.QtWidgets),
    }
    print(json.dumps(state), flush=True)
    os._exit(0)

probe.mark = mark
from healthref.cli import main
sys.exit(main(sys.argv[1:]))
"""

# Our modules the first frame uses: the window, its search box and list, the answer pane.
FIRST_FRAME = {
    "healthref",
    "healthref.paths",
    "healthref.cli",
    "healthref.cli.launch",  # never cli.parser or cli.dispatch: a launch builds no commands
    "healthref.core",
    "healthref.core.failures",
    "healthref.core.sqlite_files",
    "healthref.core.content",
    "healthref.core.content.database",
    "healthref.core.content.notices",
    "healthref.core.content.tier",  # the notices' urgency tiers; the article record comes later
    "healthref.core.content.packing",  # the store's record format: zlib, a few lines
    "healthref.core.content.schema",
    "healthref.core.content.store",
    "healthref.core.settings",
    "healthref.core.settings.file",
    "healthref.core.settings.rules",
    "healthref.ui",
    "healthref.ui.app",
    "healthref.ui.background",
    "healthref.ui.first_paint",
    "healthref.ui.main_window",
    "healthref.ui.reading",
    "healthref.ui.reading.answer_view",
    "healthref.ui.reading.navigation",
    "healthref.ui.reading.pane",
    "healthref.ui.reading.welcome",
    "healthref.ui.search",
    "healthref.ui.search.hit_delegate",
    "healthref.ui.search.keys",
    "healthref.ui.search.panel_parts",
    "healthref.ui.search.panel_notes",
    "healthref.ui.search.messages",
    "healthref.ui.search.panel",
    "healthref.ui.search.question_model",
    "healthref.ui.search.type_to_search",
    "healthref.ui.search.row_details",  # the question list fills in rows as they scroll in
    "healthref.ui.search.worker",
    "healthref.ui.suggestions",
    "healthref.ui.suggestions.actions",
    "healthref.ui.suggestions.service",
    "healthref.ui.suggestions.answering",  # the engine itself is made on first use
    "healthref.ui.startup_probe",  # the probe itself
    "healthref.ui.visitor_state",
    "healthref.ui.window_layout",  # the first-run size and the remembered layout
    "healthref.ui.feature_scan",  # spares the modules after it PySide's source scan
    "healthref.ui.launch_settings",
    "healthref.ui.window_menus",
    "healthref.ui.window_policy",
    "healthref.ui.qt_values",  # Qt's enum values as ints: the Qt namespace waits (see SCRIPT)
    # Which content DB opens (an installed pack or the bundled one) and the "Content as of"
    # label in the status bar. With no pack installed (as here) the pack modules themselves
    # (manifests, state, signers and trusted keys) are not loaded.
    "healthref.core.packs",
    "healthref.core.packs.content_info",
    "healthref.core.packs.opening",
    "healthref.ui.packs",
    "healthref.ui.packs.content_updates",
    "healthref.ui.packs.wiring",
    # The theme's palette and the text size: applied later, the first frame would flash.
    "healthref.ui.appearance",
    "healthref.ui.appearance.answer_css",
    "healthref.ui.appearance.colours",
    "healthref.ui.appearance.controller",
    "healthref.ui.appearance.wiring",
    # The strip above the answer (star, copy, print) is on the first screen; its service only
    # holds a queue. The Saved and History docks (saved_view, history_view) come later.
    "healthref.core.userdata",
    "healthref.core.userdata.limits",  # the note field's length (the records load later)
    "healthref.ui.userdata",
    "healthref.ui.userdata.answer_bar",
    "healthref.ui.userdata.install",
    "healthref.ui.userdata.reading_actions",
    "healthref.ui.userdata.reading_menus",
    "healthref.ui.userdata.service",
    # Parts of the panes' layout: the list's empty-state label, the (hidden) find bar, and
    # announcements, which load Qt's accessibility classes only when something is said.
    "healthref.ui.search.reader_label",
    "healthref.ui.reading.find_bar",
    "healthref.ui.announce",
    # The interface language: installed before the first frame so that it is in that language
    # (one small .qm and .mo each); View → Interface language and the kiosk's buttons are built with
    # the menus; category names are the filter's items.
    "healthref.core.i18n",
    "healthref.core.i18n.catalogue",
    "healthref.core.i18n.languages",
    "healthref.ui.language",
    "healthref.ui.language_choice",
    "healthref.ui.category_names",
    # the question list is drawn in the content language; View → Article language
    "healthref.ui.content_language",
    "healthref.core.content.labels",
    "healthref.ui.elided_label",  # the status bar's "Content as of …"
}
KIOSK_FRAME = {
    "healthref.core.desktop",
    "healthref.core.desktop.virtual_keyboard",
    "healthref.core.settings.kiosk",
    "healthref.core.settings.pin",
    "healthref.ui.kiosk",
    "healthref.ui.kiosk.controller",
    "healthref.ui.kiosk.home",
    "healthref.ui.kiosk.parts",
    "healthref.ui.kiosk.pin_attempts",
    "healthref.ui.kiosk.related",
    "healthref.ui.kiosk.screens",
    "healthref.ui.kiosk.text_scale",
}
# Libraries that only later work needs: search, the user DB, articles' Markdown, pack
# signatures, the settings file's parser (no file here; nor the trusted keys), the log file,
# PIN hashing, spelling correction, user folders; JSON (an installed pack's state, the
# search's facts), dataclasses (about 4 ms with the classes they make) and the locale module
# (argparse's messages: the window's options are read without the parser).
LATER = (
    "sqlalchemy",
    "markdown",
    "cryptography",
    "rapidfuzz",
    "tomllib",
    "logging.handlers",
    "hmac",
    "platformdirs",
    "json",
    "dataclasses",
    "locale",
)


def state_at(home: Path, *options: str, query: str = "") -> dict[str, object]:
    """What the real entry point has loaded at its first paint, or (given `query`) once the
    answer to that query is on screen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEALTHREF_STARTUP_PROBE": "1"}
    env.pop("HEALTHREF_STARTUP_PROBE_QUERY", None)
    if query:
        env.update(HEALTHREF_STARTUP_PROBE_QUERY=query, PROBE_AT="answered")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *options, "--home", str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    state = json.loads(result.stdout.splitlines()[-1])
    assert isinstance(state, dict)
    return state


def modules_at_first_paint(home: Path, *options: str) -> set[str]:
    modules = state_at(home, *options)["modules"]
    assert isinstance(modules, list)
    return {str(m) for m in modules}


@pytest.mark.parametrize("options", [(), ("--kiosk",)], ids=["desktop", "kiosk"])
def test_the_first_frame_imports_only_what_it_shows(tmp_path: Path, options: tuple[str]) -> None:
    loaded = modules_at_first_paint(tmp_path, *options)
    ours = {m for m in loaded if m == "healthref" or m.startswith("healthref.")}
    needed = FIRST_FRAME | (KIOSK_FRAME if options else set())
    assert sorted(ours - needed) == [], "imported before the first paint, not needed by it"
    # coverage.py, when it measures this child (the CI gate), imports these for itself.
    by_coverage = {"tomllib", "hashlib", "json", "dataclasses"} if "coverage" in loaded else set()
    ours_loaded = loaded - by_coverage
    assert sorted(m for m in LATER if m in ours_loaded) == []
    assert "hashlib" not in ours_loaded or options  # only the kiosk checks a PIN, and not yet


def test_showing_the_window_loads_neither_sqlalchemy_nor_markdown(tmp_path: Path) -> None:
    loaded = modules_at_first_paint(tmp_path)
    assert "healthref.ui.main_window" in loaded  # the probe saw the real window
    assert not {"sqlalchemy", "markdown"} & loaded


@pytest.mark.parametrize("options", [(), ("--kiosk",)], ids=["desktop", "kiosk"])
def test_the_qt_namespace_waits_until_the_first_answer_is_on_screen(
    tmp_path: Path, options: tuple[str]
) -> None:
    # Its 96 enum classes cost about 20 ms: neither the first frame nor the first answer waits
    # for them (the window loads them once idle; a kiosk makes its window frameless without).
    painted = state_at(tmp_path, *options)
    assert painted["qt_namespace"] is False
    assert painted["qt_accessibility"] is False  # nothing has been announced yet
    # The list's viewport and the answer's column are found without Qt's own viewports.
    assert painted["every_widget_class"] is False
    answered = state_at(tmp_path, *options, query="blood poisoning")
    assert "healthref.core.search.engine" in answered["modules"]  # type: ignore[operator]
    assert answered["qt_namespace"] is False
