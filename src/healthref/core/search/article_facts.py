"""What search keeps of each article it has met: the stems of its short fields, its question's
words, the plain text snippets are cut from, and its "Get help now if…" signs — read once,
then reused keystroke after keystroke (bounded, so 100,000 articles never all sit in
memory)."""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from typing import TypeVar

from healthref.core.content.packing import dictionary_id, unpack
from healthref.core.content.plain_text import markdown_to_text
from healthref.core.search.fields import ArticleFacts, SortedStems
from healthref.core.search.languages import ENGLISH, SearchLanguage

ARTICLE_LIMIT = 4000
TEXT_LIMIT = 1000


class ArticleFactsCache:
    """Per-article facts and texts for one engine (one thread)."""

    def __init__(self, connection: sqlite3.Connection, language: SearchLanguage = ENGLISH) -> None:
        self._connection = connection
        self._language = language
        self._facts: OrderedDict[int, ArticleFacts] = OrderedDict()
        self._texts: OrderedDict[int, tuple[str, str]] = OrderedDict()
        self._help_now: OrderedDict[int, tuple[str, ...]] = OrderedDict()
        self._dictionary: bytes | None = None

    def facts(self, ids: list[int]) -> dict[int, ArticleFacts]:
        """Facts of the given articles; only those not met before are read."""
        missing = [i for i in ids if i not in self._facts]
        if missing:
            marks = ",".join("?" * len(missing))
            rows = self._connection.execute(
                "SELECT a.id, a.slug, a.question, c.name, t.question_words, t.question, "
                f"t.aliases, t.summary, t.situations FROM {self._language.articles_table} a "
                "JOIN categories c ON c.id = a.category_id "
                f"JOIN {self._language.terms_table} t ON t.article_id = a.id "
                f"WHERE a.id IN ({marks})",
                missing,
            )
            for rowid, slug, question, category, words, q, al, su, situations in rows:
                each = tuple(SortedStems(s.split()) for s in situations.split("|"))
                question_stems, alias_stems, summary_stems = (
                    SortedStems(field.split()) for field in (q, al, su)
                )
                union = SortedStems(situations.replace("|", " ").split())
                self._facts[rowid] = ArticleFacts(
                    slug,
                    question,
                    category,
                    words.split(),
                    question_stems,
                    alias_stems,
                    summary_stems,
                    each,
                    union,
                    SortedStems(union.union(question_stems, alias_stems, summary_stems)),
                )
        found = {}
        for rowid in ids:
            if rowid in self._facts:
                self._facts.move_to_end(rowid)
                found[rowid] = self._facts[rowid]
        while len(self._facts) > ARTICLE_LIMIT:
            self._facts.popitem(last=False)
        return found

    def texts(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        """(quick answer and key facts, plain body) of each article, for snippets."""
        self._read_records([i for i in ids if i not in self._texts])
        return _kept(self._texts, ids)

    def help_now(self, rowid: int) -> tuple[str, ...]:
        """The article's "Get help now if…" signs (its emergency tier)."""
        if rowid not in self._help_now:
            self._read_records([rowid])
        return _kept(self._help_now, [rowid]).get(rowid, ())

    def _read_records(self, missing: list[int]) -> None:
        if not missing:
            return
        if self._dictionary is None:
            row = self._connection.execute(
                "SELECT dictionary FROM record_dictionary WHERE id = ?",
                (dictionary_id(self._language.code),),
            ).fetchone()
            self._dictionary = bytes(row[0]) if row else b""
        marks = ",".join("?" * len(missing))
        for rowid, record in self._connection.execute(
            f"SELECT id, record FROM {self._language.articles_table} WHERE id IN ({marks})",
            missing,
        ):
            data = json.loads(unpack(record, self._dictionary))
            summary = " ".join((data["quick_answer"], *data["key_facts"]))
            self._texts[rowid] = (summary, markdown_to_text(data["body_markdown"]))
            self._help_now[rowid] = tuple(data.get("help", {}).get("emergency", ()))


V = TypeVar("V")


def _kept(cache: OrderedDict[int, V], ids: list[int]) -> dict[int, V]:
    """The cached values of `ids`, marked as recently used; the oldest are then forgotten."""
    found = {}
    for rowid in ids:
        if rowid in cache:
            cache.move_to_end(rowid)
            found[rowid] = cache[rowid]
    while len(cache) > TEXT_LIMIT:
        cache.popitem(last=False)
    return found
