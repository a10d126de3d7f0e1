"""Paints a question row: the question (matched words bold and coloured, wrapped to two
lines) and a one-line snippet or category under it — readable when selected too."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from healthref.ui.elided_label import elided
from healthref.ui.qt_values import DISPLAY_ROLE, TEXT_WORD_WRAP
from healthref.ui.search.question_model import QuestionListModel

Index = QModelIndex | QPersistentModelIndex
PADDING = 8
MAX_QUESTION_LINES = 2
SMALL_SCALE = 0.9
BOLD_SLACK = 0.95
SIZE_CACHE = 4096  # row heights remembered (a list is measured again on every relayout)
DOCUMENT_CACHE = 256  # rows laid out for drawing, remembered (a row is drawn again and again)


def marked_html(text: str, spans: tuple[tuple[int, int], ...], colour: str) -> str:
    """Escape `text` and wrap each span in a bold coloured run."""
    out: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        if start < cursor or end > len(text):
            continue
        out.append(escape(text[cursor:start]))
        out.append(f'<b style="color:{colour}">{escape(text[start:end])}</b>')
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def _one_line(
    text: str, spans: tuple[tuple[int, int], ...], metrics: QFontMetrics, width: int
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Cut text (bold spans included) to what fits on one line, ending with an ellipsis."""
    bold_slack = 1.08  # bold runs are a little wider than the metrics of the plain font
    elided_text = elided(text, metrics, int(max(width, 40) / bold_slack))
    if elided_text == text:
        return text, spans
    cut = max(len(elided_text) - 1, 0)
    return text[:cut].rstrip() + "…", tuple((a, b) for a, b in spans if b <= cut)


def _width_with_bold(text: str, spans: tuple[tuple[int, int], ...], font: QFont) -> float:
    """The width of `text` on one line with its matched spans in bold, as the row draws it."""
    bold = QFont(font)
    bold.setBold(True)
    plain_metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)
    width, cursor = 0.0, 0
    for start, end in sorted(spans):
        if start < cursor or end > len(text):
            continue
        width += plain_metrics.horizontalAdvance(text[cursor:start])
        width += bold_metrics.horizontalAdvance(text[start:end])
        cursor = end
    return width + plain_metrics.horizontalAdvance(text[cursor:])


def _selected(option: QStyleOptionViewItem, index: Index) -> bool:
    """Whether the row is selected, asked of the view's selection: reading `option.state`
    would load all of QStyle's enums before the first frame (about 7 ms)."""
    view = option.widget
    if isinstance(view, QAbstractItemView):
        model = view.selectionModel()
        return model is not None and model.isSelected(index)
    return False


class HitDelegate(QStyledItemDelegate):
    """Two-part rows drawn with QTextDocument so highlights keep their place when wrapping."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, object, int, str], tuple[int, int]] = {}
        self._documents: dict[tuple[object, ...], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        selected = _selected(option, index)
        palette: QPalette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ).name()
        # The palette is the theme's (ui/appearance): link and muted colours are ≥ 4.5:1 on it.
        mark_colour = text_colour if selected else palette.color(QPalette.ColorRole.Link).name()
        muted = (
            text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText).name()
        )
        question = str(index.data(DISPLAY_ROLE) or "")
        spans = index.data(QuestionListModel.QuestionSpansRole) or ()
        snippet = str(index.data(QuestionListModel.SnippetRole) or "")
        snippet_spans = index.data(QuestionListModel.SnippetSpansRole) or ()
        category = str(index.data(QuestionListModel.CategoryRole) or "")
        # Right to left, rows align right; each text keeps its own direction. (The view's
        # direction is the option's, asked without the Qt namespace's enums.)
        view = option.widget
        side = "right" if view is not None and view.isRightToLeft() else "left"
        colours = (text_colour, mark_colour, muted)
        font = option.font.key()
        key = (question, spans, snippet, snippet_spans, category, width, colours, side, font)
        found = self._documents.get(key)
        if found is not None:  # the same row drawn again (selected, scrolled back, uncovered)
            return found
        if len(self._documents) >= DOCUMENT_CACHE:
            self._documents.clear()
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * SMALL_SCALE)
        if snippet:
            snippet, snippet_spans = _one_line(
                snippet, snippet_spans, QFontMetrics(small), width - 2 * PADDING
            )
            second = marked_html(snippet, snippet_spans, mark_colour)
        else:
            second = escape(category)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(
            f'<div align="{side}" style="color:{text_colour}">'
            f"{marked_html(question, spans, mark_colour)}</div>"
            f'<div align="{side}" style="color:{muted}; font-size:{small.pointSizeF():.1f}pt">'
            f"{second}</div>"
        )
        document.setTextWidth(max(width - 2 * PADDING, 40))
        self._documents[key] = document
        return document

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        """The row's background, focus and selection only: `paint` draws its text."""
        super().initStyleOption(option, index)
        option.text = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)  # the style's background and selection
        rect = option.rect
        document = self._document(option, index, rect.width())
        painter.save()
        painter.translate(rect.left() + PADDING, rect.top() + PADDING)
        clip = QRectF(0, 0, rect.width() - 2 * PADDING, rect.height() - 2 * PADDING)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Measured with font metrics (not a laid-out document): this runs for every row.
        width = option.rect.width()
        widget = option.widget
        if width <= 0 and isinstance(widget, QAbstractScrollArea):
            width = widget.viewport().width()
        text_width = max((width or 320) - 2 * PADDING, 40)
        question = str(index.data(DISPLAY_ROLE) or "")
        spans = index.data(QuestionListModel.QuestionSpansRole)
        # The view asks again for the same rows on each relayout (a batch, a new result, a
        # scroll): a row's height depends only on these.
        key = (question, spans, width, option.font.key())
        found = self._sizes.get(key)
        if found is None:
            if len(self._sizes) >= SIZE_CACHE:
                self._sizes.clear()
            found = self._sizes[key] = self._measure(option, question, spans, width, text_width)
        return QSize(*found)

    def _measure(
        self,
        option: QStyleOptionViewItem,
        question: str,
        spans: tuple[tuple[int, int], ...] | None,
        width: int,
        text_width: int,
    ) -> tuple[int, int]:
        metrics = QFontMetrics(option.font)
        if spans and _width_with_bold(question, spans, option.font) > text_width:
            # It wraps: bold matches take a little more room on each line.
            text_width = int(text_width * BOLD_SLACK)
        question_height = metrics.boundingRect(
            0, 0, text_width, 10_000, TEXT_WORD_WRAP, question
        ).height()
        question_height = min(question_height, metrics.lineSpacing() * MAX_QUESTION_LINES)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * SMALL_SCALE)
        second_line = QFontMetrics(small).lineSpacing()
        return width, question_height + second_line + 2 * PADDING + 2
