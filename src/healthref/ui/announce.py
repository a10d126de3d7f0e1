"""Announcements for screen readers: Qt's accessibility announcement event, which reaches
AT-SPI on Linux, UI Automation on Windows and VoiceOver on macOS."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have the screen reader say `text` (politely, unless `assertive`), if one is listening."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # when first spoken

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
