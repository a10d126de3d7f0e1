"""Printing from the window: a preview before printing, a PDF saved where the reader chooses,
and (in a kiosk that allows it) straight to the default printer with no dialog at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from healthref.core.content.article import ArticleView
from healthref.core.content.handout import Paper
from healthref.ui.printing.handout_pdf import (
    HandoutOptions,
    paint_handouts,
    set_up_page,
    write_handout_pdf,
)


def default_paper() -> Paper:
    """Letter where the locale measures in US units, A4 everywhere else."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if imperial else Paper.A4


def handout_printer(paper: Paper) -> QPrinter:
    """A printer whose coordinates match the PDF writer's, so both lay out the same pages."""
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    set_up_page(printer, paper)
    return printer


def preview_and_print(parent: QWidget, view: ArticleView, large_print: bool) -> None:
    """The print preview, from which the reader prints (or changes paper and printer)."""
    options = HandoutOptions(default_paper(), large_print)
    printer = handout_printer(options.paper)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("Handouts", "Print handout — %1").replace(
            "%1", view.article.question
        )
    )
    dialog.paintRequested.connect(lambda device: paint_handouts(device, [view], options))
    dialog.exec()


def print_to_default_printer(view: ArticleView, large_print: bool) -> str:
    """Print without any dialog (the kiosk); the printer's name, or "" when there is none."""
    options = HandoutOptions(default_paper(), large_print)
    printer = handout_printer(options.paper)
    if not printer.isValid() or not printer.printerName():
        return ""
    paint_handouts(printer, [view], options)
    return printer.printerName()


def ask_and_save_pdf(parent: QWidget, view: ArticleView, large_print: bool) -> Path | None:
    """Ask where, then write the handout; the file written, or None if the reader cancelled."""
    suggested = str(Path.home() / f"{view.article.slug}.pdf")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Handouts", "Save handout as PDF"),
        suggested,
        QCoreApplication.translate("Handouts", "PDF files (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
    write_handout_pdf(path, [view], HandoutOptions(default_paper(), large_print))
    return path


def print_open_answer(
    window: QMainWindow, view: ArticleView, large_print: bool, *, kiosk: bool
) -> None:
    """The desktop previews first; a kiosk (which may not show a dialog) prints at once."""
    if not kiosk:
        preview_and_print(window, view, large_print)
        return
    printer = print_to_default_printer(view, large_print)
    window.statusBar().showMessage(
        QCoreApplication.translate("Handouts", "Sent to %1.").replace("%1", printer)
        if printer
        else QCoreApplication.translate(
            "Handouts", "No printer is set up. Please ask at the desk."
        ),
        8000,
    )


def save_open_answer(window: QMainWindow, view: ArticleView) -> None:
    """Save as PDF; a failure is said in the status bar, with the reason."""
    from healthref.ui.background import describe

    try:
        path = ask_and_save_pdf(window, view, large_print=False)
    except Exception as exc:  # a known failure (HandoutWriteFailed) or an OS error
        window.statusBar().showMessage(
            QCoreApplication.translate("Handouts", "Could not save the handout: %1").replace(
                "%1", describe(exc)
            ),
            15_000,
        )
        return
    if path is not None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Handouts", "Saved %1").replace("%1", str(path)), 8000
        )
