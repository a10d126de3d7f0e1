"""The words around the results list: the notes above it (corrections, "no confident
answer"), the emergency strip, the suggest footer under it, and what a screen reader is told."""

from __future__ import annotations

from html import unescape

from PySide6.QtWidgets import QLabel, QWidget

from healthref.ui.announce import announce
from healthref.ui.search.messages import emergency_strip_text, result_count, suggest_footer_html


class PanelNotes:
    """Shows and hides the panel's notice, emergency strip and suggest footer together."""

    def __init__(self, notice: QLabel, emergency_strip: QLabel, suggest_footer: QLabel) -> None:
        self.notice = notice
        self.emergency_strip = emergency_strip
        self.suggest_footer = suggest_footer

    def hide(self) -> None:
        for label in (self.notice, self.emergency_strip, self.suggest_footer):
            label.hide()

    def show_notes(self, notes: list[str]) -> None:
        """The notes above the list (HTML lines), or none."""
        self.notice.setText("<br>".join(notes))
        self.notice.setVisible(bool(notes))
        self.notice.setAccessibleName(" ".join(notes).replace("&amp;", "&"))

    def show_emergency(self, emergency: bool, number: str) -> None:
        self.emergency_strip.setText(emergency_strip_text(number))
        self.emergency_strip.setVisible(emergency)

    def show_suggest_footer(self, query: str) -> None:
        self.suggest_footer.setText(suggest_footer_html(query))
        self.suggest_footer.show()

    def clear(self) -> None:
        """Empty every label: hidden, they still held the visitor's words."""
        for label in (self.notice, self.emergency_strip, self.suggest_footer):
            label.clear()


def announce_result(where: QWidget, count: int, notes: list[str]) -> None:
    """The result count, any correction and "no confident answer", for screen readers."""
    said = [unescape(n) for n in notes]
    if count:
        said.insert(0, result_count(count))
    announce(where, " ".join(said))
