"""A rich-text label that can say its text to a screen reader without markup."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class ReaderLabel(QLabel):
    """A rich-text label that can say its text without markup."""

    def text_for_reader(self) -> str:
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(self.text()).toPlainText().replace("\n", " ")
