"""The "Suggest a question" dialog: validate, offer questions that already answer it, save on
this machine, and say plainly what happens next."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healthref.core.suggestions.rules import MAX_NOTE, MAX_TEXT, CleanSuggestion
from healthref.ui.announce import announce
from healthref.ui.appearance.colours import current_colours
from healthref.ui.category_names import category_label
from healthref.ui.suggestions.service import SuggestionService

if TYPE_CHECKING:
    from healthref.core.suggestions.outbox import Saved

AnswerFinder = Callable[[str], list[tuple[str, str]]]


class SuggestDialog(QDialog):
    """Emits `open_article(slug)` when the person picks an existing answer instead."""

    open_article = Signal(str)
    saved = Signal()

    def __init__(
        self,
        service: SuggestionService,
        find_answers: AnswerFinder,
        prefill: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._find_answers = find_answers
        self._offered_for: str | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Suggest a question"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Can't find your question? Suggest it, and the people who write "
                "the answers will see it. Please don't include names, phone "
                "numbers or other personal details."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.question = QLineEdit(prefill.strip()[:MAX_TEXT], self)
        self.question.setObjectName("suggestQuestion")
        self.question.setPlaceholderText(
            self.tr("Your question, e.g. “How is a bee sting treated?”")
        )
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("suggestNote")
        self.note.setPlaceholderText(self.tr("Anything that would help (optional)"))
        self.note.setFixedHeight(80)
        self.note.setTabChangesFocus(True)  # Tab leaves the note; it never traps the keyboard
        self.category = QComboBox(self)
        self.category.addItem(self.tr("Not sure"), "")
        for name in service.categories:
            self.category.addItem(category_label(name), name)
        form = QFormLayout()
        form.addRow(self.tr("&Question"), self.question)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("C&ategory"), self.category)
        self.question.setAccessibleName(self.tr("Question"))
        self.note.setAccessibleName(self.tr("Note"))
        self.category.setAccessibleName(self.tr("Category"))

        self.message = QLabel(self)
        self.message.setObjectName("suggestMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {current_colours(self.palette()).error}")
        self.offers = QLabel(self)
        self.offers.setObjectName("suggestOffers")
        self.offers.setWordWrap(True)
        self.offers.setTextFormat(Qt.TextFormat.RichText)
        self.offers.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.offers.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.offers.setAccessibleName(self.tr("Questions that may already answer yours"))
        self.offers.linkActivated.connect(self._offer_chosen)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save suggestion"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)

        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(intro)
        form_layout.addLayout(form)
        form_layout.addWidget(self.message)
        form_layout.addWidget(self.offers)
        form_layout.addWidget(self.buttons)

        done_page = QWidget(self)
        self.confirmation = QLabel(done_page)
        self.confirmation.setObjectName("suggestConfirmation")
        self.confirmation.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, done_page)
        close.rejected.connect(self.accept)
        done_layout = QVBoxLayout(done_page)
        self.confirmation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        done_layout.addWidget(self.confirmation, 1)
        done_layout.addWidget(close)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(form_page)
        self.pages.addWidget(done_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.question.textChanged.connect(self._text_changed)

    def _text_changed(self) -> None:
        self.message.clear()
        self.question.setAccessibleDescription("")
        if self._offered_for is not None and self.question.text() != self._offered_for:
            self._offered_for = None
            self.offers.clear()
            self.save_button.setText(self.tr("Save suggestion"))

    def _show_error(self, text: str, field: str = "text") -> None:
        """Said next to the form, tied to its field, and announced to a screen reader."""
        self.message.setText(text)
        widget = self.note if field == "note" else self.question
        widget.setAccessibleDescription(text)
        widget.setFocus()
        announce(self.message, text, assertive=True)

    def try_save(self) -> None:
        """Check; offer near-duplicates once; then save (or say why it could not be saved).
        The checks against the articles and the outbox, and the save, run in the background;
        the form is busy meanwhile."""
        from healthref.core.suggestions.rules import SuggestionRejected, check_suggestion

        if self.busy:
            return
        text, note = self.question.text(), self.note.toPlainText()
        if len(note) > MAX_NOTE:
            self._show_error(
                self.tr("Please keep the note to %1 characters.").replace("%1", str(MAX_NOTE)),
                "note",
            )
            return
        try:
            clean = check_suggestion(
                text, note, str(self.category.currentData() or ""), self._service.categories
            )
        except SuggestionRejected as exc:
            self._show_error(str(exc), exc.field)
            return
        self._set_busy(True)
        if self._offered_for == text:
            self._save(clean)
            return
        find_answers = self._find_answers
        self._service.run(
            "checking for similar questions",
            lambda outbox: (find_answers(clean.text), outbox.similar_pending(clean.text)),
            lambda found: self._offer_or_save(clean, *found),
            lambda _error: self._save(clean),  # the offer is a courtesy; saving matters
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Saving…"))

    def _offer_or_save(
        self, clean: CleanSuggestion, answers: list[tuple[str, str]], waiting: list[str]
    ) -> None:
        if self._offer_near_duplicates(answers, waiting):
            self._set_busy(False)
            self.message.clear()
            return
        self._save(clean)

    def _save(self, clean: CleanSuggestion) -> None:
        self._service.save(clean.text, clean.note, clean.category, self._saved, self._not_saved)

    def _not_saved(self, error: Exception) -> None:
        from healthref.core.suggestions.rules import SuggestionRejected

        self._set_busy(False)
        if isinstance(error, SuggestionRejected):
            self._show_error(str(error), error.field)
            return
        reason = str(error.args[0]) if error.args else str(error)
        self._show_error(
            self.tr("Couldn't save: %1. Your text is still here; please try again later.").replace(
                "%1", reason
            )
        )

    def _saved(self, saved: Saved) -> None:
        self._set_busy(False)
        self.message.clear()
        first = (
            self.tr("Thank you — that question was already waiting; we counted your ask.")
            if saved.merged
            else self.tr("Saved on this computer.")
        )
        self.confirmation.setText(
            f"<p><b>{escape(first)}</b></p><p>"
            + escape(
                self.tr(
                    "It will be sent when a connection is available. Suggestions waiting: %n.",
                    "",
                    saved.pending,
                )
            )
            + "</p>"
        )
        self.pages.setCurrentIndex(1)
        self.saved.emit()

    def _offer_near_duplicates(self, answers: list[tuple[str, str]], waiting: list[str]) -> bool:
        if not answers and not waiting:
            return False
        did_you_mean, already = self.tr("Did you mean …?"), self.tr("already suggested")
        open_one = self.tr("Open one of these, or save yours anyway.")
        parts = [f"<p><b>{escape(did_you_mean)}</b></p><ul>"]
        parts += [
            f'<li><a href="article:{escape(slug)}">{escape(question)}</a></li>'
            for slug, question in answers
        ]
        parts += [f"<li>{escape(w)} <i>({escape(already)})</i></li>" for w in waiting]
        parts.append(f"</ul><p>{escape(open_one)}</p>")
        self.offers.setText("".join(parts))
        self._offered_for = self.question.text()
        self.save_button.setText(self.tr("Save anyway"))
        return True

    def _offer_chosen(self, link: str) -> None:
        if link.startswith("article:"):
            self.open_article.emit(link.removeprefix("article:"))
            self.reject()
