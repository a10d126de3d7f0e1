"""The interface language at start-up and on change: Qt's translators, core's catalogue and
the layout direction. Kept small and cheap to import: app.py calls it before the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from healthref.core.i18n.catalogue import use_language
from healthref.core.i18n.languages import SOURCE_LANGUAGE, Language, choose_language, language

SETTING = "language"  # in the window-state INI beside the user DB
_ISOLATE, _END_ISOLATE = "\u2066", "\u2069"  # Unicode left-to-right isolate and its end


def isolate(text: str) -> str:
    """`text` (a version, an ISO date, a file path, a publisher's name) kept left to right inside
    a sentence of either direction, so "2026-11-30.b403a874" reads the same in Arabic."""
    if not QApplication.isRightToLeft():
        return text  # left to right already: the text as it is, for readers and screen readers
    return f"{_ISOLATE}{text}{_END_ISOLATE}"


class Interface:
    """The installed translators of one QApplication; `use(code)` swaps them."""

    def __init__(self, app: QApplication, resources: Path) -> None:
        self.app = app
        self.folder = resources / "translations"
        self.translators: list[QTranslator] = []
        self.current: Language = language(SOURCE_LANGUAGE)
        self.start_code = SOURCE_LANGUAGE  # chosen at start: a kiosk's default for visitors

    def use(self, code: str) -> Language:
        """Make `code` the interface language (English if it is not shipped)."""
        chosen = language(code)
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = [t for t in self._load(chosen.code) if self.app.installTranslator(t)]
        use_language(chosen.code, self.folder / "core")
        QLocale.setDefault(QLocale(chosen.code))
        if chosen.right_to_left or self.app.isRightToLeft():
            # Only a change of direction needs Qt's enums (left to right is where Qt starts):
            # the Qt namespace loads after the first frame.
            from PySide6.QtCore import Qt

            self.app.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if chosen.right_to_left
                else Qt.LayoutDirection.LeftToRight
            )
        self.current = chosen
        return chosen

    def _load(self, code: str) -> list[QTranslator]:
        """Ours (English has only its plural forms), then Qt's own for standard buttons."""
        found = []
        ours = QTranslator(self.app)
        if ours.load(str(self.folder / "ui" / f"healthref_{code}.qm")):
            found.append(ours)
        if code != SOURCE_LANGUAGE:
            from PySide6.QtCore import QLibraryInfo  # Qt's own translations: not for English

            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qtbase = QTranslator(self.app)
            if qtbase.load(f"qtbase_{code}", qt_folder):
                found.append(qtbase)
        return found


def saved_choice(settings: QSettings | None) -> str:
    """The language chosen in View → Interface language, or ""."""
    value = settings.value(SETTING, "") if settings is not None else ""
    return value if isinstance(value, str) else ""


def start(
    app: QApplication, resources: Path, settings: QSettings | None, kiosk_default: str = ""
) -> Interface:
    """Install the language: a kiosk's `[kiosk] language`, else the one chosen in View →
    Language, else the first of the system's languages healthref ships, else English."""
    interface = Interface(app, resources)
    setting = kiosk_default if kiosk_default else saved_choice(settings)
    interface.start_code = interface.use(
        choose_language(QLocale.system().uiLanguages(), setting)
    ).code
    return interface
