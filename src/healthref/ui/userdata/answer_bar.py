"""The strip above an answer: the star (save), its note, copy as text and print handout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

from healthref.core.userdata.limits import NOTE_LIMIT

if TYPE_CHECKING:
    from healthref.core.userdata.records import SavedItem


class AnswerBar(QWidget):
    """Shows whether the open answer is saved; says when the reader stars it or edits the note."""

    star_toggled = Signal(bool)
    note_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerBar")
        self.star = QToolButton(self)
        self.star.setObjectName("starButton")
        self.star.setCheckable(True)
        self.star.toggled.connect(self._starred)
        self.note = QLineEdit(self)
        self.note.setObjectName("savedNote")
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setPlaceholderText(self.tr("Add a short note (optional), then press Enter"))
        self.note.editingFinished.connect(self._note_finished)
        self.copy_button = QToolButton(self)
        self.print_button = QToolButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.star)
        row.addWidget(self.note, 1)
        row.addStretch(0)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        self._saved_note = ""
        self.show_saved(None)
        self.setEnabled(False)

    def show_saved(self, item: SavedItem | None) -> None:
        """The open answer's saved state, without telling anyone it changed."""
        self.star.blockSignals(True)
        self.star.setChecked(item is not None)
        self.star.blockSignals(False)
        self._label_star()
        self._saved_note = item.note if item is not None else ""
        self.note.setText(self._saved_note)
        self.note.setVisible(item is not None and self.star.isVisible())

    def _label_star(self) -> None:
        saved = self.star.isChecked()
        self.star.setText(self.tr("★ Saved") if saved else self.tr("☆ Save"))
        self.star.setToolTip(
            self.tr("Remove from saved questions (Ctrl+D)")
            if saved
            else self.tr("Save this question (Ctrl+D)")
        )

    def _starred(self, saved: bool) -> None:
        self._label_star()
        self.note.setVisible(saved)
        if not saved:
            self.note.clear()
            self._saved_note = ""
        self.star_toggled.emit(saved)

    def _note_finished(self) -> None:
        text = self.note.text().strip()
        if self.star.isChecked() and text != self._saved_note:
            self._saved_note = text
            self.note_edited.emit(text)

    def reset_for_new_visitor(self) -> None:
        self.show_saved(None)
        self.setEnabled(False)
