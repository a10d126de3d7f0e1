"""The Saved view: the starred questions with their notes, searchable, sorted by date or
category; open one, remove one and undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healthref.core.userdata.records import SavedItem, SavedSort
from healthref.ui.category_names import category_label

SLUG_ROLE = Qt.ItemDataRole.UserRole


class SavedView(QWidget):
    """Asks again (`query_changed`) when the search or the order changes."""

    open_requested = Signal(str)
    remove_requested = Signal(str)
    undo_requested = Signal()
    query_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search saved questions and notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.query_changed.emit())
        self.sort = QComboBox(self)
        for label, order in (
            (self.tr("Newest first"), SavedSort.NEWEST),
            (self.tr("Oldest first"), SavedSort.OLDEST),
            (self.tr("By category"), SavedSort.CATEGORY),
        ):
            self.sort.addItem(label, order.value)
        self.sort.currentIndexChanged.connect(lambda _i: self.query_changed.emit())
        self.list = QListWidget(self)
        self.list.setObjectName("savedList")
        self.list.itemActivated.connect(self._open)
        self.empty = QLabel(self.tr("Nothing saved yet. Press ☆ Save (Ctrl+D) on an answer."))
        self.empty.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        self.undo_button = QPushButton(self.tr("Undo remove"), self)
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.sort)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)

    def query(self) -> tuple[str, SavedSort]:
        return self.search.text(), SavedSort(self.sort.currentData())

    def show_items(self, items: list[SavedItem]) -> None:
        self.list.clear()
        for saved in items:
            moment = dt.datetime.fromisoformat(saved.saved_at).astimezone()
            day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")
            saved_on = self.tr("saved %1").replace("%1", day)
            text = f"{saved.question}\n{category_label(saved.category)} · {saved_on}"
            if saved.note:
                text += "\n" + self.tr("Note: %1").replace("%1", saved.note)
            item = QListWidgetItem(text, self.list)
            item.setData(SLUG_ROLE, saved.slug)
        self.empty.setVisible(not items and not self.search.text())
        self.remove_button.setEnabled(bool(items))

    def questions(self) -> list[str]:
        """The questions listed, in order (for tests and accessibility checks)."""
        return [self.list.item(n).text().split("\n")[0] for n in range(self.list.count())]

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(str(item.data(SLUG_ROLE)))

    def _remove(self) -> None:
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self.remove_requested.emit(str(item.data(SLUG_ROLE)))

    def reset_for_new_visitor(self) -> None:
        self.search.clear()
        self.sort.setCurrentIndex(0)
        self.list.clear()
        self.undo_button.setEnabled(False)
