"""QuestionListModel: the rows of the question list — every question, or ranked search hits."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

from healthref.ui.qt_values import (
    ACCESSIBLE_DESCRIPTION_ROLE,
    ACCESSIBLE_TEXT_ROLE,
    DISPLAY_ROLE,
    TOOL_TIP_ROLE,
    USER_ROLE,
)

if TYPE_CHECKING:
    from healthref.core.content.store import QuestionItem
    from healthref.core.search.results import Hit

Index = QModelIndex | QPersistentModelIndex
Spans = tuple[tuple[int, int], ...]


class Row(NamedTuple):
    """One row as shown: a question, where it lives, and what to highlight."""

    slug: str
    question: str
    category: str
    snippet: str = ""
    question_spans: Spans = ()
    snippet_spans: Spans = ()
    weak: bool = False
    detailed: bool = True  # False: snippet and highlights still to come (ui/search/row_details)

    @classmethod
    def from_item(cls, item: QuestionItem) -> Row:
        return cls(item.slug, item.question, item.category)

    @classmethod
    def from_hit(cls, hit: Hit) -> Row:
        return cls(
            hit.slug,
            hit.question,
            hit.category,
            hit.snippet,
            hit.question_spans,
            hit.snippet_spans,
            hit.weak,
            hit.detailed,
        )


class QuestionListModel(QAbstractListModel):
    """A read-only list model; replace its rows in one step so views never see a half list."""

    SlugRole = USER_ROLE + 1
    CategoryRole = USER_ROLE + 2
    SnippetRole = USER_ROLE + 3
    QuestionSpansRole = USER_ROLE + 4
    SnippetSpansRole = USER_ROLE + 5
    WeakRole = USER_ROLE + 6

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Row] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE):
            return row.question
        if role == TOOL_TIP_ROLE:
            return row.snippet or row.category
        if role == ACCESSIBLE_DESCRIPTION_ROLE:  # what a screen reader adds
            return f"{row.category}. {row.snippet}" if row.snippet else row.category
        return {
            self.SlugRole: row.slug,
            self.CategoryRole: row.category,
            self.SnippetRole: row.snippet,
            self.QuestionSpansRole: row.question_spans,
            self.SnippetSpansRole: row.snippet_spans,
            self.WeakRole: row.weak,
        }.get(role)

    # No `flags` of its own: the list model's (enabled, selectable, no children) are these
    # rows', and answering it in Python would load the Qt namespace for the first paint.

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_details(self, hits: dict[str, Hit]) -> None:
        """Give rows still waiting for their snippet the detailed hit of the same slug."""
        for number, row in enumerate(self._rows):
            hit = hits.get(row.slug)
            if not row.detailed and hit is not None and hit.detailed:
                self._rows[number] = Row.from_hit(hit)
                index = self.index(number)
                self.dataChanged.emit(index, index)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, slug: str) -> int:
        for number, row in enumerate(self._rows):
            if row.slug == slug:
                return number
        return -1
