"""A search engine that searches in whichever content language is chosen now: one engine per
language, made on first use on the search thread; the choice is read at each search."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection

from healthref.core.search.engine import SearchEngine
from healthref.core.search.languages import ENGLISH, search_language
from healthref.core.search.lexicon import Lexicon
from healthref.core.search.results import SearchResult


class LanguageSwitchingEngine(SearchEngine):
    """Delegates to the engine of `current_language()`; not thread-safe, like SearchEngine."""

    def __init__(self, connection: sqlite3.Connection, current_language: Callable[[], str]) -> None:
        super().__init__(connection, ENGLISH)
        self._current = current_language
        self._engines: dict[str, SearchEngine] = {"en": self._plain()}

    def _plain(self) -> SearchEngine:
        return SearchEngine(self._connection, ENGLISH)

    def _engine(self) -> SearchEngine:
        code = search_language(self._current()).code
        if code not in self._engines:
            self._engines[code] = SearchEngine(self._connection, search_language(code))
        return self._engines[code]

    @property
    def lexicon(self) -> Lexicon:
        return self._engine().lexicon

    def search(self, text: str, limit: int = 20, *, detail: int | None = None) -> SearchResult:
        return self._engine().search(text, limit, detail=detail)

    def detailed(self, result: SearchResult, slugs: Collection[str]) -> SearchResult:
        return self._engine().detailed(result, slugs)
