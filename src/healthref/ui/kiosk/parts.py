"""Pieces of kiosk mode: the touch style sheet, the "Are you still there?" panel and the
operator's PIN dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from healthref.ui.qt_values import ALIGN_CENTER

if TYPE_CHECKING:
    from healthref.ui.main_window import MainWindow


def scroll_by_touch(window: MainWindow, *areas: QAbstractScrollArea) -> None:
    """Let a finger (or a pressed mouse) drag `areas` to scroll them. Set up once the first
    frame is shown, and before a visitor's first touch: Qt's gesture type builds Qt's
    namespace of enums, which the first frame does without (see ui/qt_values)."""

    def grab() -> None:
        for area in areas:
            if shiboken6.isValid(area):
                QScroller.grabGesture(
                    area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
                )

    window.first_paint.defer(grab, idle=True, reachable=True)


def touch_stylesheet(height: int, point_size: float, factor: float = 1.0) -> str:
    """A larger base font, targets of at least `height` pixels, finger-wide scroll bars without
    tiny arrows, touch-sized pop-up items, and the emergency strip loud and clear. Colours
    come from the theme's palette (ui/appearance), so they hold in light and dark."""
    return (
        f"""
        QWidget {{ font-size: {point_size:.1f}pt; }}
        QPushButton, QComboBox, QLineEdit {{ min-height: {height - 10}px; padding: 4px 12px; }}
        QComboBox QAbstractItemView::item {{ min-height: {height}px; }}
        QPushButton#kioskTile {{ font-weight: 600; text-align: left; padding-left: 18px; }}
        QPushButton#kioskFinished {{ background: #245c2e; color: white; font-weight: 700; }}
        QPushButton#kioskFeatured {{ text-align: left; padding-left: 18px; }}
        QPushButton#kioskRelated {{ text-align: left; padding-left: 18px; }}
        QLabel#kioskTitle {{ font-size: {point_size * 1.7:.1f}pt; font-weight: 700;
                             color: palette(link); }}
        QLabel#kioskDesk {{ font-size: {point_size * 1.1:.1f}pt; color: palette(window-text); }}
        QLabel#emergencyStrip {{ background: #b3261e; color: white; font-weight: 700;
                                 font-size: {point_size * 1.15:.1f}pt; padding: 10px 16px; }}
        QScrollBar:vertical {{ width: {height - 4}px; margin: 0px; border: none;
                               background: palette(button); }}
        QScrollBar:horizontal {{ height: {height - 4}px; margin: 0px; border: none;
                                 background: palette(button); }}
        QScrollBar::handle:vertical {{ min-height: {height}px; background: palette(mid);
                                       border-radius: 6px; margin: 4px; }}
        QScrollBar::handle:horizontal {{ min-width: {height}px; background: palette(mid);
                                         border-radius: 6px; margin: 4px; }}
        QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none;
                                                      background: none; }}
        QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
        QFrame#stillThere {{ background: palette(base); border: 3px solid palette(highlight); }}
        QStatusBar {{ font-size: {point_size * 0.9:.1f}pt; }}
    """
        + f"/* text scale {factor:.2f} */"
    )


class StillTherePanel(QFrame):
    """Counts down; `still_here` when the visitor answers, `timed_out` when nobody does. It is
    named and announced to screen readers, and takes the focus so Space or Enter answers it."""

    still_here = Signal()
    timed_out = Signal()

    def __init__(self, seconds: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stillThere")
        self.setAccessibleName(self.tr("Are you still there?"))
        self.seconds = seconds
        self.remaining = seconds
        self._focus_before: QWidget | None = None
        self.label = QLabel(self)
        self.label.setProperty("alignment", ALIGN_CENTER)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Yes, I'm still here"), self)
        self.button.setObjectName("stillHere")
        self.button.setMinimumHeight(64)
        self.button.setDefault(True)
        self.button.clicked.connect(self.still_here.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count)
        self.hide()

    def _text(self) -> str:
        return self.tr(
            "Are you still there?\nThis screen will clear in %n second(s).", "", self.remaining
        )

    def start(self) -> None:
        self.remaining = self.seconds
        self.label.setText(self._text())
        self.setAccessibleDescription(self.label.text())
        parent = self.parentWidget()
        assert parent is not None
        width = min(640, parent.width() - 32)
        height = max(240, self.sizeHint().height())
        self.setGeometry(
            (parent.width() - width) // 2, (parent.height() - height) // 2, width, height
        )
        self._focus_before = QApplication.focusWidget()
        self.show()
        self.raise_()
        # Loaded when the panel first shows: the first frame does without them (qt_values;
        # Qt's accessibility classes cost it about 3 ms).
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        self.tick.start()

    def stop(self) -> None:
        was_shown = self.isVisible()
        self.tick.stop()
        self.hide()
        self.label.clear()
        if was_shown and self._focus_before is not None and shiboken6.isValid(self._focus_before):
            from PySide6.QtCore import Qt

            self._focus_before.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_before = None

    def _count(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.stop()
            self.timed_out.emit()
        else:
            self.label.setText(self._text())


class PinDialog(QDialog):
    """Asks the operator for the PIN; says so when it is wrong."""

    pin_entered = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Operator PIN"))
        self.message = QLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(lambda: self.pin_entered.emit(self.pin.text()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Enter the operator PIN to leave kiosk mode."), self))
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def wrong_pin(self) -> None:
        self.pin.clear()
        self.message.setText(self.tr("That PIN is not right."))

    def must_wait(self, seconds: int) -> None:
        self.pin.clear()
        self.message.setText(
            self.tr("Too many wrong PINs. Try again in %n second(s).", "", seconds)
        )
