"""The "My suggestions" list: what was saved here and what became of it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from healthref.core.suggestions.record import SuggestionView

STATUS_WORDS = {"pending": "Waiting to send", "sent": "Sent", "rejected": "Not accepted"}


class MySuggestionsDialog(QDialog):
    def __init__(self, rows: list[SuggestionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My suggestions"))
        self.resize(760, 420)
        self.table = QTreeWidget(self)
        self.table.setObjectName("mySuggestions")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Asked"),
                self.tr("Saved"),
                self.tr("Question"),
                self.tr("Details"),
            ]
        )
        for row in rows:
            detail = row.last_error if row.status != "sent" else row.acknowledged_at[:16]
            item = QTreeWidgetItem(
                [
                    self.tr(STATUS_WORDS.get(row.status, row.status)),
                    str(row.times_asked),
                    row.created_at[:10],
                    row.text,
                    detail,
                ]
            )
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the question
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        waiting = sum(r.status == "pending" for r in rows)
        summary = QLabel(
            self.tr("%1 saved on this computer, %2 waiting to be sent.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(waiting)),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
