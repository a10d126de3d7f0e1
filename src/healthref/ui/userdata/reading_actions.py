"""Saved questions, history, copy and print, put into the window: the answer bar, the Saved and
History docks, their menu actions. A kiosk and a private window get no service: nothing of
theirs is ever written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from healthref.ui.userdata.answer_bar import AnswerBar
from healthref.ui.userdata.reading_menus import place_in_menus
from healthref.ui.window_menus import window_action

if TYPE_CHECKING:
    from healthref.core.content.article import ArticleView
    from healthref.core.userdata.records import SavedItem, Visit
    from healthref.ui.main_window import MainWindow
    from healthref.ui.userdata.history_view import HistoryView
    from healthref.ui.userdata.saved_view import SavedView
    from healthref.ui.userdata.service import ReadingService, ReadingStores


Slot = Callable[[], object]


class ReadingActions(QObject):
    """`service` None: a kiosk or a private window (no star, no Saved, no History)."""

    def __init__(
        self,
        window: MainWindow,
        service: ReadingService | None,
        *,
        allow_print: bool,
        allow_files: bool,
        allow_copy: bool,
        open_private: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.service = service
        self.allow_files = allow_files
        self.last_removed: SavedItem | None = None
        self._lookups = 0
        self._last_visit: str | None = None
        self.bar = AnswerBar(window.reading)
        layout = window.reading.layout()
        assert layout is not None
        layout.addWidget(self.bar)  # under the banner: insert it just above the answer
        layout.removeWidget(window.answer)
        layout.addWidget(window.answer)
        self.bar.star.setVisible(service is not None)
        self.bar.note.setVisible(False)
        self.bar.star_toggled.connect(self._star)
        self.bar.note_edited.connect(self._note)

        def act(label: str, key: str | QKeySequence.StandardKey | None, slot: Slot) -> QAction:
            return window_action(window, label, key, slot)

        self.star_action = act(self.tr("&Save question"), "Ctrl+D", self.bar.star.click)
        self.copy_action = act(self.tr("&Copy answer as text"), "Ctrl+Shift+C", self.copy_answer)
        self.print_action = act(
            self.tr("&Print handout…"), QKeySequence.StandardKey.Print, self.print_handout
        )
        self.print_large_action = act(
            self.tr("Print handout in &large print…"), None, lambda: self.print_handout(True)
        )
        self.pdf_action = act(self.tr("Save handout as P&DF…"), None, self.save_pdf)
        self._open_private = open_private
        self.private_windows: list[object] = []  # kept alive as long as this window
        self.private_action = act(
            self.tr("New p&rivate window"), "Ctrl+Shift+N", self.open_private_window
        )
        self.bar.copy_button.setDefaultAction(self.copy_action)
        self.bar.print_button.setDefaultAction(self.print_action)
        self.bar.copy_button.setVisible(allow_copy)
        self.bar.print_button.setVisible(allow_print)
        for action, allowed in (
            (self.star_action, service is not None),
            (self.copy_action, allow_copy),
            (self.print_action, allow_print),
            (self.print_large_action, allow_print and allow_files),
            (self.pdf_action, allow_files),
            (self.private_action, open_private is not None),
        ):
            action.setVisible(allowed)
        place_in_menus(
            window,
            (self.private_action, self.print_action, self.print_large_action, self.pdf_action),
            (self.star_action, self.copy_action),
            answer_menu_shown=service is not None or allow_copy,
        )

        self.saved_view: SavedView | None = None
        self.history_view: HistoryView | None = None
        self.docks: list[QDockWidget] = []
        if service is not None:
            # Hidden docks: built once the first answer is in (or at once, should a user reach
            # for Go → History before that), never competing with it.
            window.first_paint.defer(
                lambda: self._add_views(service), first=True, idle=True, reachable=True
            )
        window.article_opened.connect(self._opened)

    def _add_views(self, service: ReadingService) -> None:
        from healthref.ui.userdata.docks import add_views

        add_views(self, service)

    def open_private_window(self) -> object | None:
        if self._open_private is None:
            return None
        built = self._open_private()
        self.private_windows.append(built)
        return built

    # --- the open answer ----------------------------------------------------------------------
    def current_view(self) -> ArticleView | None:
        slug = self.window.answer.current_slug
        return None if slug is None else self.window.store.article(slug)

    def _opened(self, slug: str, recorded: bool) -> None:
        self.bar.setEnabled(True)
        self.bar.show_saved(None)
        if self.service is None:
            return
        trail = (self.window.trail.slugs(), self.window.trail.position())
        view = self.current_view()
        if recorded and view is not None and slug != self._last_visit:
            self._last_visit = slug  # the list re-selecting the open answer is not a visit
            self.service.record_visit(slug, view.article.question, trail)
        else:
            self.service.keep_trail(trail)
        self._lookups += 1
        lookup = self._lookups
        self.service.run(
            "reading your saved questions",
            lambda stores: stores.saved.get(slug),
            lambda item: self._show_saved_if_current(lookup, item),
        )

    def _show_saved_if_current(self, lookup: int, item: SavedItem | None) -> None:
        """Only the answer still open, and only if the reader has not starred it meanwhile."""
        if lookup == self._lookups:
            self.bar.show_saved(item)

    def restore_trail(self, trail: tuple[tuple[str, ...], int]) -> None:
        """Back and Forward as the last session left them, unless the reader has moved on."""
        window = self.window
        if (
            window.trail.slugs()
            or window.answer.current_slug
            or window.search_panel.search_box.text()
        ):
            return  # the reader has already moved on
        slug = self.window.trail.restore(*trail)
        if slug is not None:
            self.window.open_article(slug, record=False)

    # --- saved questions ------------------------------------------------------------------------
    def _star(self, saved: bool) -> None:
        self._lookups += 1  # what the reader just did wins over a lookup still on its way
        view = self.current_view()
        if self.service is None or view is None:
            return
        article = view.article
        if saved:
            self._write(
                "saving the question",
                lambda s: s.saved.save(article.slug, article.question, article.category),
            )
        else:
            self.remove_saved(article.slug)

    def _note(self, note: str) -> None:
        slug = self.window.answer.current_slug
        if slug is not None:
            self._write("saving your note", lambda s: s.saved.set_note(slug, note))

    def _write(self, what: str, work: Callable[[ReadingStores], object]) -> None:
        assert self.service is not None
        self.service.run(what, work, self._saved_changed)

    def remove_saved(self, slug: str) -> None:
        assert self.service is not None

        def removed(item: SavedItem | None) -> None:
            self.last_removed = item
            if self.saved_view is not None:
                self.saved_view.undo_button.setEnabled(item is not None)
            if slug == self.window.answer.current_slug:
                self.bar.show_saved(None)
            if item is not None:
                self.window.statusBar().showMessage(
                    self.tr("Removed “%1” from saved questions.").replace("%1", item.question),
                    8000,
                )
            self._saved_changed()

        self.service.run("removing a saved question", lambda s: s.saved.remove(slug), removed)

    def undo_remove(self) -> None:
        item, self.last_removed = self.last_removed, None
        if item is None or self.service is None:
            return
        if self.saved_view is not None:
            self.saved_view.undo_button.setEnabled(False)
        if item.slug == self.window.answer.current_slug:
            self.bar.show_saved(item)
        self._write("putting back a saved question", lambda s: s.saved.restore(item))

    def _saved_changed(self, _result: object = None) -> None:
        if self.service is not None:
            self.service.saved_changed.emit()

    def refresh_saved(self, _shown: object = None) -> None:
        view = self.saved_view
        if self.service is None or view is None or not self.docks[0].isVisible():
            return
        text, order = view.query()
        self.service.run(
            "listing saved questions", lambda s: s.saved.items(text, order), view.show_items
        )

    # --- history ----------------------------------------------------------------------------
    def refresh_history(self, _shown: object = None) -> None:
        view = self.history_view
        if self.service is None or view is None or not self.docks[1].isVisible():
            return
        if not self.service.keeps_history:
            view.show_visits([])
            return

        def visits(stores: ReadingStores) -> list[Visit]:
            stores.history.prune()  # what is past its days goes before it is shown
            return stores.history.visits()

        self.service.run("listing your history", visits, view.show_visits)

    def clear_history(self, before: dt.datetime | None) -> None:
        if self.service is None:
            return
        if before is None:
            self.window.clear_history()
            self._last_visit = None
        self.service.clear_history(before)

    # --- copy and print (ui/userdata/answer_output.py) ----------------------------------------
    def copy_answer(self) -> None:
        from healthref.ui.userdata import answer_output

        answer_output.copy_answer(self.window, self._view_if(self.copy_action))

    def print_handout(self, large_print: bool = False) -> None:
        from healthref.ui.userdata import answer_output

        answer_output.print_handout(self.window, self._view_if(self.print_action), large_print)

    def save_pdf(self) -> None:
        from healthref.ui.userdata import answer_output

        answer_output.save_pdf(self.window, self.current_view() if self.allow_files else None)

    def _view_if(self, action: QAction) -> ArticleView | None:
        """The open answer, if `action` is offered in this window."""
        return self.current_view() if action.isVisible() else None

    # --- the kiosk's next visitor, and closing -----------------------------------------------
    def reset_for_new_visitor(self) -> None:
        self.bar.reset_for_new_visitor()
        self.last_removed = None
        for view in (self.saved_view, self.history_view):
            if view is not None:
                view.reset_for_new_visitor()
        for dock in self.docks:
            dock.hide()

    def close(self) -> None:
        """Finish the queued writes (and clear history on exit when asked)."""
        if self.service is not None:
            self.service.close()
