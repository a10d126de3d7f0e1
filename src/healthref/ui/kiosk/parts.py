"""Pieces of kiosk mode: the touch style sheet, the "Are you still there?" panel and the
operator's PIN dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def touch_stylesheet(height: int, point_size: float) -> str:
    """A larger base font, targets of at least `height` pixels and a wide scroll bar. Colours
    come from the theme's palette (ui/appearance), so they hold in light and dark."""
    return f"""
        QWidget {{ font-size: {point_size:.1f}pt; }}
        QPushButton, QComboBox, QLineEdit {{ min-height: {height - 12}px; padding: 4px 12px; }}
        QPushButton#kioskTile {{ font-weight: 600; text-align: left; padding-left: 18px; }}
        QPushButton#kioskFinished {{ background: #245c2e; color: white; font-weight: 700; }}
        QPushButton#kioskFeatured {{ text-align: left; padding-left: 18px; }}
        QLabel#kioskTitle {{ font-size: 26pt; font-weight: 700; color: palette(link); }}
        QLabel#kioskDesk {{ font-size: 14pt; color: palette(window-text); }}
        QScrollBar:vertical {{ width: 28px; }}
        QScrollBar::handle:vertical {{ min-height: {height}px; }}
        QFrame#stillThere {{ background: palette(base); border: 3px solid palette(highlight); }}
    """


class StillTherePanel(QFrame):
    """Counts down; `still_here` when the visitor answers, `timed_out` when nobody does."""

    still_here = Signal()
    timed_out = Signal()

    def __init__(self, seconds: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stillThere")
        self.seconds = seconds
        self.remaining = seconds
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        button = QPushButton(self.tr("Yes, I'm still here"), self)
        button.setMinimumHeight(64)
        button.clicked.connect(self.still_here.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(button)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count)
        self.hide()

    def _text(self) -> str:
        return self.tr("Are you still there?\nThis screen will clear in %1 seconds.").replace(
            "%1", str(self.remaining)
        )

    def start(self) -> None:
        self.remaining = self.seconds
        self.label.setText(self._text())
        parent = self.parentWidget()
        assert parent is not None
        width, height = 560, 220
        self.setGeometry(
            (parent.width() - width) // 2, (parent.height() - height) // 2, width, height
        )
        self.show()
        self.raise_()
        self.tick.start()

    def stop(self) -> None:
        self.tick.stop()
        self.hide()

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
