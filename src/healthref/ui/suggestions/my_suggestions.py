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


class MySuggestionsDialog(QDialog):
    def status_word(self, status: str) -> str:
        """A suggestion's status in words."""
        words = {
            "pending": self.tr("Waiting to send"),
            "sent": self.tr("Sent"),
            "rejected": self.tr("Not accepted"),
        }
        return words.get(status, status)

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
                    self.status_word(row.status),
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
            self.tr("%n suggestion(s) saved on this computer.", "", len(rows))
            + " "
            + self.tr("%n waiting to be sent.", "", waiting),
            self,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
