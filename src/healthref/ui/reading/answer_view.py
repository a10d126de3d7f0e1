"""AnswerView: the answer pane. Only internal `article:` links navigate; nothing is fetched."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from healthref.core.content.store import ArticleView

ARTICLE_SCHEME = "article"
SUGGEST_SCHEME = "suggest"


class AnswerView(QTextBrowser):
    """Shows one article as HTML styled by resources/answer.css."""

    article_requested = Signal(str)  # slug
    suggest_requested = Signal()
    link_refused = Signal(str)  # the URL that was not opened

    def __init__(self, stylesheet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(stylesheet)
        self.document().setDocumentMargin(18)
        self.anchorClicked.connect(self._follow)
        self.current_slug: str | None = None
        self.suggestions_enabled = False
        self.zoom_steps = 0

    @staticmethod
    def load_stylesheet(resources: Path) -> str:
        try:
            return (resources / "answer.css").read_text(encoding="utf-8")
        except OSError:
            return ""

    def show_article(self, article: ArticleView) -> None:
        from healthref.core.content.render import article_html

        self.current_slug = article.article.slug
        footer = (
            f'<p class="footer"><a href="{SUGGEST_SCHEME}:">'
            f"{escape(self.tr('Missing an answer? Suggest a question'))}</a></p>"
            if self.suggestions_enabled
            else ""
        )
        self.setHtml(article_html(article) + footer)
        self.verticalScrollBar().setValue(0)

    def zoom(self, step: int) -> None:
        """Larger (1), smaller (-1) or normal (0) text; remembered so a reset can undo it."""
        target = 0 if step == 0 else max(-4, min(8, self.zoom_steps + step))
        change = target - self.zoom_steps
        if change > 0:
            self.zoomIn(2 * change)
        elif change < 0:
            self.zoomOut(-2 * change)
        self.zoom_steps = target

    def reset_for_new_visitor(self) -> None:
        """Normal text size, no answer open."""
        self.zoom(0)
        self.current_slug = None
        self.clear()

    def show_page(self, html: str) -> None:
        self.current_slug = None
        self.setHtml(html)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == ARTICLE_SCHEME and url.path():
            self.article_requested.emit(url.path())
        elif url.scheme() == SUGGEST_SCHEME and self.suggestions_enabled:
            self.suggest_requested.emit()
        else:
            self.link_refused.emit(url.toString())

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Images, style sheets and anything else a page might point at are never loaded. The
        # answer must be a real (blank) value: given None or an empty one, Qt reads a file:
        # URL or a path itself.
        del name
        if kind == int(QTextDocument.ResourceType.ImageResource):
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        return QByteArray(b" ")

    def setSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        # Backward/forward and programmatic navigation must not load files either.
        del name, type
