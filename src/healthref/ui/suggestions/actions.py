"""The window's suggestion features: menu items, the waiting count in the status bar, and the
dialogs — kept apart from MainWindow so each stays small."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from healthref.ui.background import describe
from healthref.ui.suggestions.service import SuggestionService
from healthref.ui.window_menus import set_shortcut

if TYPE_CHECKING:
    from healthref.core.suggestions.sync import SyncReport
    from healthref.ui.main_window import MainWindow
    from healthref.ui.suggestions.dialog import AnswerFinder, SuggestDialog
    from healthref.ui.suggestions.report_dialog import ReportDialog


class SuggestionActions:
    """Adds a Suggestions menu and the waiting count to `window`."""

    def __init__(
        self,
        window: QMainWindow,
        service: SuggestionService,
        find_answers: AnswerFinder,
        open_article: Callable[[str], object],
        *,
        allow_files: bool = True,
    ) -> None:
        self.window = window
        self.service = service
        self._find_answers = find_answers
        self._open_article = open_article
        self.dialog: SuggestDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.limits: tuple[int, int] | None = None  # per visitor, per day (kiosk mode)
        self.visitor_count = 0
        self.waiting = QLabel(window)
        self.waiting.setObjectName("waitingSuggestions")
        self.waiting.hide()
        window.statusBar().addPermanentWidget(self.waiting)
        service.pending_changed.connect(self._show_count)
        service.sync_finished.connect(self._sync_finished)

        menu: QMenu = window.menuBar().addMenu(
            QCoreApplication.translate("SuggestionActions", "&Suggestions")
        )
        self.suggest_action = QAction(
            QCoreApplication.translate("SuggestionActions", "&Suggest a question…"), window
        )
        set_shortcut(self.suggest_action, "Ctrl+Shift+S")
        self.suggest_action.triggered.connect(lambda: self.open_dialog(""))
        self.list_action = QAction(
            QCoreApplication.translate("SuggestionActions", "&My suggestions"), window
        )
        self.list_action.triggered.connect(self.show_list)
        menu.addAction(self.suggest_action)
        menu.addAction(self.list_action)
        if allow_files:
            export = QAction(
                QCoreApplication.translate(
                    "SuggestionActions", "&Export waiting suggestions to a file…"
                ),
                window,
            )
            export.triggered.connect(self.export_to_file)
            menu.addAction(export)
        if service.sync_configured:
            send = QAction(QCoreApplication.translate("SuggestionActions", "Send &now"), window)
            send.triggered.connect(service.sync_now)
            menu.addAction(send)

    def prepare(self) -> None:
        """Load the dialog's modules (after the first paint), so the first one opens at once."""
        from healthref.ui.suggestions import dialog, my_suggestions, report_dialog  # noqa: F401

    def _show_count(self, count: int) -> None:
        if not shiboken6.isValid(self.waiting):  # the count arrived after the window closed
            return
        self.waiting.setText(
            QCoreApplication.translate(
                "SuggestionActions", "%n suggestion(s) waiting to be sent", None, count
            )
        )
        self.waiting.setVisible(count > 0)

    def _visitor_limit(self) -> str:
        """Why this visitor may not suggest more, or "" when they may."""
        if self.limits is not None and self.visitor_count >= self.limits[0]:
            return QCoreApplication.translate(
                "SuggestionActions",
                "Thank you — that is as many suggestions as we can take from "
                "one visit. Please ask a health worker at the desk.",
            )
        return ""

    def _daily_limit(self, today: int) -> str:
        if self.limits is not None and today >= self.limits[1]:
            return QCoreApplication.translate(
                "SuggestionActions",
                "Thank you — this screen has taken all the suggestions it can "
                "for today. Please ask a health worker at the desk.",
            )
        return ""

    def reset_for_new_visitor(self) -> None:
        """Forget the last visitor: their count and any unsent text."""
        self.visitor_count = 0
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        if self.report_dialog is not None:
            self.report_dialog.reject()
            self.report_dialog = None

    def open_dialog(self, prefill: str) -> None:
        """Open the dialog; in kiosk mode only after the limits (read in the background)
        allow one more suggestion."""
        self._when_allowed(lambda: self._open_dialog(prefill))

    def open_report(self, slug: str, question: str) -> None:
        """Open "Report a problem" for one answer; reports count against the same limits."""
        self._when_allowed(lambda: self._open_report(slug, question))

    def _open_report(self, slug: str, question: str) -> ReportDialog:
        from healthref.ui.suggestions.report_dialog import ReportDialog

        dialog = ReportDialog(self.service, slug, question, self.window)
        dialog.saved.connect(self._count_visitor_suggestion)
        dialog.finished.connect(lambda _result: setattr(self, "report_dialog", None))
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _when_allowed(self, open_it: Callable[[], object]) -> None:
        if self.limits is None:
            open_it()
            return
        refusal = self._visitor_limit()
        if refusal:
            self._refuse(refusal)
            return
        start = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        self.service.run(
            "checking today's suggestions",
            lambda outbox: outbox.saved_since(start),
            lambda today: (
                self._refuse(refusal) if (refusal := self._daily_limit(today)) else open_it()
            ),
            lambda _error: self._refuse(
                QCoreApplication.translate(
                    "SuggestionActions", "Suggestions cannot be saved here right now."
                )
            ),
        )

    def _refuse(self, refusal: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.window.statusBar().showMessage(refusal, 15_000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("SuggestionActions", "Suggest a question"),
            refusal,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.open()

    def _open_dialog(self, prefill: str) -> SuggestDialog:
        from healthref.ui.suggestions.dialog import SuggestDialog

        dialog = SuggestDialog(self.service, self._find_answers, prefill, self.window)
        dialog.saved.connect(self._count_visitor_suggestion)
        dialog.open_article.connect(self._open_article)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _count_visitor_suggestion(self) -> None:
        self.visitor_count += 1

    def show_list(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from healthref.ui.suggestions.my_suggestions import MySuggestionsDialog

        self.service.run(
            "reading your suggestions",
            lambda outbox: outbox.all(),
            lambda rows: MySuggestionsDialog(rows, self.window).open(),
            lambda error: QMessageBox.warning(
                self.window,
                QCoreApplication.translate("SuggestionActions", "My suggestions"),
                describe(error),
            ),
        )

    def export_to_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from healthref.core.suggestions.transfer import export_file

        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("SuggestionActions", "Export suggestions"),
            "healthref-suggestions.zip",
            QCoreApplication.translate("SuggestionActions", "Suggestion files (*.zip)"),
        )
        if not name:
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate("SuggestionActions", "Writing suggestions…")
        )
        self.service.run(
            "exporting suggestions",
            lambda outbox: export_file(outbox.pending(), Path(name)),
            lambda count: self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SuggestionActions", "Wrote %n suggestion(s) to %1", None, count
                ).replace("%1", name),
                8000,
            ),
            lambda error: QMessageBox.warning(
                self.window,
                QCoreApplication.translate("SuggestionActions", "Export suggestions"),
                describe(error),
            ),
        )

    def _sync_finished(self, report: SyncReport) -> None:
        """Say what sending did; a failure is said, not dropped."""
        if report.error:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SuggestionActions",
                    "Suggestions not sent: %1. They are kept and will be retried.",
                ).replace("%1", report.error),
                15_000,
            )
        elif report.sent:
            sent = report.sent  # a plain name: lupdate skips a call whose count is an attribute
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SuggestionActions", "Sent %n suggestion(s).", None, sent
                ),
                8000,
            )


def add_suggestions(window: MainWindow, service: SuggestionService) -> SuggestionActions:
    """The window's suggestion features, asked for from its answer pane (suggest, report a
    problem), its search panel and its reading pane (no confident answer)."""
    from healthref.ui.suggestions.answering import AnsweringQuestions

    actions = SuggestionActions(
        window,
        service,
        AnsweringQuestions(window.store.path),
        window.open_article,
        allow_files=window.policy.allow_files,
    )
    window.answer.suggestions_enabled = True
    window.search_panel.suggestions_enabled = True

    def report(slug: str) -> None:
        view = window.store.article(slug)
        if view is not None:
            actions.open_report(slug, view.article.question)

    window.answer.suggest_requested.connect(lambda: actions.open_dialog(""))
    window.answer.report_requested.connect(report)
    window.search_panel.suggest_requested.connect(actions.open_dialog)
    window.reading.suggest_requested.connect(actions.open_dialog)
    return actions
