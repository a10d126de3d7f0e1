"""The kiosk's home screen: an invitation to type a question (the search field sits right
above it), topic tiles, a rotating featured question, and an invitation to ask at the desk —
all large enough to touch, laid out in as many columns as the width allows."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from healthref.core.content.store import QuestionItem
from healthref.ui.category_names import category_label
from healthref.ui.qt_values import ALIGN_CENTER

MAX_COLUMNS = 4
TOUCH_HEIGHT = 52
SHORT_SCREEN = 700  # below this the title gives its room to the tiles


class KioskHome(QWidget):
    """Emits `category_chosen(name)` and `article_chosen(slug)`."""

    category_chosen = Signal(str)
    article_chosen = Signal(str)

    def __init__(
        self,
        categories: list[str],
        featured: list[QuestionItem],
        desk_message: str,
        rotate_seconds: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskHome")
        self._featured = featured
        self._featured_index = 0
        self.title = QLabel(self.tr("Health answers"), self)
        self.title.setObjectName("kioskTitle")
        hint = QLabel(self.tr("Type your question in the box above, or choose a topic:"), self)
        hint.setObjectName("kioskHint")
        hint.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.columns = 0
        self.tiles: list[QPushButton] = []
        for name in categories:
            tile = QPushButton(category_label(name), self)
            tile.setObjectName("kioskTile")
            tile.setMinimumHeight(TOUCH_HEIGHT)
            tile.clicked.connect(lambda _checked=False, n=name: self.category_chosen.emit(n))
            self.tiles.append(tile)
        featured_label = QLabel(self.tr("Featured question"), self)
        featured_label.setObjectName("kioskFeaturedLabel")
        self.featured_button = QPushButton(self)
        self.featured_button.setObjectName("kioskFeatured")
        self.featured_button.setMinimumHeight(TOUCH_HEIGHT)
        self.featured_button.clicked.connect(self._open_featured)
        desk = QLabel(desk_message, self)
        desk.setObjectName("kioskDesk")
        desk.setWordWrap(True)
        desk.setProperty("alignment", ALIGN_CENTER)
        self.featured_button.setAccessibleDescription(featured_label.text())
        featured_row = QHBoxLayout()
        featured_row.addWidget(featured_label)
        featured_row.addWidget(self.featured_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(hint)
        layout.addLayout(self.grid)
        layout.addLayout(featured_row)
        layout.addStretch(1)
        layout.addWidget(desk)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.next_featured)
        self._timer.start(max(rotate_seconds, 3) * 1000)
        self._show_featured()
        self.set_columns(1)

    def set_columns(self, columns: int) -> None:
        """Lay the tiles out in `columns` columns."""
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for number, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, number // columns, number % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        widest = max((t.sizeHint().width() for t in self.tiles), default=1)
        room = self.width() - 48
        self.set_columns(max(1, min(MAX_COLUMNS, (room + 10) // (widest + 10))))
        screen = self.window().height()
        self.title.setVisible(screen >= SHORT_SCREEN)

    def _show_featured(self) -> None:
        if not self._featured:
            self.featured_button.hide()
            return
        item = self._featured[self._featured_index % len(self._featured)]
        self.featured_button.setText(item.question)

    def next_featured(self) -> None:
        self._featured_index += 1
        self._show_featured()

    def _open_featured(self) -> None:
        if self._featured:
            self.article_chosen.emit(
                self._featured[self._featured_index % len(self._featured)].slug
            )
