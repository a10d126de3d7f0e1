"""The words around search results: the notes above them and their count, the empty state,
the "Not what you need?" line, a failed search and the emergency strip."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from healthref.core.search.results import Hit, SearchResult


def result_notes(result: SearchResult, hits: list[Hit]) -> list[str]:
    """What is said above the results: a spelling correction, and "no confident answer"."""
    notes = []
    if result.showing_results_for:
        showing = QCoreApplication.translate("SearchPanel", "Showing results for “%1”")
        notes.append(showing.replace("%1", escape(result.showing_results_for)))
    if hits and hits[0].weak:
        notes.append(
            QCoreApplication.translate(
                "SearchPanel",
                "No confident answer yet — these articles mention some of your words.",
            )
        )
    return notes


def result_count(count: int) -> str:
    return QCoreApplication.translate("SearchPanel", "%n result(s)", "", count)


def empty_state_html(result: SearchResult, *, category_filtered: bool, can_suggest: bool) -> str:
    """No answer yet, a "did you mean" link, and a way to suggest the question."""
    query = escape(result.query.strip()[:120])
    no_answer = QCoreApplication.translate("SearchMessages", "No answer yet for “%1”")
    parts = [f"<p><b>{escape(no_answer).replace('%1', query)}</b></p>"]
    if result.did_you_mean:
        suggestion = escape(result.did_you_mean)
        did_you_mean = QCoreApplication.translate("SearchMessages", "Did you mean")
        parts.append(
            f'<p>{escape(did_you_mean)} <a href="search:{suggestion}">{suggestion}</a>?</p>'
        )
    if category_filtered:
        everywhere = QCoreApplication.translate("SearchMessages", "Search all categories")
        parts.append(f'<p><a href="all-categories:">{escape(everywhere)}</a></p>')
    if can_suggest:
        suggest = QCoreApplication.translate("SearchMessages", "Suggest this question")
        parts.append(f'<p><a href="suggest:"><b>{escape(suggest)}</b></a></p>')
    advice = QCoreApplication.translate(
        "SearchMessages", "Try fewer or simpler words, or ask a health worker."
    )
    parts.append(f"<p>{escape(advice)}</p>")
    return "".join(parts)


def suggest_footer_html(query: str) -> str:
    shown = escape(query.strip()[:80])
    not_it = QCoreApplication.translate("SearchMessages", "Not what you need?")
    suggest = QCoreApplication.translate("SearchMessages", "Suggest “%1”")
    return f'{escape(not_it)} <a href="suggest:">{escape(suggest).replace("%1", shown)}</a>'


def search_failed_html(reason: str) -> str:
    """What the list area says when the newest search failed."""
    failed = QCoreApplication.translate("SearchMessages", "Search failed: %1")
    again = QCoreApplication.translate(
        "SearchMessages", "Try again, or restart healthref if it keeps happening."
    )
    return f"<p><b>{escape(failed.replace('%1', reason))}</b></p><p>{escape(again)}</p>"


def emergency_strip_text(number: str) -> str:
    """The red strip shown when a query describes an emergency."""
    if number:
        return QCoreApplication.translate(
            "SearchMessages", "If someone is in danger now, call %1."
        ).replace("%1", number)
    return QCoreApplication.translate(
        "SearchMessages", "If someone is in danger now, call your local emergency number."
    )
