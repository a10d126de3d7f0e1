"""Build data/articles.db from content/: typed tables, an FTS5 index, meta and checksums."""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine, event, text
from sqlalchemy.orm import Session

from healthref.core.content.rules import word_count
from healthref.core.content.sources import Corpus, Problem, load_corpus
from healthref.core.sqlite_files import read_only_uri
from healthref.core.content.checksum import article_source_hash, content_checksum
from healthref.core.content.markdown_text import markdown_to_html, markdown_to_text
from healthref.core.content.models import (
    APPLICATION_ID,
    FTS_DDL,
    FTS_TABLE,
    SCHEMA_VERSION,
    Article,
    ArticleTerms,
    Category,
    ContentBase,
    Meta,
    Source,
    SynonymTerm,
    VocabularyTerm,
)
from healthref.core.search.normalise import stem, stems, tokens
from healthref.core.failures import KnownFailure


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


def _json(items: tuple[str, ...]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def _write(corpus: Corpus, path: Path) -> None:
    engine = create_engine(URL.create("sqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA journal_mode = DELETE")
        dbapi_connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        dbapi_connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    try:
        ContentBase.metadata.create_all(engine)
        vocabulary: Counter[str] = Counter()
        with Session(engine) as session, session.begin():
            session.execute(text(FTS_DDL))
            category_ids: dict[str, int] = {}
            for position, name in enumerate(corpus.categories, start=1):
                session.add(Category(id=position, name=name, position=position))
                category_ids[name] = position
            for group_id, terms in enumerate(corpus.synonym_groups, start=1):
                for term in dict.fromkeys(" ".join(tokens(t)) for t in terms):
                    key = " ".join(stem(word) for word in term.split())
                    session.add(SynonymTerm(group_id=group_id, term=term, stem_key=key))
            for article_id, source in enumerate(sorted(corpus.articles, key=lambda a: a.slug), 1):
                plain_body = markdown_to_text(source.body)
                summary = " ".join((source.quick_answer, *source.key_facts))
                aliases = " ; ".join(source.aliases)
                session.add(
                    Article(
                        id=article_id,
                        slug=source.slug,
                        question=source.question,
                        category_id=category_ids[source.category],
                        quick_answer=source.quick_answer,
                        key_facts_json=_json(source.key_facts),
                        aliases_json=_json(source.aliases),
                        related_json=_json(source.related),
                        body_md=source.body,
                        body_html=markdown_to_html(source.body),
                        word_count=word_count(source.body),
                        updated=source.updated,
                        reviewed=source.reviewed,
                        reviewed_by=source.reviewed_by,
                        source_hash=article_source_hash(source),
                        sources=[
                            Source(position=n, **ref.__dict__)
                            for n, ref in enumerate(source.sources, start=1)
                        ],
                    )
                )
                session.execute(
                    text(
                        f"INSERT INTO {FTS_TABLE} (rowid, question, aliases, summary, body) "
                        "VALUES (:id, :question, :aliases, :summary, :body)"
                    ),
                    {
                        "id": article_id,
                        "question": source.question,
                        "aliases": aliases,
                        "summary": summary,
                        "body": plain_body,
                    },
                )
                session.add(
                    ArticleTerms(
                        article_id=article_id,
                        question_words=" ".join(tokens(source.question)),
                        question=" ".join(stems(source.question)),
                        aliases=" ".join(stems(aliases)),
                        summary=" ".join(stems(summary)),
                    )
                )
                text_of_article = " ".join((source.question, aliases, summary, plain_body))
                vocabulary.update(set(tokens(text_of_article)))
            session.add_all(
                VocabularyTerm(term=term, stem=stem(term), doc_count=count)
                for term, count in sorted(vocabulary.items())
            )
    finally:
        engine.dispose()
    _finish(path, corpus)


def _finish(path: Path, corpus: Corpus) -> None:
    """Add meta rows (which need the stored rows' checksum), optimise, and compact."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        checksum = content_checksum(connection)
        latest = max((a.updated for a in corpus.articles), default="")
        meta = {
            "schema_version": str(SCHEMA_VERSION),
            "content_version": f"{latest}.{checksum[:8]}",
            "content_checksum": checksum,
            "article_count": str(len(corpus.articles)),
        }
        connection.execute("BEGIN")
        connection.executemany(
            f"INSERT INTO {Meta.__tablename__} (key, value) VALUES (?, ?)", sorted(meta.items())
        )
        connection.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")
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
        _write(corpus, temp)
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    connection = sqlite3.connect(read_only_uri(out), uri=True)
    try:
        checksum = content_checksum(connection)
    finally:
        connection.close()
    return BuildResult(path=out, article_count=len(corpus.articles), checksum=checksum)
