"""Questions that may already answer a suggestion, found with a search engine of its own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from healthref.core.search.engine import SearchEngine


class AnsweringQuestions:
    """Called on the suggestions' background thread: its engine (and DB connection) is made
    there on first use and kept."""

    def __init__(self, content_db: Path) -> None:
        self._content_db = content_db
        self._engine: SearchEngine | None = None

    def __call__(self, text: str) -> list[tuple[str, str]]:
        from healthref.core.content.database import open_content
        from healthref.core.search.engine import SearchEngine
        from healthref.core.search.related_questions import answering_questions

        if self._engine is None:
            self._engine = SearchEngine(open_content(self._content_db, verify_checksum=False))
        return answering_questions(self._engine, text)
