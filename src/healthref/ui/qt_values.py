"""Values of Qt's enums that the first frame and the first answer need, as plain ints: the first
touch of any enum of the Qt namespace builds all 96 of its enum classes (about 20 ms), which the
window leaves until it is idle. Set through Qt properties (`setProperty("textFormat", …)`), or
passed where Qt takes an int. tests/ui/test_qt_values.py checks each one against Qt's own."""

from __future__ import annotations

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOL_TIP_ROLE = 3
ACCESSIBLE_TEXT_ROLE = 11
ACCESSIBLE_DESCRIPTION_ROLE = 12
USER_ROLE = 0x0100
# Qt.TextFlag
TEXT_WORD_WRAP = 0x1000
# Qt.TextFormat
PLAIN_TEXT = 0
RICH_TEXT = 1
# Qt.TextInteractionFlag
LINKS_ACCESSIBLE_BY_MOUSE = 0x4
LINKS_ACCESSIBLE_BY_KEYBOARD = 0x8
# Qt.FocusPolicy
STRONG_FOCUS = 0xB
# Qt.AlignmentFlag
ALIGN_LEFT = 0x1
ALIGN_RIGHT = 0x2
ALIGN_TOP = 0x20
ALIGN_VCENTER = 0x80
ALIGN_CENTER = 0x84  # AlignHCenter | AlignVCenter
# Qt.ScrollBarPolicy
SCROLL_BAR_ALWAYS_OFF = 1
SCROLL_BAR_ALWAYS_ON = 2
# Qt.ContextMenuPolicy
NO_CONTEXT_MENU = 0
# Qt.WindowType: what Qt gives a top-level window (Window and its title, system menu,
# minimise, maximise, close and full-screen hints), with FramelessWindowHint: a kiosk's window.
FRAMELESS_WINDOW = 0x8800F801
