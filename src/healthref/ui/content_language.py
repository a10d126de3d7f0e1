"""Which language answers are shown and searched in: the interface's where articles exist in
it, else English; the reader may choose another in View → Article language, or switch one
article with the link under it. Per-article choices are visitor state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from healthref.core.content.store import ContentStore

if TYPE_CHECKING:  # the article record loads with the first article
    from healthref.core.content.article import ArticleView

CONTENT_LANGUAGES = ("en", "fr")
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}  # each in its own language
SETTING = "content/language"  # "" follows the interface


def interface_language() -> str:
    """The interface's language code ("fr" for fr_SN, fr_HT …)."""
    return QLocale().name().split("_")[0] or "en"


class ContentLanguage(QObject):
    """The chosen content language and each article's own switch."""

    changed = Signal()

    def __init__(
        self, store: ContentStore, settings: QSettings | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        saved = settings.value(SETTING, "") if settings is not None else ""
        self.choice = str(saved) if str(saved) in CONTENT_LANGUAGES else ""
        self._per_article: dict[str, str] = {}
        self._current = self.preferred

    @property
    def preferred(self) -> str:
        """The chosen language, or the interface's when it is a content language."""
        if self.choice:
            return self.choice
        language = interface_language()
        return language if language in CONTENT_LANGUAGES else "en"

    def current(self) -> str:
        """The language search uses now (read on the search thread: a plain string)."""
        return self._current

    def choose(self, language: str) -> None:
        """A choice from the View menu ("" to follow the interface); remembered."""
        self.choice = language
        self._per_article.clear()
        if self._settings is not None:
            self._settings.setValue(SETTING, language)
        self._current = self.preferred
        self.changed.emit()

    def view(self, slug: str) -> ArticleView | None:
        """The article in its language for this reader: the one switched to, or the preferred
        one where it is translated, else English."""
        wanted = self._per_article.get(slug, self.preferred)
        found = self._store.article(slug, wanted) if wanted != "en" else None
        return found or self._store.article(slug)

    def switch(self, slug: str, language: str) -> None:
        """Read this one article in another language."""
        self._per_article[slug] = language

    def other_language(self, view: ArticleView) -> str | None:
        """The language the switch link under an article offers, if any."""
        languages = self._store.languages(view.article.slug)
        shown = view.article.language
        if shown != "en":
            return "en"
        preferred = self.preferred if self.preferred in languages else None
        others = [code for code in languages if code != "en"]
        return preferred if preferred and preferred != "en" else (others[0] if others else None)

    def reset_for_new_visitor(self) -> None:
        """Per-article switches are forgotten; the setting stays (it is the machine's)."""
        self._per_article.clear()


def switch_label(language: str) -> str:
    """The link under an article, in the language it leads to."""
    return {"en": "Read in English", "fr": "Lire en français"}.get(language, language)


def add_language_menu(menu: QMenu, content: ContentLanguage) -> QMenu:
    """View → Article language: follow the interface, or one of the content languages."""
    sub = menu.addMenu(QCoreApplication.translate("ContentLanguage", "Article &language"))
    group = QActionGroup(sub)
    choices = [
        ("", QCoreApplication.translate("ContentLanguage", "Same as the interface")),
        *((c, LANGUAGE_NAMES[c]) for c in CONTENT_LANGUAGES),
    ]
    for code, name in choices:
        action = QAction(name, sub)
        action.setCheckable(True)
        action.setChecked(content.choice == code)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: content.choose(c))
        group.addAction(action)
        sub.addAction(action)
    return sub
