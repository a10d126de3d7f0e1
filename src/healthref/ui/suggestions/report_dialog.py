"""The "Report a problem with this answer" dialog: what is wrong, optionally which part; saved
in the outbox and sent like a suggestion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from healthref.core.i18n.catalogue import current_language
from healthref.ui.background import describe
from healthref.ui.suggestions.service import SuggestionService

if TYPE_CHECKING:
    from healthref.core.suggestions.outbox import Saved

PARTS = (
    "Quick answer",
    "Get help now box",
    "Key facts",
    "When to get medical help",
    "Body",
    "Sources",
    "Other",
)  # stored in English with the report; shown translated (see _part_names)


class ReportDialog(QDialog):
    """Emits `saved` once the report is in the outbox."""

    saved = Signal()

    def __init__(
        self, service: SuggestionService, slug: str, question: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self._service = service
        self.slug = slug
        self.busy = False
        self.setWindowTitle(self.tr("Report a problem with this answer"))
        self.setMinimumWidth(520)
        about = QLabel(question, self)
        about.setWordWrap(True)
        about.setObjectName("reportQuestion")
        about.setStyleSheet("font-weight: bold")
        intro = QLabel(
            self.tr(
                "Tell the people who write the answers what is wrong. Please don't include "
                "names, phone numbers or other personal details."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.problem = QPlainTextEdit(self)
        self.problem.setObjectName("reportText")
        self.problem.setPlaceholderText(self.tr("What is wrong?"))
        self.part = QComboBox(self)
        self.part.setObjectName("reportPart")
        self.part.addItem(self.tr("Not sure / the whole answer"), "")
        for name, shown in zip(PARTS, self._part_names(), strict=True):
            self.part.addItem(shown, name)
        form = QFormLayout()
        form.addRow(self.tr("Problem"), self.problem)
        form.addRow(self.tr("Which part"), self.part)
        self.message = QLabel("", self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Send report"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (about, intro):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _part_names(self) -> tuple[str, ...]:
        """PARTS in the interface language, in the same order."""
        return (
            self.tr("Quick answer"),
            self.tr("Get help now box"),
            self.tr("Key facts"),
            self.tr("When to get medical help"),
            self.tr("Body"),
            self.tr("Sources"),
            self.tr("Other"),
        )

    def submit(self) -> None:
        """Save in the background; a refusal (personal data, too short) is shown here."""
        if self.busy:
            return
        self.busy = True
        self.message.setText(self.tr("Saving…"))
        text, part, slug = self.problem.toPlainText(), str(self.part.currentData() or ""), self.slug

        def saved(result: Saved) -> None:
            self.busy = False
            self._service.pending_changed.emit(result.pending)
            self.saved.emit()
            self.accept()

        def failed(error: Exception) -> None:
            self.busy = False
            self.message.setText(describe(error))

        self._service.run(
            "saving your report",
            lambda outbox: outbox.save_report(slug, text, part, current_language()),
            saved,
            failed,
        )
