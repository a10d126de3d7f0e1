"""The History view: what was opened, newest first, under a heading for each day; open again,
clear all or clear what is older than a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from healthref.core.userdata.records import Visit, by_day

SLUG_ROLE = Qt.ItemDataRole.UserRole


class HistoryView(QWidget):
    """Emits what the reader asked for; the service does it and sends the visits back."""

    open_requested = Signal(str)
    clear_requested = Signal(object)  # None for all, or a datetime: clear before it

    def __init__(self, keeps_history: bool, keep_days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setText(
            self.tr("History is kept for %n day(s).", "", keep_days)
            if keeps_history
            else self.tr("History is switched off in settings ([privacy] history).")
        )
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._open)
        self.clear_all = QPushButton(self.tr("Clear all history"), self)
        self.clear_all.clicked.connect(lambda: self.clear_requested.emit(None))
        self.before = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.before.setCalendarPopup(True)
        self.clear_before = QPushButton(self.tr("Clear older than"), self)
        self.clear_before.clicked.connect(self._clear_before)
        row = QHBoxLayout()
        row.addWidget(self.clear_before)
        row.addWidget(self.before)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.tree, 1)
        column.addLayout(row)
        column.addWidget(self.clear_all)

    def show_visits(self, visits: list[Visit], today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.tree.clear()
        for day, day_visits in by_day(visits):
            heading = QTreeWidgetItem(self.tree, [self._day_label(day, today)])
            for visit in day_visits:
                time = visit.opened_at.astimezone().strftime("%H:%M")
                child = QTreeWidgetItem(heading, [f"{time}  {visit.question}"])
                child.setData(0, SLUG_ROLE, visit.slug)
                child.setToolTip(0, visit.question)
            heading.setExpanded(True)

    def _day_label(self, day: dt.date, today: dt.date) -> str:
        if day == today:
            return self.tr("Today")
        if day == today - dt.timedelta(days=1):
            return self.tr("Yesterday")
        return day.strftime("%A %d %B %Y")

    def days(self) -> list[tuple[str, list[str]]]:
        """Each day's heading and its entries, as shown."""
        shown = []
        for n in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(n)
            assert heading is not None
            children = [heading.child(c) for c in range(heading.childCount())]
            shown.append((heading.text(0), [c.text(0) for c in children if c is not None]))
        return shown

    def _open(self, item: QTreeWidgetItem) -> None:
        slug = item.data(0, SLUG_ROLE)
        if slug:
            self.open_requested.emit(str(slug))

    def _clear_before(self) -> None:
        day = self.before.date().toPython()
        assert isinstance(day, dt.date)
        self.clear_requested.emit(dt.datetime.combine(day, dt.time()).astimezone())

    def reset_for_new_visitor(self) -> None:
        self.tree.clear()
