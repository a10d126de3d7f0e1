"""The words around search results: the empty state, the "Not what you need?" line, a
failed search and the emergency strip."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from healthref.core.search.engine import SearchResult

Translate = Callable[[str], str]


def empty_state_html(
    result: SearchResult, tr: Translate, *, category_filtered: bool, can_suggest: bool
) -> str:
    """No answer yet, a "did you mean" link, and a way to suggest the question."""
    query = escape(result.query.strip()[:120])
    parts = [f"<p><b>{escape(tr('No answer yet for “%1”')).replace('%1', query)}</b></p>"]
    if result.did_you_mean:
        suggestion = escape(result.did_you_mean)
        parts.append(
            f'<p>{escape(tr("Did you mean"))} <a href="search:{suggestion}">{suggestion}</a>?</p>'
        )
    if category_filtered:
        parts.append(f'<p><a href="all-categories:">{escape(tr("Search all categories"))}</a></p>')
    if can_suggest:
        parts.append(f'<p><a href="suggest:"><b>{escape(tr("Suggest this question"))}</b></a></p>')
    parts.append(f"<p>{escape(tr('Try fewer or simpler words, or ask a health worker.'))}</p>")
    return "".join(parts)


def suggest_footer_html(query: str, tr: Translate) -> str:
    shown = escape(query.strip()[:80])
    return (
        f'{escape(tr("Not what you need?"))} <a href="suggest:">'
        f"{escape(tr('Suggest “%1”')).replace('%1', shown)}</a>"
    )


def search_failed_html(reason: str, tr: Translate) -> str:
    """What the list area says when the newest search failed."""
    return (
        f"<p><b>{escape(tr('Search failed: %1').replace('%1', reason))}</b></p>"
        f"<p>{escape(tr('Try again, or restart healthref if it keeps happening.'))}</p>"
    )


def emergency_strip_text(number: str, tr: Translate) -> str:
    """The red strip shown when a query describes an emergency."""
    if number:
        return tr("If someone is in danger now, call %1.").replace("%1", number)
    return tr("If someone is in danger now, call your local emergency number.")
