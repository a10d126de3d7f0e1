"""The plain ints the first frame uses instead of Qt's enums are Qt's own values, and a label
configured through them behaves as one configured with the enums."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from healthref.ui import qt_values as v


def test_each_value_is_qt_s() -> None:
    assert Qt.ItemDataRole.DisplayRole == v.DISPLAY_ROLE
    assert Qt.ItemDataRole.ToolTipRole == v.TOOL_TIP_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole == v.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.AccessibleDescriptionRole == v.ACCESSIBLE_DESCRIPTION_ROLE
    assert Qt.ItemDataRole.UserRole == v.USER_ROLE
    assert Qt.TextFlag.TextWordWrap.value == v.TEXT_WORD_WRAP
    assert Qt.TextFormat.PlainText.value == v.PLAIN_TEXT
    assert Qt.TextFormat.RichText.value == v.RICH_TEXT
    assert Qt.TextInteractionFlag.LinksAccessibleByMouse.value == v.LINKS_ACCESSIBLE_BY_MOUSE
    assert Qt.TextInteractionFlag.LinksAccessibleByKeyboard.value == v.LINKS_ACCESSIBLE_BY_KEYBOARD
    assert Qt.FocusPolicy.StrongFocus.value == v.STRONG_FOCUS
    assert Qt.AlignmentFlag.AlignLeft.value == v.ALIGN_LEFT
    assert Qt.AlignmentFlag.AlignTop.value == v.ALIGN_TOP
    assert Qt.AlignmentFlag.AlignRight.value == v.ALIGN_RIGHT
    assert Qt.AlignmentFlag.AlignVCenter.value == v.ALIGN_VCENTER
    assert Qt.AlignmentFlag.AlignCenter.value == v.ALIGN_CENTER
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == v.SCROLL_BAR_ALWAYS_OFF
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOn.value == v.SCROLL_BAR_ALWAYS_ON
    assert Qt.ContextMenuPolicy.NoContextMenu.value == v.NO_CONTEXT_MENU
    top_level = (
        Qt.WindowType.Window
        | Qt.WindowType.WindowTitleHint
        | Qt.WindowType.WindowSystemMenuHint
        | Qt.WindowType.WindowMinMaxButtonsHint
        | Qt.WindowType.WindowCloseButtonHint
        | Qt.WindowType.WindowFullscreenButtonHint
    )
    assert (top_level | Qt.WindowType.FramelessWindowHint).value == v.FRAMELESS_WINDOW


def test_a_label_set_through_properties_is_set(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert label.setProperty("textFormat", v.PLAIN_TEXT)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.setProperty("textFormat", v.RICH_TEXT)
    assert label.textFormat() == Qt.TextFormat.RichText
    flags = v.LINKS_ACCESSIBLE_BY_MOUSE | v.LINKS_ACCESSIBLE_BY_KEYBOARD
    assert label.setProperty("textInteractionFlags", flags)
    assert label.textInteractionFlags() == (
        Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    assert label.setProperty("focusPolicy", v.STRONG_FOCUS)
    assert label.focusPolicy().value == Qt.FocusPolicy.StrongFocus.value
    assert label.setProperty("alignment", v.ALIGN_TOP | v.ALIGN_LEFT)
    assert label.alignment() == Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
