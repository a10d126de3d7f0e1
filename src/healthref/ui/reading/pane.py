"""The right side of the window: the answer view, under a banner that says plainly when no
article answers the search, with a button to suggest the question."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from healthref.ui.announce import announce
from healthref.ui.qt_values import PLAIN_TEXT
from healthref.ui.reading.answer_view import AnswerView
from healthref.ui.reading.find_bar import FindBar


class ReadingPane(QWidget):
    """Holds the AnswerView; `suggest_requested(query)` when the banner's button is used."""

    suggest_requested = Signal(str)

    def __init__(self, answer: AnswerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = answer
        self._query = ""
        self.banner = QFrame(self)
        self.banner.setObjectName("noAnswerBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("noAnswerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setProperty("textFormat", PLAIN_TEXT)  # the enum: see ui/qt_values
        self.suggest_button = QPushButton(self.tr("Suggest this question"), self.banner)
        self.suggest_button.setObjectName("bannerSuggest")
        self.suggest_button.clicked.connect(lambda: self.suggest_requested.emit(self._query))
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.suggest_button)
        self.banner.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.find_bar = FindBar(answer, self)
        column.addWidget(self.banner)
        column.addWidget(self.find_bar)
        column.addWidget(answer, 1)

    def show_no_confident_answer(self, query: str, can_suggest: bool) -> None:
        """The search found only articles that mention the words: say so, open none."""
        self._query = query
        self.banner_text.setText(
            self.tr(
                "No article answers this yet — these mention it. Open one from the list, "
                "or suggest the question."
            )
            if can_suggest
            else self.tr("No article answers this yet — these mention it.")
        )
        self.suggest_button.setVisible(can_suggest)
        self.banner.show()
        self.banner_text.setAccessibleDescription(self.banner_text.text())
        announce(self.banner_text, self.banner_text.text())

    def hide_banner(self) -> None:
        self.banner.hide()

    def reset_for_new_visitor(self) -> None:
        self._query = ""
        self.hide_banner()
        self.banner_text.clear()
        self.banner_text.setAccessibleDescription("")
        self.find_bar.field.clear()
        self.find_bar.close_bar()
