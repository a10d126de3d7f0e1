"""The answer pane's first page: what this is, how to search, and the disclaimer."""

from __future__ import annotations

from html import escape

from healthref.core.content.notices import DISCLAIMER


def welcome_html(article_count: int) -> str:
    return (
        '<h1 class="question">Health answers, offline</h1>'
        f"<p>{article_count} questions answered in plain language, each with its sources, "
        "the date it was written, and when to get medical help.</p>"
        '<table class="quick" width="100%" cellspacing="0" cellpadding="10" border="2">'
        '<tr><td class="quick">'
        "<p><b>Type in the search box</b> — everyday words are fine: "
        "<i>blood poisoning</i>, <i>runny tummy</i>, <i>sugar levels</i>. "
        "Use <b>↑</b> and <b>↓</b> to move through the list and <b>Enter</b> to open an answer. "
        "<b>Ctrl+K</b> jumps back to search; <b>Esc</b> clears it.</p></td></tr></table>"
        f'<p class="disclaimer">{escape(DISCLAIMER)}</p>'
        '<p class="disclaimer">In an emergency, contact your local emergency number or go to '
        "the nearest health facility now.</p>"
    )
