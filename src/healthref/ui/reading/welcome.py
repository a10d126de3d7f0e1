"""The answer pane's first page: what this is, how to search, and the disclaimer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from healthref.core.content.notices import DISCLAIMER
from healthref.core.i18n.catalogue import _


def welcome_html(article_count: int) -> str:
    title = QCoreApplication.translate("Welcome", "Health answers, offline")
    intro = QCoreApplication.translate(
        "Welcome",
        "%n question(s) answered in plain language, each with its sources, "
        "the date it was written, and when to get medical help.",
        None,
        article_count,
    )
    how = QCoreApplication.translate(
        "Welcome",
        "<b>Type in the search box</b> — everyday words are fine: "
        "<i>blood poisoning</i>, <i>runny tummy</i>, <i>sugar levels</i>. "
        "Use <b>↑</b> and <b>↓</b> to move through the list and <b>Enter</b> to open an answer. "
        "<b>Ctrl+K</b> jumps back to search; <b>Esc</b> clears it.",
    )
    emergency = QCoreApplication.translate(
        "Welcome",
        "In an emergency, contact your local emergency number or go to "
        "the nearest health facility now.",
    )
    return (
        f'<h1 class="question">{escape(title)}</h1>'
        f"<p>{escape(intro)}</p>"
        '<table class="quick" width="100%" cellspacing="0" cellpadding="10" border="2">'
        f'<tr><td class="quick"><p>{how}</p></td></tr></table>'
        f'<p class="disclaimer">{escape(_(DISCLAIMER))}</p>'
        f'<p class="disclaimer">{escape(emergency)}</p>'
    )
