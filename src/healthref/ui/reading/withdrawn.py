"""The page shown instead of an article a content update withdrew."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QObject


def withdrawn_html(context: QObject, notice: str) -> str:
    """The notice, plainly: the old text is never shown."""
    title = escape(QCoreApplication.translate("Withdrawn", "This answer was withdrawn"))
    again = QCoreApplication.translate(
        "Withdrawn", "Search for the question again, or ask a health worker."
    )
    return (
        f'<div class="withdrawn"><h2>{title}</h2><p>{escape(notice)}</p>'
        f"<p>{escape(again)}</p>"
        "</div>"
    )
