"""Printing the open answer for real (no stand-in for the printing functions): the desktop's
preview shows the handout's pages, and a kiosk prints to the default printer or says there is
none. The default printer is a PDF-writing printer here, read back with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.content.handout import Paper
from healthref.core.settings.kiosk import KioskSettings, hash_pin
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow
from healthref.ui.printing import handout_actions
from healthref.ui.printing.handout_pdf import set_up_page
from tests.ui.conftest import PIN

SEPSIS = "what-causes-sepsis"


@pytest.fixture
def printing_kiosk(qtbot: QtBot, app_paths: paths.AppPaths) -> Iterator[MainWindow]:
    settings = KioskSettings(pin_hash=hash_pin(PIN, "s", 1000), allow_print=True)
    window = build_window(app_paths, kiosk=settings)
    assert isinstance(window, MainWindow) and window.kiosk is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.kiosk.exit_authorised = True
    window.close()


class NamedPrinter(QPrinter):
    """The system's default printer, as QPrinter reports it; it prints into a PDF file."""

    def __init__(self, name: str, output: Path) -> None:
        super().__init__(QPrinter.PrinterMode.ScreenResolution)
        self.setOutputFileName(str(output))
        self.name = name

    def printerName(self) -> str:
        return self.name


def _default_printer(
    monkeypatch: pytest.MonkeyPatch, name: str, output: Path
) -> Callable[[Paper], QPrinter]:
    original = handout_actions.handout_printer

    def printer(paper: Paper) -> QPrinter:
        made = NamedPrinter(name, output)
        set_up_page(made, paper)
        assert made.pageLayout() == original(paper).pageLayout()  # set up as for real
        return made

    monkeypatch.setattr(handout_actions, "handout_printer", printer)
    return printer


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
def test_a_kiosk_prints_the_open_answer_on_the_default_printer(
    qtbot: QtBot, printing_kiosk: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paper = tmp_path / "tray.pdf"
    _default_printer(monkeypatch, "Desk printer", paper)
    printing_kiosk.open_article(SEPSIS)
    actions = printing_kiosk.reading_actions
    assert actions is not None
    actions.print_action.trigger()
    assert printing_kiosk.statusBar().currentMessage() == "Sent to Desk printer."
    text = subprocess.run(
        ["pdftotext", str(paper), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "What causes sepsis?" in text


def test_a_kiosk_without_a_printer_says_to_ask_at_the_desk(
    qtbot: QtBot, printing_kiosk: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paper = tmp_path / "tray.pdf"
    _default_printer(monkeypatch, "", paper)  # what QPrinter says when none is set up
    printing_kiosk.open_article(SEPSIS)
    actions = printing_kiosk.reading_actions
    assert actions is not None
    actions.print_action.trigger()
    assert printing_kiosk.statusBar().currentMessage() == (
        "No printer is set up. Please ask at the desk."
    )
    assert not paper.exists()


def test_the_desktop_preview_shows_the_handout_pages(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, int]] = []

    def look_and_close() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(50, look_and_close)
            return
        dialog = dialogs[0]
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        seen.append((dialog.windowTitle(), preview.pageCount()))
        dialog.reject()

    window.open_article(SEPSIS)
    actions = window.reading_actions
    assert actions is not None
    QTimer.singleShot(0, look_and_close)
    actions.print_action.trigger()  # returns when the preview is closed
    assert len(seen) == 1
    title, pages = seen[0]
    assert title == "Print handout — What causes sepsis?"
    assert pages >= 1
