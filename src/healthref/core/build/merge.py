"""Add-on packs merged into one content DB: a copy of the main DB with each add-on's articles,
synonyms and emergency phrases appended and indexed, so search stays one FTS5 query."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine, text
from sqlalchemy.orm import Session

from healthref.core.content.article import Article
from healthref.core.content.checksum import article_source_hash, content_checksum, table_checksums
from healthref.core.content.models import ArticleRow, CategoryRow
from healthref.core.content.packing import pack, unpack
from healthref.core.content.store import record_dictionary
from healthref.core.failures import KnownFailure
from healthref.core.search.indexer import OPTIMISE_SQL, SearchIndexer
from healthref.core.sqlite_files import read_only_uri

ORIGIN_TABLE = "article_packs"


class MergeError(KnownFailure):
    """An add-on cannot sit beside the main content (a slug both have)."""


@dataclass(frozen=True)
class AddOn:
    """An installed add-on pack: its short name, the title its articles are marked with, its DB."""

    name: str
    title: str
    db: Path


Rows = list[tuple[str, str]]


def _read(db: Path) -> tuple[list[tuple[Article, str]], list[Rows], Rows]:
    connection = sqlite3.connect(read_only_uri(db), uri=True)
    try:
        dictionary = record_dictionary(connection)
        articles = [
            (Article.from_json(unpack(record, dictionary)), category)
            for record, category in connection.execute(
                "SELECT a.record, c.name FROM articles a "
                "JOIN categories c ON c.id = a.category_id ORDER BY a.id"
            )
        ]
        groups: dict[int, Rows] = {}
        for group_id, term, key in connection.execute(
            "SELECT group_id, term, stem_key FROM synonyms ORDER BY id"
        ):
            groups.setdefault(group_id, []).append((term, key))
        phrases = connection.execute("SELECT stem_key, slug FROM emergency_phrases ORDER BY id")
        return articles, list(groups.values()), [(k, s) for k, s in phrases]
    finally:
        connection.close()


def _append(session: Session, addons: list[AddOn]) -> int:
    """Append every add-on's rows; return the merged article count."""
    next_id = session.scalar(text("SELECT coalesce(max(id), 0) FROM articles")) or 0
    slugs = set(session.scalars(text("SELECT slug FROM articles")))
    categories: dict[str, int] = {
        name: category_id
        for name, category_id in session.execute(text("SELECT name, id FROM categories"))
    }
    position = session.scalar(text("SELECT coalesce(max(position), 0) FROM categories")) or 0
    group = session.scalar(text("SELECT coalesce(max(group_id), 0) FROM synonyms")) or 0
    indexer = SearchIndexer(session, create_fts=False)
    dictionary = bytes(
        session.scalar(text("SELECT dictionary FROM record_dictionary WHERE id = 1")) or b""
    )
    session.execute(text(f"CREATE TABLE {ORIGIN_TABLE} (slug TEXT PRIMARY KEY, pack TEXT)"))
    for addon in addons:
        articles, groups, phrases = _read(addon.db)
        for article, category in articles:
            if article.slug in slugs:
                raise MergeError(
                    f"add-on pack {addon.name!r} has an article {article.slug!r} that the "
                    "content already has; remove one of them"
                )
            slugs.add(article.slug)
            marked = f"{category} · {addon.title}"  # lists and hits show the pack it came from
            if marked not in categories:
                position += 1
                categories[marked] = position
                session.add(CategoryRow(id=position, name=marked, position=position))
            next_id += 1
            session.add(
                ArticleRow(
                    id=next_id,
                    slug=article.slug,
                    question=article.question,
                    category_id=categories[marked],
                    record=pack(article.to_json(), dictionary),
                    source_hash=article_source_hash(article),
                )
            )
            session.flush()
            indexer.add_article(next_id, article)
            session.execute(
                text(f"INSERT INTO {ORIGIN_TABLE} VALUES (:slug, :pack)"),
                {"slug": article.slug, "pack": addon.name},
            )
        for terms in groups:
            group += 1
            for term, key in terms:
                session.execute(
                    text("INSERT INTO synonyms (group_id, term, stem_key) VALUES (:g, :t, :k)"),
                    {"g": group, "t": term, "k": key},
                )
        for stem_key, slug in phrases:
            session.execute(
                text("INSERT INTO emergency_phrases (stem_key, slug) VALUES (:k, :s)"),
                {"k": stem_key, "s": slug},
            )
    for term, count in sorted(indexer.vocabulary.items()):
        session.execute(
            text(
                "INSERT INTO vocabulary (term, stem, doc_count) VALUES (:t, :s, :c) "
                "ON CONFLICT (term) DO UPDATE SET doc_count = doc_count + :c"
            ),
            {"t": term, "s": _stem(term), "c": count},
        )
    return next_id


def _stem(term: str) -> str:
    from healthref.core.search.normalise import stem

    return stem(term)


def merge_addons(main_db: Path, addons: list[AddOn], out: Path) -> Path:
    """Write `out`: main_db plus the add-ons, with a fresh checksum sealed into meta."""
    handle, temp_name = tempfile.mkstemp(prefix=".merged-", suffix=".db", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        shutil.copyfile(main_db, temp)
        engine = create_engine(URL.create("sqlite", database=str(temp)))
        try:
            with Session(engine) as session, session.begin():
                session.execute(text("DELETE FROM meta WHERE key LIKE 'table_checksum:%'"))
                count = _append(session, addons)
        finally:
            engine.dispose()
        _seal(temp, count, [addon.name for addon in addons])
        with temp.open("rb+") as synced:
            os.fsync(synced.fileno())
        os.replace(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return out


def _seal(path: Path, article_count: int, names: list[str]) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute(OPTIMISE_SQL)
        meta = {
            "content_checksum": content_checksum(connection),
            "article_count": str(article_count),
            "addon_packs": ",".join(names),
        }
        meta.update((f"table_checksum:{t}", v) for t, v in table_checksums(connection).items())
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items()
        )
        connection.execute("COMMIT")
    finally:
        connection.close()
