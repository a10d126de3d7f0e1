"""AnswerView: the answer pane. Only internal `article:` links navigate; nothing is fetched."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from healthref.ui.appearance.answer_css import load_template

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from healthref.core.content.article import ArticleView
    from healthref.ui.appearance.colours import Colours
    from healthref.ui.appearance.controller import Appearance

ARTICLE_SCHEME = "article"
SUGGEST_SCHEME = "suggest"
MEASURE = 66  # characters of body text per line; small print comes to about 73
SAMPLE = "Most fevers in children are caused by infections that get better on their own. "
MARGIN = 18
FOCUS_STYLE = (
    "QTextBrowser {{ border: 2px solid transparent; background: {page}; color: {text}; }}"
    "QTextBrowser:focus {{ border: 2px solid {focus}; }}"
)
REPORT_SCHEME = "report"
LANGUAGE_SCHEME = "language"  # language:fr — read this article in French


class AnswerView(QTextBrowser):
    """Shows one article as HTML styled by the answer style sheet, in a centred column."""

    article_requested = Signal(str)  # slug
    suggest_requested = Signal()
    report_requested = Signal(str)  # slug of the answer with a problem
    link_refused = Signal(str)  # the URL that was not opened
    article_shown = Signal(str)  # the question, when a new article is on screen
    language_requested = Signal(str)  # read the open article in this language

    def __init__(self, stylesheet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Answer"))
        self.document().setDefaultStyleSheet(stylesheet)
        self.document().setDocumentMargin(MARGIN)
        self.anchorClicked.connect(self._follow)
        self.current_slug: str | None = None
        self.current_question = ""
        self.suggestions_enabled = False
        self.appearance: Appearance | None = None
        self._html = ""

    @staticmethod
    def load_stylesheet(resources: Path) -> str:
        return load_template(resources)

    @property
    def zoom_steps(self) -> int:
        """Steps above (or below) the normal text size."""
        from healthref.ui.appearance.answer_css import NORMAL_STEP

        return 0 if self.appearance is None else self.appearance.step - NORMAL_STEP

    def apply_style(self, css: str, points: float, colours: Colours) -> None:
        """A new theme or text size: restyle and re-lay out what is shown, keeping the place.
        A visible focus ring, since the pane is read with the keyboard too."""
        self.setStyleSheet(
            FOCUS_STYLE.format(page=colours.page, text=colours.text, focus=colours.focus)
        )
        position = self.verticalScrollBar().value()
        maximum = max(self.verticalScrollBar().maximum(), 1)
        font = QFont(self.font())
        font.setPointSizeF(points)
        self.document().setDefaultFont(font)
        self.document().setDefaultStyleSheet(css)
        if self._html:
            self._set_html(self._html)
            self.verticalScrollBar().setValue(
                int(position / maximum * self.verticalScrollBar().maximum())
            )

    def show_article(self, article: ArticleView, switch: tuple[str, str] | None = None) -> None:
        """Show an answer; `switch` (language, link text) offers it in another language."""
        from healthref.core.content.render import article_html

        self.current_slug = article.article.slug
        self.current_question = article.article.question
        report = self.tr("Something wrong with this answer? Report a problem")
        suggest = self.tr("Missing an answer? Suggest a question")
        footer = (
            f'<p class="footer"><a href="{REPORT_SCHEME}:">{escape(report)}</a>'
            f' · <a href="{SUGGEST_SCHEME}:">{escape(suggest)}</a></p>'
            if self.suggestions_enabled
            else ""
        )
        html = article_html(article)
        if switch:  # on the category line: the urgent signs must stay on the first screen
            link = f' · <a href="{LANGUAGE_SCHEME}:{escape(switch[0])}">{escape(switch[1])}</a>'
            html = html.replace("</p>", link + "</p>", 1)
        self._set_html(html + footer)
        self.verticalScrollBar().setValue(0)
        self.setAccessibleDescription(article.article.question)
        self.article_shown.emit(article.article.question)

    def zoom(self, step: int) -> None:
        """Larger (1), smaller (-1) or normal (0) text, through the window's appearance."""
        if self.appearance is not None:
            self.appearance.zoom(step)

    def reset_for_new_visitor(self) -> None:
        """No answer open."""
        self.current_slug = None
        self.current_question = ""
        self._html = ""
        self.clear()

    def show_page(self, html: str) -> None:
        self.current_slug = None
        self.current_question = ""
        self.setAccessibleDescription("")
        self._set_html(html)

    def _set_html(self, html: str) -> None:
        self._html = html
        # The page takes the interface's direction; the article's own text keeps its own.
        # Arabic has no italics (and italic fonts often lack its letters): upright there.
        if self.isRightToLeft():
            upright = html.replace(
                'class="disclaimer"', 'class="disclaimer" style="font-style: normal"'
            )
            html = f'<div dir="rtl">{upright}</div>'
        self.setHtml(html)
        self.fit_column()

    def column_margin(self) -> float:
        """Side margin that centres a column of about MEASURE characters of body text."""
        document = self.document()
        metrics = QFontMetricsF(document.defaultFont())
        column = metrics.horizontalAdvance(SAMPLE) / len(SAMPLE) * MEASURE
        # The pane lays its text out as wide as its viewport. Asking the viewport itself would
        # set up ~55 widget classes before the first frame (see `own_viewport`).
        return max(float(MARGIN), (document.textWidth() - column) / 2)

    def fit_column(self) -> None:
        """Cap the line length however wide the pane is; centred."""
        frame = self.document().rootFrame()
        form = frame.frameFormat()
        margin = self.column_margin()
        if abs(form.leftMargin() - margin) < 0.5 and abs(form.rightMargin() - margin) < 0.5:
            return
        form.setLeftMargin(margin)
        form.setRightMargin(margin)
        frame.setFrameFormat(form)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_column()

    def _follow(self, url: QUrl) -> None:
        if not url.scheme() and url.fragment():
            self.scrollToAnchor(url.fragment())
        elif url.scheme() == ARTICLE_SCHEME and url.path():
            self.article_requested.emit(url.path())
        elif url.scheme() == LANGUAGE_SCHEME and url.path() and self.current_slug:
            self.language_requested.emit(url.path())
        elif url.scheme() == SUGGEST_SCHEME and self.suggestions_enabled:
            self.suggest_requested.emit()
        elif url.scheme() == REPORT_SCHEME and self.suggestions_enabled and self.current_slug:
            self.report_requested.emit(self.current_slug)
        else:
            self.link_refused.emit(url.toString())

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Images, style sheets and anything else a page might point at are never loaded. The
        # answer must be a real (blank) value: given None or an empty one, Qt reads a file:
        # URL or a path itself.
        del name
        if kind == int(QTextDocument.ResourceType.ImageResource):
            from PySide6.QtGui import QImage  # only a page that points at an image needs it

            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        from PySide6.QtCore import QByteArray  # a page's first resource: not at start-up

        return QByteArray(b" ")

    def setSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        # Backward/forward and programmatic navigation must not load files either.
        del name, type
