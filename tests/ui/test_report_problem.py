"""Report a problem with an answer from the window: the link under every answer, the dialog,
refusals shown in it, the outbox, and the kiosk's limits."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from healthref.core.suggestions.outbox import Outbox
from healthref.ui.main_window import MainWindow
from healthref.ui.suggestions.report_dialog import ReportDialog
from tests.conftest import REPO

SEPSIS = "what-causes-sepsis"


def _open_report(qtbot: QtBot, window: MainWindow) -> ReportDialog:
    assert window.open_article(SEPSIS)
    assert "Report a problem" in window.answer.toPlainText()
    window.answer.anchorClicked.emit(QUrl("report:"))
    actions = window.suggestions
    assert actions is not None
    qtbot.waitUntil(lambda: actions.report_dialog is not None, timeout=10_000)
    assert actions.report_dialog is not None
    return actions.report_dialog


def _send(qtbot: QtBot, dialog: ReportDialog, text: str, part: int = 0) -> None:
    dialog.problem.setPlainText(text)
    dialog.part.setCurrentIndex(part)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def _rows(window: MainWindow) -> list[tuple[str, str, str, str]]:
    assert window.suggestions is not None
    outbox: Outbox = window.suggestions.service.outbox()
    return [(r.kind, r.slug, r.part, r.text) for r in outbox.all()]


def test_report_from_under_the_answer(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_report(qtbot, window)
    assert dialog.slug == SEPSIS
    dialog.problem.setPlainText("The key facts say sepsis is rare; it is common.")
    dialog.part.setCurrentIndex(3)
    dialog.grab().save(str(REPO / "docs" / "screenshots" / "report-problem.png"))
    _send(qtbot, dialog, "The key facts say sepsis is rare; it is common.", 3)
    assert not dialog.isVisible(), dialog.message.text()
    qtbot.waitUntil(
        lambda: window.suggestions is not None and window.suggestions.waiting.isVisible()
    )
    assert _rows(window) == [
        ("problem", SEPSIS, "Key facts", "The key facts say sepsis is rare; it is common.")
    ]


def test_report_with_personal_data_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open_report(qtbot, window)
    _send(qtbot, dialog, "Call me on 0712 345 678 about this answer")
    assert dialog.isVisible()
    assert "phone number" in dialog.message.text()
    assert dialog.problem.toPlainText() == "Call me on 0712 345 678 about this answer"
    assert _rows(window) == []


def test_kiosk_limits_count_reports(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    for number in range(2):  # the kiosk fixture allows two per visitor
        dialog = _open_report(qtbot, kiosk_window)
        _send(qtbot, dialog, f"Problem number {number} with this answer")
        assert not dialog.isVisible(), dialog.message.text()
    actions = kiosk_window.suggestions
    assert actions is not None
    actions.open_report(SEPSIS, "What causes sepsis?")
    qtbot.waitUntil(
        lambda: "as many suggestions as we can take" in kiosk_window.statusBar().currentMessage()
    )
    assert actions.report_dialog is None
    assert len(_rows(kiosk_window)) == 2
