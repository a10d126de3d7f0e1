"""Paint handouts on any paged device (a QPrinter for the preview, a QPdfWriter for a file):
each article starts on a new page, and every page carries the "Printed from" footer. Needs only
a QGuiApplication, so the command line can use it without a screen."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from healthref.core.content.article import ArticleView
from healthref.core.content.handout import HandoutStyle, Paper, handout_footer, handout_html
from healthref.core.failures import KnownFailure

RESOLUTION = 96  # device units are CSS pixels; fonts are sized in points, text stays vector
MARGIN_MM = 15.0
PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


class HandoutWriteFailed(KnownFailure):
    """The PDF could not be written where it was asked for."""


@dataclass(frozen=True)
class HandoutOptions:
    """What a handout is printed on and how large."""

    paper: Paper = Paper.A4
    large_print: bool = False
    printed_on: dt.date | None = None


def gui_application() -> QGuiApplication:
    """The running application, or a new QGuiApplication (painting text needs one); offscreen
    when there is no display, as on a server or in a terminal over SSH."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])


def set_up_page(device: QPagedPaintDevice, paper: Paper) -> None:
    """Paper size and margins, in portrait."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def handout_document(
    view: ArticleView, style: HandoutStyle, device: QPagedPaintDevice, page: QSizeF
) -> QTextDocument:
    """The article's handout laid out for `device`, split into pages of `page` size."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont("DejaVu Sans", round(style.base_pt))
    # Without ligatures, text copied or searched in the PDF reads "different", not "diﬀerent".
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(style.stylesheet())
    document.setDocumentMargin(0)
    document.setHtml(handout_html(view))
    document.setPageSize(page)
    return document


def paint_handouts(
    device: QPagedPaintDevice, views: Sequence[ArticleView], options: HandoutOptions
) -> list[int]:
    """Paint every article's handout on `device`; the number of pages each one took."""
    style = HandoutStyle(options.large_print)
    printed_on = options.printed_on or dt.date.today()
    painter = QPainter()
    if not painter.begin(device):
        raise HandoutWriteFailed("the printer or file could not be opened for writing")
    try:
        area = device.pageLayout().paintRectPixels(device.logicalDpiX())
        footer_font = QFont("DejaVu Sans", 12 if options.large_print else 8)
        footer_font.setFeature(QFont.Tag("liga"), 0)
        painter.setFont(footer_font)
        footer_height = painter.fontMetrics().height() * 3.5  # room for two lines
        page = QSizeF(area.width(), area.height() - footer_height)
        pages: list[int] = []
        for number, view in enumerate(views):
            document = handout_document(view, style, device, page)
            count = document.pageCount()
            pages.append(count)
            footer = handout_footer(view.content_version, printed_on)
            for index in range(count):
                if number or index:
                    device.newPage()
                _paint_page(painter, document, page, index)
                painter.setFont(footer_font)
                painter.drawText(
                    QRectF(0, page.height(), page.width(), footer_height),
                    int(Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap),
                    f"{footer} · page {index + 1} of {count}",
                )
    finally:
        painter.end()
    return pages


def _paint_page(painter: QPainter, document: QTextDocument, page: QSizeF, index: int) -> None:
    painter.save()
    top = index * page.height()
    painter.translate(0, -top)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, top, page.width(), page.height())
    painter.setClipRect(context.clip)
    document.documentLayout().draw(painter, context)
    painter.restore()


def write_handout_pdf(
    path: Path, views: Sequence[ArticleView], options: HandoutOptions
) -> list[int]:
    """Write the handouts to `path` (replaced only once the new file is complete); the pages
    each article took. HandoutWriteFailed says why when the file cannot be written."""
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise HandoutWriteFailed(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(RESOLUTION)
        writer.setCreator("healthref")
        writer.setTitle(views[0].article.question if len(views) == 1 else "healthref handouts")
        set_up_page(writer, options.paper)
        pages = paint_handouts(writer, views, options)
        del writer  # closes the file
        os.replace(temporary, path)
    except OSError as exc:
        raise HandoutWriteFailed(f"cannot write {path}: {exc.strerror or exc}") from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return pages
