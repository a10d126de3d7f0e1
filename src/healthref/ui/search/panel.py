"""The left side of the window: search box, category filter, results list and the empty state.
Everything works from the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from healthref.core.content.store import QuestionItem
from healthref.ui.announce import announce
from healthref.ui.category_names import category_label
from healthref.ui.search.keys import SearchBoxKeys
from healthref.ui.search.messages import empty_state_html, result_notes, search_failed_html
from healthref.ui.search.panel_notes import PanelNotes, announce_result
from healthref.ui.search.panel_parts import (
    PanelLabel,
    emergency_strip,
    fit_layout_mode,
    question_list,
    stack_panel,
)
from healthref.ui.search.question_model import QuestionListModel, Row
from healthref.ui.search.row_details import RowDetails
from healthref.ui.search.worker import SearchRunner

if TYPE_CHECKING:
    from healthref.core.search.results import SearchResult

FOLLOW_DELAY_MS = 180
ALL_CATEGORIES = ""


class SearchPanel(QWidget):
    """Emits `article_chosen(slug)` when a question should be shown."""

    article_chosen = Signal(str)
    suggest_requested = Signal(str)  # what was typed
    # How the answer pane should follow the list: a confident answer (opened after a pause),
    # only articles that mention the words (open none), nothing found, or a failed search.
    confident_answer = Signal()
    no_confident_answer = Signal(str)  # the query
    no_answer = Signal(str)
    search_failed = Signal(str)  # the reason

    def __init__(
        self,
        questions: list[QuestionItem],
        categories: list[str],
        runner: SearchRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._questions = questions
        self._runner = runner
        self._last_result: SearchResult | None = None
        self._shown_generation = 0
        self._open_when_ready = False

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search questions, e.g. “fever in a child”"))
        # Its cross shows only once something is typed; loading its icon (~7 ms) waits until
        # after the first frame (`add_clear_button`). The kiosk has a touch-sized one instead.
        self.wants_clear_button = True
        self.search_box.setAccessibleName(self.tr("Search questions"))
        self.category = QComboBox(self)
        self.category.setObjectName("categoryFilter")
        self.category.setAccessibleName(self.tr("Category"))
        self.category_label = QLabel(self.tr("&Category"), self)
        self.category_label.setBuddy(self.category)
        self.category.addItem(self.tr("All categories"), ALL_CATEGORIES)
        for name in categories:
            self.category.addItem(category_label(name), name)

        self.emergency_strip = emergency_strip(self)
        self.emergency_number = ""
        self.notice = self._label("searchNotice")

        self.model = QuestionListModel(self)
        self.list_view = question_list(self, self.model, self.tr("Questions"))

        self.empty_state = PanelLabel(self, "emptyState", self._notice_link, top_left=True)
        self.empty_state.setMargin(12)
        self.suggest_footer = self._label("suggestFooter")
        self.notes = PanelNotes(self.notice, self.emergency_strip, self.suggest_footer)
        self.suggestions_enabled = False
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.empty_state)

        stack_panel(
            self,
            self.search_box,
            (self.category_label, self.category),
            (self.emergency_strip, self.notice),
            self.stack,
            self.suggest_footer,
        )

        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(FOLLOW_DELAY_MS)
        self._follow_timer.timeout.connect(self.open_current)

        self.search_box.textChanged.connect(self._query_changed)
        self.category.currentIndexChanged.connect(lambda _i: self._refresh())
        self._runner.results.connect(self._show_result)
        self._runner.error.connect(self._show_error)
        self.row_details = RowDetails(self.list_view, self.model, self._runner)
        self.list_view.selectionModel().currentChanged.connect(
            lambda *_: self._follow_timer.start()
        )
        self.list_view.activated.connect(lambda _index: self.open_current())
        self._keys = SearchBoxKeys(self)
        self.search_box.installEventFilter(self._keys)
        self._show_all()

    def rows_drawn(self) -> bool:
        """Whether painting the list now draws questions: a list being laid out in batches,
        or with no rows, draws none."""
        return self.list_view.indexAt(QPoint(0, 0)).isValid()

    def add_clear_button(self) -> None:
        """The cross that empties the search box (after the first frame; see __init__)."""
        self.search_box.setClearButtonEnabled(self.wants_clear_button)

    def _label(self, name: str, *, rich: bool = True) -> PanelLabel:
        return PanelLabel(self, name, self._notice_link, rich=rich)

    # --- what the list shows -------------------------------------------------------------
    def _selected_category(self) -> str:
        return str(self.category.currentData() or ALL_CATEGORIES)

    def _in_category(self, category: str) -> bool:
        wanted = self._selected_category()
        return not wanted or category == wanted

    def _show_all(self) -> None:
        self._last_result = None
        self._shown_generation = self._runner.generation
        rows = [Row.from_item(q) for q in self._questions if self._in_category(q.category)]
        self._set_rows(rows, follow=False)
        # Nothing is open yet: no row should look chosen (↓ or Enter start at the first).
        self.list_view.selectionModel().clearSelection()
        self.notes.hide()

    def set_questions(self, questions: list[QuestionItem]) -> None:
        """The browse list in another content language; shown at once when nothing is typed."""
        self._questions = questions
        if self._last_result is None:
            self._show_all()

    def _refresh(self) -> None:
        if self._last_result is None:
            self._show_all()
        else:
            self._show_result(self._runner.generation, self._last_result)

    def _query_changed(self, text: str) -> None:
        if text.strip():
            self._runner.request(text)
        else:
            self._runner.request("")  # makes any search still running stale
            self._show_all()

    def _show_result(self, generation: int, result: SearchResult) -> None:
        if not self.search_box.text().strip():
            return
        self._shown_generation = generation
        self._last_result = result
        hits = [h for h in result.hits if self._in_category(h.category)]
        notes = result_notes(result, hits)
        self.notes.show_notes(notes)
        announce_result(self.list_view, len(hits), notes)
        self.notes.show_emergency(result.emergency, self.emergency_number)
        if not hits:
            self._show_empty(result)
            self.no_answer.emit(result.query)
            return
        confident = not hits[0].weak
        self._set_rows([Row.from_hit(h) for h in hits], follow=confident)
        self.row_details.show(generation, result)
        if self.suggestions_enabled:
            self.notes.show_suggest_footer(result.query)
        if not confident:
            self._open_when_ready = False
            self.no_confident_answer.emit(result.query)
            return
        self.confident_answer.emit()
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_current()

    def _show_error(self, reason: str) -> None:
        """The newest search failed: say so, and never leave an older query's results up."""
        if not self.search_box.text().strip():
            return
        self._shown_generation = self._runner.generation
        self._last_result = None
        self.model.set_rows([])
        self.notes.hide()
        self.empty_state.setText(search_failed_html(reason))
        self.stack.setCurrentWidget(self.empty_state)
        self.search_failed.emit(reason)

    def search_pending(self) -> bool:
        """True while the list does not yet show the answer to what is in the search box."""
        return bool(self.search_box.text().strip()) and (
            self._shown_generation != self._runner.generation
        )

    def _show_empty(self, result: SearchResult) -> None:
        self.empty_state.setText(
            empty_state_html(
                result,
                category_filtered=bool(self._selected_category()),
                can_suggest=self.suggestions_enabled,
            )
        )
        self.model.set_rows([])
        self.stack.setCurrentWidget(self.empty_state)
        self.suggest_footer.hide()
        announce(self.empty_state, self.empty_state.text_for_reader())

    def _set_rows(self, rows: list[Row], *, follow: bool = True) -> None:
        """Show rows with the first selected; `follow` opens it after the usual pause."""
        fit_layout_mode(self.list_view, len(rows))
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.list_view)
        if rows:
            self.list_view.setCurrentIndex(self.model.index(0))
            self.list_view.scrollToTop()
            if not follow:
                self._follow_timer.stop()

    def _notice_link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.suggest_requested.emit(self.search_box.text().strip())
        elif link.startswith("search:"):
            self.search_box.setText(link.removeprefix("search:"))
        elif link.startswith("all-categories:"):
            self.category.setCurrentIndex(0)

    def question_count(self) -> int:
        return len(self._questions)

    # --- opening ---------------------------------------------------------------------------
    def current_slug(self) -> str | None:
        row = self.model.row_at(self.list_view.currentIndex().row())
        return row.slug if row else None

    def open_current(self) -> None:
        self._follow_timer.stop()
        slug = self.current_slug()
        if slug:
            self.article_chosen.emit(slug)

    def select_slug(self, slug: str) -> None:
        """Mark the open article in the list without opening it again (which would reset
        the reader's scroll position)."""
        row = self.model.row_of(slug)
        if row >= 0:
            selection = self.list_view.selectionModel()
            selection.blockSignals(True)
            self.list_view.setCurrentIndex(self.model.index(row))
            selection.blockSignals(False)
            self.list_view.viewport().update()
        self._follow_timer.stop()

    def reset_for_new_visitor(self) -> None:
        """Empty query, all categories, the full list from the top."""
        self._open_when_ready = False
        self.search_box.clear()
        self.category.setCurrentIndex(0)
        self.category.view().scrollToTop()
        self._show_all()
        self.row_details.reset_for_new_visitor()
        self.list_view.scrollToTop()
        self.notes.clear()
        self.empty_state.clear()

    # --- keyboard (Esc and Ctrl+K: keys.py) ------------------------------------------------
    def enter_pressed(self) -> None:
        """Open the selected question, or the first result as soon as the search answers."""
        if self.search_pending():
            self._open_when_ready = True
        else:
            self.open_current()
