"""The window's suggestion features: menu items, the waiting count in the status bar, and the
dialogs — kept apart from MainWindow so each stays small."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox

from healthref.ui.suggestions.dialog import AnswerFinder, SuggestDialog
from healthref.ui.suggestions.service import SuggestionService


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
        self.limits: tuple[int, int] | None = None  # per visitor, per day (kiosk mode)
        self.visitor_count = 0
        self.waiting = QLabel(window)
        self.waiting.setObjectName("waitingSuggestions")
        self.waiting.hide()
        window.statusBar().addPermanentWidget(self.waiting)
        service.pending_changed.connect(self._show_count)

        menu: QMenu = window.menuBar().addMenu(window.tr("&Suggestions"))
        self.suggest_action = QAction(window.tr("&Suggest a question…"), window)
        self.suggest_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.suggest_action.triggered.connect(lambda: self.open_dialog(""))
        self.list_action = QAction(window.tr("&My suggestions"), window)
        self.list_action.triggered.connect(self.show_list)
        menu.addAction(self.suggest_action)
        menu.addAction(self.list_action)
        if allow_files:
            export = QAction(window.tr("&Export waiting suggestions to a file…"), window)
            export.triggered.connect(self.export_to_file)
            menu.addAction(export)
        if service.sync_configured:
            send = QAction(window.tr("Send &now"), window)
            send.triggered.connect(service.sync_now)
            menu.addAction(send)

    def _show_count(self, count: int) -> None:
        self.waiting.setText(
            self.window.tr("%1 suggestion(s) waiting to be sent").replace("%1", str(count))
        )
        self.waiting.setVisible(count > 0)

    def limit_reached(self) -> str:
        """Why no more suggestions may be taken now, or "" when they may."""
        if self.limits is None:
            return ""
        per_visitor, per_day = self.limits
        if self.visitor_count >= per_visitor:
            return self.window.tr(
                "Thank you — that is as many suggestions as we can take from "
                "one visit. Please ask a health worker at the desk."
            )
        start = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        try:
            today = self.service.outbox().saved_since(start)
        except Exception:
            return self.window.tr("Suggestions cannot be saved here right now.")
        if today >= per_day:
            return self.window.tr(
                "Thank you — this screen has taken all the suggestions it can "
                "for today. Please ask a health worker at the desk."
            )
        return ""

    def start_new_visitor(self) -> None:
        """Forget the last visitor: their count and any unsent text."""
        self.visitor_count = 0
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def open_dialog(self, prefill: str) -> SuggestDialog | None:
        refusal = self.limit_reached()
        if refusal:
            self.window.statusBar().showMessage(refusal, 15_000)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.window.tr("Suggest a question"),
                refusal,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.open()
            return None
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
        from healthref.ui.suggestions.my_suggestions import MySuggestionsDialog

        try:
            rows = self.service.outbox().all()
        except Exception as exc:
            QMessageBox.warning(self.window, self.window.tr("My suggestions"), str(exc))
            return
        MySuggestionsDialog(rows, self.window).open()

    def export_to_file(self) -> None:
        from healthref.core.suggestions.transfer import TransferError, export_file

        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.window.tr("Export suggestions"),
            "healthref-suggestions.zip",
            self.window.tr("Suggestion files (*.zip)"),
        )
        if not name:
            return
        try:
            count = export_file(self.service.outbox().pending(), Path(name))
        except (TransferError, OSError) as exc:
            QMessageBox.warning(self.window, self.window.tr("Export suggestions"), str(exc))
            return
        self.window.statusBar().showMessage(
            self.window.tr("Wrote %1 suggestion(s) to %2")
            .replace("%1", str(count))
            .replace("%2", name),
            8000,
        )
