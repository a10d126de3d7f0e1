"""Related questions as large buttons under the kiosk's answer: a finger can hit them, unlike
the one-line links inside the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from healthref.ui.elided_label import elided

if TYPE_CHECKING:
    from healthref.core.content.article import RelatedLink

MAX_BUTTONS = 3


class RelatedButtons(QWidget):
    """Up to three related questions; `article_chosen(slug)` when one is pressed."""

    article_chosen = Signal(str)

    def __init__(self, touch_height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRelatedRow")
        self.label = QLabel(self.tr("Related:"), self)
        self.buttons: list[QPushButton] = []
        self._links: list[RelatedLink] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.label)
        for _ in range(MAX_BUTTONS):
            button = QPushButton(self)
            button.setObjectName("kioskRelated")
            button.setMinimumSize(touch_height, touch_height)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _c=False, b=button: self._chosen(b))
            row.addWidget(button, 1)
            self.buttons.append(button)
        self.show_links(())

    def show_links(self, links: tuple[RelatedLink, ...]) -> None:
        """The first related questions of the open article (hidden when it has none)."""
        self._links = list(links[:MAX_BUTTONS])
        for index, button in enumerate(self.buttons):
            link = self._links[index] if index < len(self._links) else None
            button.setVisible(link is not None)
            if link is None:
                button.setText("")
            button.setToolTip(link.question if link else "")
            button.setAccessibleName(link.question if link else "")
        self.setVisible(bool(self._links))
        self._elide()

    def _chosen(self, button: QPushButton) -> None:
        index = self.buttons.index(button)
        if index < len(self._links):
            self.article_chosen.emit(self._links[index].slug)

    def _elide(self) -> None:
        for button, link in zip(self.buttons, self._links, strict=False):
            room = max(button.width() - 36, 40)
            button.setText(elided(link.question, button.fontMetrics(), room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def reset_for_new_visitor(self) -> None:
        self.show_links(())
