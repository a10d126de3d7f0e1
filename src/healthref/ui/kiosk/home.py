"""The kiosk's home screen: topic tiles, a rotating featured question, and an invitation to
ask at the desk — all large enough to touch."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from healthref.core.content.store import QuestionItem

TILE_COLUMNS = 2
TOUCH_HEIGHT = 64


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
        title = QLabel(self.tr("Health answers"), self)
        title.setObjectName("kioskTitle")
        hint = QLabel(self.tr("Type your question in the search box, or choose a topic:"), self)
        hint.setWordWrap(True)
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self.tiles: list[QPushButton] = []
        for number, name in enumerate(categories):
            tile = QPushButton(self.tr(name), self)
            tile.setObjectName("kioskTile")
            tile.setMinimumHeight(TOUCH_HEIGHT)
            tile.clicked.connect(lambda _checked=False, n=name: self.category_chosen.emit(n))
            tiles.addWidget(tile, number // TILE_COLUMNS, number % TILE_COLUMNS)
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
        desk.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(tiles)
        layout.addSpacing(8)
        layout.addWidget(featured_label)
        layout.addWidget(self.featured_button)
        layout.addStretch(1)
        layout.addWidget(desk)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.next_featured)
        self._timer.start(max(rotate_seconds, 3) * 1000)
        self._show_featured()

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
