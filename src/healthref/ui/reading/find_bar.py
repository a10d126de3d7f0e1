"""Find in page: a bar over the answer that counts, highlights and steps through matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit, QWidget

from healthref.ui.announce import announce
from healthref.ui.appearance.colours import current_colours
from healthref.ui.reading.answer_view import AnswerView

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCursor

# The text classes (cursor, format, colour) are loaded when the bar first searches: loading
# them costs the first frame, where the bar is hidden, a few milliseconds.


class FindBar(QWidget):
    """Ctrl+F opens it; Enter / F3 next, Shift+Enter / Shift+F3 previous, Esc closes."""

    def __init__(self, answer: AnswerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.answer = answer
        self.matches: list[QTextCursor] = []
        self.current = -1
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in this answer"))
        self.field.setAccessibleName(self.tr("Find in this answer"))
        # Its clear button (an icon that costs the first frame ~7 ms to load) comes when the
        # bar first opens.
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close find"))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(QLabel(self.tr("Find:"), self))
        row.addWidget(self.field, 1)
        row.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            row.addWidget(button)
        self.field.textChanged.connect(lambda _t: self.search())
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.field.installEventFilter(self)
        answer.textChanged.connect(self._page_changed)
        self.hide()

    def open_bar(self) -> None:
        # Qt's enums are imported where used: the Qt namespace loads after the first frame.
        from PySide6.QtCore import Qt

        self.field.setClearButtonEnabled(True)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self.search()

    def close_bar(self) -> None:
        from PySide6.QtCore import Qt

        self.hide()
        self.matches = []
        self.current = -1
        self.answer.setExtraSelections([])
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self) -> None:
        """Find every match of the field's text, highlight them all, select the first."""
        from PySide6.QtGui import QTextCursor, QTextDocument

        self.matches = []
        needle = self.field.text()
        document = self.answer.document()
        cursor = QTextCursor(document)
        while needle:
            cursor = document.find(needle, cursor, QTextDocument.FindFlag(0))
            if cursor.isNull():
                break
            self.matches.append(QTextCursor(cursor))
        self.current = 0 if self.matches else -1
        self._show(announce_count=True)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, offset: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.matches:
            self.current = (self.current + offset) % len(self.matches)
        self._show(announce_count=True)

    def _page_changed(self) -> None:
        if self.isVisible() and not self.answer.document().isEmpty():
            self.search()

    def _show(self, *, announce_count: bool) -> None:
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

        colours = current_colours()
        selections: list[QTextEdit.ExtraSelection] = []
        for number, match in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = match
            form = QTextCharFormat()
            current = number == self.current
            form.setBackground(QColor(colours.find_current_bg if current else colours.find_bg))
            form.setForeground(QColor(colours.find_text))
            selection.format = form
            selections.append(selection)
        self.answer.setExtraSelections(selections)
        if self.matches:
            place = QTextCursor(self.answer.document())
            place.setPosition(self.matches[self.current].selectionStart())
            self.answer.setTextCursor(place)
            self.answer.ensureCursorVisible()
            text = self.tr("%1 of %2").replace("%1", str(self.current + 1))
            text = text.replace("%2", str(len(self.matches)))
        else:
            text = self.tr("No matches") if self.field.text() else ""
        self.count.setText(text)
        self.count.setAccessibleName(text)
        if announce_count and text:
            announce(self.field, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            from PySide6.QtCore import Qt

            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._step(-1 if shifted else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
