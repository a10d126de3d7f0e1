"""MainWindow: search panel and answer pane in a splitter, menus, history and saved layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from healthref.core.content.store import ContentStore
from healthref.ui.announce import announce
from healthref.ui.appearance.controller import Appearance
from healthref.ui.appearance.wiring import attach as attach_appearance
from healthref.ui.background import BackgroundTasks
from healthref.ui.first_paint import FirstPaint
from healthref.ui.language import isolate
from healthref.ui.reading.answer_view import AnswerView
from healthref.ui.reading.navigation import ReadingTrail
from healthref.ui.reading.pane import ReadingPane
from healthref.ui.reading.welcome import welcome_html
from healthref.ui.search.panel import SearchPanel
from healthref.ui.search.type_to_search import TypeToSearch
from healthref.ui.search.worker import SearchRunner
from healthref.ui.visitor_state import VisitorStateOwners
from healthref.ui.window_layout import default_size, restore_layout, save_layout
from healthref.ui.window_menus import build_menus
from healthref.ui.window_policy import WindowPolicy

if TYPE_CHECKING:
    from healthref.core.content.article import ArticleView
    from healthref.ui.kiosk.controller import KioskController
    from healthref.ui.packs.content_updates import ContentUpdates
    from healthref.ui.packs.whats_new import WhatsNewDialog
    from healthref.ui.suggestions.actions import SuggestionActions
    from healthref.ui.suggestions.service import SuggestionService
    from healthref.ui.userdata.reading_actions import ReadingActions


class MainWindow(QMainWindow):
    """The reference window. Build it with a content store and a search runner."""

    article_opened = Signal(str, bool)  # slug, whether it was a new visit (not back/forward)

    def __init__(
        self,
        store: ContentStore,
        runner: SearchRunner,
        stylesheet: str,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        suggestions: SuggestionService | None = None,
        policy: WindowPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.policy = policy or WindowPolicy()
        self.settings = settings if self.policy.remember_layout else None
        self.setWindowTitle(self.home_title())
        self.resize(*default_size(QGuiApplication.primaryScreen()))
        self.trail = ReadingTrail()
        self.visitor_state = VisitorStateOwners()
        self.tasks = BackgroundTasks("healthref-window", parent=self)
        self.tasks.failed.connect(self.show_failure)
        runner.tasks.failed.connect(self.show_failure)
        self.kiosk: KioskController | None = None
        self.log_dir: Path | None = None
        self.reading_actions: ReadingActions | None = None
        self.content_updates: ContentUpdates | None = None
        self.replaced_by: QMainWindow | None = None  # the window opened on new content
        self.whats_new: WhatsNewDialog | None = None

        from healthref.ui.content_language import ContentLanguage

        self.content_language = ContentLanguage(store, self.settings, self)
        questions = store.questions(self.content_language.preferred)
        self.search_panel = SearchPanel(questions, store.categories(), runner, self)
        self.answer = AnswerView(stylesheet, self)
        self.answer.setObjectName("answerView")
        self.appearance = Appearance(stylesheet, self.settings, parent=self)
        self.answer.appearance = self.appearance
        self.reading = ReadingPane(self.answer, self)
        # Side by side (its own orientation); by keyword: QSplitter(self) weighs its overload
        # taking an orientation, which loads the Qt namespace before the first frame.
        self.splitter = QSplitter(parent=self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.search_panel)
        self.splitter.addWidget(self.reading)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 740])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.search_panel.article_chosen.connect(self.open_article)
        self.answer.article_requested.connect(self.open_article)
        self.answer.link_refused.connect(self._link_refused)
        self.answer.language_requested.connect(self._read_in)
        self.content_language.changed.connect(self._content_language_changed)
        panel = self.search_panel
        panel.confident_answer.connect(self.reading.hide_banner)
        panel.no_confident_answer.connect(self._no_confident_answer)
        panel.no_answer.connect(lambda _query: self._show_empty_answer())
        panel.search_failed.connect(lambda _reason: self._show_empty_answer())
        self.back_action = QAction(self.tr("&Back"), self)
        self.forward_action = QAction(self.tr("&Forward"), self)
        build_menus(self)
        self.suggestions: SuggestionActions | None = None
        if suggestions is not None:
            from healthref.ui.suggestions.actions import add_suggestions

            self.suggestions = add_suggestions(self, suggestions)
        meta = store.meta()
        self.statusBar().showMessage(
            self.tr(
                "%n question(s) · content %1", "", int(meta.get("article_count", "0") or 0)
            ).replace("%1", isolate(meta.get("content_version", "?")))
        )
        self.type_to_search = TypeToSearch(self)
        for watched in (self.search_panel.list_view, self.answer):
            watched.installEventFilter(self.type_to_search)
        attach_appearance(self, self.appearance)
        if not self.policy.kiosk:  # a kiosk's home screen covers it: see `_welcome_if_blank`
            self.answer.show_page(welcome_html(len(questions)))  # laid out once, in its style
        self.answer.article_shown.connect(self._article_shown)
        for owner in (
            self.search_panel,
            self.answer,
            self.reading,
            self.trail,
            self.appearance,
            self.content_language,
        ):
            self.visitor_state.register(owner)
        if self.suggestions is not None:
            self.visitor_state.register(self.suggestions)
        restore_layout(self, self.splitter, self.settings)
        self.first_paint = FirstPaint(
            self.search_panel.list_view.viewport(), self.search_panel.rows_drawn, self
        )
        self.first_paint.defer(self.runner.warm_up)  # loading search never delays the window
        if self.policy.kiosk:
            self.first_paint.defer(self._welcome_if_blank, idle=True, reachable=True)
        # The search box's cross (its icon costs ~9 ms) waits for the first answer too, but
        # never for a key or click: with no input, its box is empty and the cross hidden.
        self.first_paint.defer(self.search_panel.add_clear_button, idle=True, reachable=True)
        # What nobody can reach waits until search is idle: a first query is answered first.
        self.first_paint.settle_on(self.runner.is_settled, self.runner.settled)
        # The system's light or dark mode as Qt names it (its palette chose until now): this
        # loads the Qt namespace's enums (ui/qt_values), which keys and menus use later.
        self.first_paint.defer(self.appearance.read_system_scheme, idle=True)
        self.first_paint.defer(self.runner.prepare_spelling, idle=True)
        if self.suggestions is not None:
            self.first_paint.defer(self.suggestions.service.start, idle=True)
            self.first_paint.defer(self.suggestions.prepare, idle=True)

    @property
    def kiosk_mode(self) -> bool:
        return self.policy.kiosk

    def show_failure(self, what: str, reason: str) -> None:
        """A background failure the user should know of: said in the status bar (and logged
        where it happened)."""
        self.statusBar().showMessage(
            self.tr("Something went wrong while %1: %2").replace("%1", what).replace("%2", reason),
            15_000,
        )

    def _no_confident_answer(self, query: str) -> None:
        self._show_empty_answer()
        self.reading.show_no_confident_answer(query, can_suggest=self.suggestions is not None)

    def _welcome_if_blank(self) -> None:
        """The welcome page, unless an answer is already showing. A kiosk's first frame shows
        its home screen over the answer pane, so the page (about 10 ms) is laid out later."""
        if self.answer.current_slug is None and self.answer.document().isEmpty():
            self.answer.show_page(welcome_html(self.search_panel.question_count()))

    def _show_empty_answer(self) -> None:
        """No answer open: the welcome page, never the previous query's article."""
        self.reading.hide_banner()
        self.answer.show_page(welcome_html(self.search_panel.question_count()))
        self.setWindowTitle(self.home_title())

    def home_title(self) -> str:
        return self.tr("healthref — offline health answers")

    def _article_shown(self, question: str) -> None:
        """The title names the open question; a screen reader hears that it opened."""
        self.setWindowTitle(self.tr("%1 — healthref").replace("%1", question))
        announce(self.answer, self.tr("Opened: %1").replace("%1", question))

    # --- articles and history ---------------------------------------------------------------
    def open_article(self, slug: str, *, record: bool = True) -> bool:
        view = self.content_language.view(slug)
        if view is None and slug in self.store.withdrawn:
            from healthref.ui.reading.withdrawn import withdrawn_html

            self.reading.hide_banner()
            self.answer.show_page(withdrawn_html(self, self.store.withdrawn[slug]))
            return False
        if view is None:
            self.statusBar().showMessage(self.tr("That article is not in this collection."), 5000)
            return False
        self.reading.hide_banner()
        self.answer.show_article(view, self._language_switch(view))
        self.search_panel.select_slug(slug)
        if record:
            self.trail.visit(slug)
        self._update_history_actions()
        self.article_opened.emit(slug, record)
        return True

    def _language_switch(self, view: ArticleView) -> tuple[str, str] | None:
        from healthref.ui.content_language import switch_label

        other = self.content_language.other_language(view)
        return (other, switch_label(other)) if other else None

    def _read_in(self, language: str) -> None:
        """The link under an answer: the same article in the other language."""
        slug = self.answer.current_slug
        if slug:
            self.content_language.switch(slug, language)
            self.open_article(slug, record=False)

    def _content_language_changed(self) -> None:
        self.search_panel.set_questions(self.store.questions(self.content_language.preferred))
        slug = self.answer.current_slug
        if slug:
            self.open_article(slug, record=False)
        box = self.search_panel.search_box
        text = box.text()
        if text:  # search again, in the new language
            box.setText("")
            box.setText(text)

    def clear_history(self) -> None:
        self.trail.reset_for_new_visitor()
        self._update_history_actions()

    def _step_history(self, step: int) -> None:
        slug = self.trail.step(step)
        if slug is not None:
            self.open_article(slug, record=False)

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.trail.can_go_back())
        self.forward_action.setEnabled(self.trail.can_go_forward())

    def _link_refused(self, url: str) -> None:
        self.statusBar().showMessage(
            self.tr("Outside links are not opened here: %1").replace("%1", url), 8000
        )

    def save_layout(self) -> None:
        save_layout(self, self.splitter, self.settings)

    def reset_for_new_visitor(self) -> None:
        """Every registered owner forgets the last visitor; the history buttons follow."""
        self.visitor_state.reset_all()
        self._update_history_actions()

    def stop_background_work(self) -> None:
        """Wait for every background task, so no thread outlives the window."""
        self.runner.stop()
        self.tasks.close()
        if self.reading_actions is not None:
            self.reading_actions.close()
        if self.suggestions is not None:
            self.suggestions.service.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.policy.may_close():
            event.ignore()
            return
        self.save_layout()
        self.stop_background_work()
        super().closeEvent(event)
