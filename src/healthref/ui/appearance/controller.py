"""Appearance: the theme (System, Light or Dark) and the text size, applied to the whole
application and remembered (per visitor in kiosk mode, where nothing is remembered)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from healthref.ui.appearance.answer_css import NORMAL_STEP, TEXT_STEPS, answer_css, body_points
from healthref.ui.appearance.colours import DARK, LIGHT, Colours, is_dark, qpalette

THEME_CHOICES = ("system", "light", "dark")
LIST_PT = 10.5  # the question list at normal size


class Appearance(QObject):
    """Owns the theme and text size; `changed` after either is applied."""

    changed = Signal()

    def __init__(
        self,
        template: str,
        settings: QSettings | None = None,
        default_theme: str = "system",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.template = template
        self._settings = settings
        self._default_theme = default_theme if default_theme in THEME_CHOICES else "system"
        # A copy already (copying it again, QPalette(p), would load the Qt namespace's enums).
        self._system_palette = QGuiApplication.palette()
        # The system's light or dark mode as Qt reports it: read after the first frame (see
        # `read_system_scheme`); until then the system's palette tells.
        self._system_dark: bool | None = None
        self.theme = self._default_theme
        self.step = NORMAL_STEP
        self.extra_scale = 1.0  # the kiosk's per-visitor text size, on top of the step
        if settings is not None:
            saved = str(settings.value("view/theme", self.theme))
            self.theme = saved if saved in THEME_CHOICES else self.theme
            try:
                self.step = int(str(settings.value("view/text_step", NORMAL_STEP)))
            except ValueError:
                self.step = NORMAL_STEP
        self.step = self._clamp(self.step)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self._system_changed())

    def read_system_scheme(self) -> bool:
        """Read the system's colour scheme (once the first frame is painted: asking Qt loads
        the Qt namespace's enums, about 20 ms) and restyle if it differs from what the palette
        said. Whether the colours changed."""
        from PySide6.QtCore import Qt

        before = self.colours
        scheme = QGuiApplication.styleHints().colorScheme()
        if scheme == Qt.ColorScheme.Dark:
            self._system_dark = True
        elif scheme == Qt.ColorScheme.Light:
            self._system_dark = False
        else:
            self._system_dark = None
        changed = self.colours != before
        if changed and self.theme == "system":
            self.apply()
        return changed

    @staticmethod
    def _clamp(step: int) -> int:
        return max(0, min(step, len(TEXT_STEPS) - 1))

    @property
    def colours(self) -> Colours:
        if self.theme == "light":
            return LIGHT
        if self.theme == "dark":
            return DARK
        dark = self._system_dark
        if dark is None:  # not read yet, or the platform does not say: its palette tells
            dark = is_dark(self._system_palette)
        return DARK if dark else LIGHT

    @property
    def scale(self) -> float:
        return TEXT_STEPS[self.step] * self.extra_scale

    def body_points(self) -> float:
        return body_points(self.step, self.extra_scale)

    def list_points(self) -> float:
        return LIST_PT * self.scale

    def css(self) -> str:
        return answer_css(self.template, self.colours, self.step, self.extra_scale)

    def apply(self) -> None:
        """Paint the application with the theme's palette and tell every part to restyle."""
        QApplication.setPalette(qpalette(self.colours))  # reaches every widget
        for window in QApplication.topLevelWidgets():
            if window.styleSheet():  # a styled window (the kiosk's) keeps its old palette
                window.setStyleSheet(window.styleSheet())
        self.changed.emit()

    def set_theme(self, theme: str) -> None:
        if theme in THEME_CHOICES:
            self.theme = theme
            self._save()
            self.apply()

    def set_extra_scale(self, scale: float) -> None:
        """Scale every text on top of the chosen step (the kiosk's A+ and A−)."""
        if scale != self.extra_scale:
            self.extra_scale = scale
            self.changed.emit()  # sizes only: the palette and the style sheets stay

    def zoom(self, step: int) -> None:
        """Larger (1), smaller (-1) or normal (0) text everywhere."""
        target = NORMAL_STEP if step == 0 else self._clamp(self.step + step)
        if target != self.step:
            self.step = target
            self._save()
            self.changed.emit()  # sizes only: the palette and the style sheets stay

    def _system_changed(self) -> None:
        if not self.read_system_scheme() and self.theme == "system":
            self.apply()

    def _save(self) -> None:
        if self._settings is not None:
            self._settings.setValue("view/theme", self.theme)
            self._settings.setValue("view/text_step", self.step)

    def reset_for_new_visitor(self) -> None:
        """The operator's theme and the normal text size."""
        self.theme = self._default_theme
        self.step = NORMAL_STEP
        self.apply()
