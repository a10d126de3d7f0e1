"""`healthref build`: content/ → data/articles.db, streamed one article at a time, written
atomically, byte-identical for the same sources."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, CreateTable

from healthref.core.build.translated import write_translations
from healthref.core.content.checksum import (
    article_source_hash,
    content_checksum,
    table_checksums,
)
from healthref.core.content.models import (
    ArticleRow,
    CategoryRow,
    ContentBase,
    MetaRow,
    RecordDictionaryRow,
)
from healthref.core.content.packing import make_dictionary, pack
from healthref.core.content.problems import Problem
from healthref.core.content.schema import APPLICATION_ID, SCHEMA_VERSION
from healthref.core.content.sources import Corpus, iter_articles, load_corpus, read_article
from healthref.core.failures import KnownFailure
from healthref.core.search.indexer import OPTIMISE_SQL, SearchIndexer, optimise_sql
from healthref.core.search.languages import search_language
from healthref.core.sqlite_files import read_only_uri

# Articles written between flushes: keeps the session (and memory) small at 100,000 articles.
FLUSH_EVERY = 500
PAGE_SIZE = 1024
DICTIONARY_SAMPLES = 4  # articles, evenly spaced, that the record dictionary is drawn from


class BuildError(KnownFailure):
    """The sources have problems; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the content sources")


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote."""

    path: Path
    article_count: int
    checksum: str
    translated: dict[str, int] = field(default_factory=dict)  # language → articles translated


def _create_tables(engine: Engine) -> None:
    """Every table, then its indexes in name order. `create_all` orders indexes by set
    iteration, which changes with Python's hash seed and would make builds differ."""
    with engine.begin() as connection:
        for table in ContentBase.metadata.sorted_tables:
            connection.execute(CreateTable(table))
            for index in sorted(table.indexes, key=lambda i: str(i.name)):
                connection.execute(CreateIndex(index))


def _dictionary(corpus: Corpus) -> bytes:
    """The record dictionary, from a few articles spread over the corpus."""
    paths = corpus.article_paths
    step = max(1, len(paths) // DICTIONARY_SAMPLES)
    samples = [read_article(path, []) for path in paths[::step][:DICTIONARY_SAMPLES]]
    return make_dictionary(loaded.article.to_json() for loaded in samples if loaded)


def _write(corpus: Corpus, path: Path) -> str:
    """Write every table; return the newest `updated` date."""
    engine = create_engine(URL.create("sqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA journal_mode = DELETE")
        # Small pages: a compressed record (about 2 KB) no longer leaves most of a 4 KB page
        # empty, and overflow pages pack the rest.
        dbapi_connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        dbapi_connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    latest = ""
    try:
        _create_tables(engine)
        with Session(engine) as session, session.begin():
            indexer = SearchIndexer(session, articles=len(corpus.article_paths))
            dictionary = _dictionary(corpus)
            session.add(RecordDictionaryRow(id=1, dictionary=dictionary))
            category_ids: dict[str, int] = {}
            for position, name in enumerate(corpus.categories, start=1):
                session.add(CategoryRow(id=position, name=name, position=position))
                category_ids[name] = position
            indexer.add_synonyms(corpus.synonym_groups)
            indexer.add_emergencies(corpus.emergencies)
            for article_id, article in enumerate(iter_articles(corpus), start=1):
                session.add(
                    ArticleRow(
                        id=article_id,
                        slug=article.slug,
                        question=article.question,
                        category_id=category_ids[article.category],
                        record=pack(article.to_json(), dictionary),
                        source_hash=article_source_hash(article),
                    )
                )
                indexer.add_article(article_id, article)
                latest = max(latest, article.updated)
                if article_id % FLUSH_EVERY == 0:
                    session.flush()
                    session.expunge_all()
            indexer.finish()
            write_translations(session, corpus, category_ids)
    finally:
        engine.dispose()
    return latest


def _finish(path: Path, article_count: int, latest: str, languages: list[str]) -> None:
    """Optimise, add the meta rows (the checksum covers everything else), and compact."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(OPTIMISE_SQL)
        for language in languages:
            connection.execute(optimise_sql(search_language(language)))
        checksum = content_checksum(connection)
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "content_version": f"{latest}.{checksum[:8]}",
            "content_checksum": checksum,
            "article_count": str(article_count),
        }
        meta.update(
            (f"table_checksum:{table}", value)
            for table, value in table_checksums(connection).items()
        )
        connection.execute("BEGIN")
        connection.executemany(
            f"INSERT INTO {MetaRow.__tablename__} (key, value) VALUES (?, ?)",
            sorted(meta.items()),
        )
        connection.execute("COMMIT")
        connection.execute("VACUUM")
    finally:
        connection.close()


def build_content_db(content_dir: Path, out: Path) -> BuildResult:
    """Validate content_dir and atomically replace `out` with a freshly built DB."""
    corpus = load_corpus(content_dir)
    if corpus.problems:
        raise BuildError(corpus.problems)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".articles-", suffix=".db", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        temp.unlink()
        latest = _write(corpus, temp)
        _finish(temp, len(corpus.article_paths), latest, sorted(corpus.translations))
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    connection = sqlite3.connect(read_only_uri(out), uri=True)
    try:
        checksum = content_checksum(connection)
    finally:
        connection.close()
    translated = {language: len(paths) for language, paths in corpus.translations.items()}
    return BuildResult(out, len(corpus.article_paths), checksum, translated)
