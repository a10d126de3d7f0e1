"""The libzim side of benchmarks/search.py: a ZIM of the content DB's articles (rendered HTML,
title and full-text indexes, as Kiwix builds them) and the same keystrokes against it.

Needs the benchmark-only extra: pip install -e '.[bench]' (python-libzim)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def libzim_available() -> bool:
    try:
        import libzim  # noqa: F401
    except ImportError:
        return False
    return True


def write_zim(db: Path, out: Path) -> int:
    """Every article of the DB as the answer pane's HTML, indexed for title suggestions and
    full text; returns the ZIM's size in bytes."""
    from libzim.writer import Creator, Hint, Item, StringProvider

    from healthref.core.content.render import article_html
    from healthref.core.content.store import ContentStore

    class Page(Item):  # type: ignore[misc]
        def __init__(self, slug: str, title: str, html: str) -> None:
            super().__init__()
            self.slug, self.title, self.html = slug, title, html

        def get_path(self) -> str:
            return self.slug

        def get_title(self) -> str:
            return self.title

        def get_mimetype(self) -> str:
            return "text/html"

        def get_contentprovider(self) -> Any:
            return StringProvider(self.html)

        def get_hints(self) -> dict[Any, Any]:
            return {Hint.FRONT_ARTICLE: True}

    store = ContentStore.open(db, verify_checksum=False)
    out.unlink(missing_ok=True)
    sys.stdout.flush()
    saved = os.dup(1)  # libzim's writer reports progress on stdout; the report is JSON
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    try:
        with Creator(str(out)).config_indexing(True, "eng") as creator:
            first = ""
            for item in store.questions():
                # Every language the DB holds, so the two files carry the same articles.
                for language in store.languages(item.slug):
                    view = store.article(item.slug, language)
                    assert view is not None
                    title = view.article.question
                    path = item.slug if language == "en" else f"{language}/{item.slug}"
                    page = f"<html><head><title>{title}</title></head><body>"
                    creator.add_item(Page(path, title, page + article_html(view)))
                first = first or item.slug
            creator.set_mainpath(first)
            for name, value in (("Title", "healthref"), ("Language", "eng")):
                creator.add_metadata(name, value)
    finally:
        store.close()
        os.dup2(saved, 1)
        os.close(saved)
    return out.stat().st_size


def zim_searcher(path: Path, limit: int) -> Callable[[str], int]:
    """One keystroke as a Kiwix reader does it: title suggestions plus full-text results,
    `limit` of each, their paths read."""
    from libzim.reader import Archive
    from libzim.search import Query, Searcher
    from libzim.suggestion import SuggestionSearcher

    archive = Archive(str(path))
    searcher = Searcher(archive)
    suggester = SuggestionSearcher(archive)

    def search(text: str) -> int:
        found = list(suggester.suggest(text).getResults(0, limit))
        found += list(searcher.search(Query().set_query(text)).getResults(0, limit))
        return len(found)

    return search


def time_keystrokes(
    search: Callable[[str], object], queries: list[str]
) -> list[tuple[int, float, float, int]]:
    """(typed length, CPU ms, wall ms, hits) for every prefix of every query, typed in order;
    hits is -1 where the result does not say (libzim's)."""
    out: list[tuple[int, float, float, int]] = []
    for query in queries:
        for end in range(1, len(query) + 1):
            cpu, wall = time.process_time(), time.perf_counter()
            found = search(query[:end])
            cpu_ms = (time.process_time() - cpu) * 1000
            wall_ms = (time.perf_counter() - wall) * 1000
            hits = getattr(found, "hits", None)
            out.append((end, cpu_ms, wall_ms, -1 if hits is None else len(hits)))
    return out
