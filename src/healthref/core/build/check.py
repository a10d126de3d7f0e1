"""`healthref build --check`: is the committed DB exactly what the sources build today?"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from healthref.core.build.builder import build_content_db
from healthref.core.content.database import ContentDBError, open_content


def _hashes(connection: sqlite3.Connection) -> dict[str, str]:
    return dict(connection.execute("SELECT slug, source_hash FROM articles").fetchall())


def _meta_checksum(connection: sqlite3.Connection) -> str:
    row = connection.execute("SELECT value FROM meta WHERE key = 'content_checksum'").fetchone()
    return str(row[0]) if row else ""


def stale_reasons(content_dir: Path, db_path: Path) -> list[str]:
    """Why `db_path` differs from a fresh build of `content_dir`; empty when it is current.

    Raises BuildError when the sources themselves are invalid.
    """
    with tempfile.TemporaryDirectory(prefix="healthref-check-") as scratch:
        fresh_path = Path(scratch) / "articles.db"
        build_content_db(content_dir, fresh_path)
        fresh = open_content(fresh_path, verify_checksum=False)
        try:
            try:
                committed = open_content(db_path)
            except ContentDBError as exc:
                return [exc.problem.one_line()]
            try:
                if fresh_path.read_bytes() == db_path.read_bytes():
                    return []  # builds are byte-identical: the whole file must match
                reasons = _differences(content_dir, db_path, _hashes(committed), _hashes(fresh))
                if _meta_checksum(committed) == _meta_checksum(fresh):
                    reasons = [
                        f"{db_path} differs from a fresh build outside its tables (its file "
                        "header or free pages); run `healthref build`"
                    ]
                return reasons
            finally:
                committed.close()
        finally:
            fresh.close()


def _differences(
    content_dir: Path, db_path: Path, committed: dict[str, str], fresh: dict[str, str]
) -> list[str]:
    articles = content_dir / "articles"
    reasons = [
        f"{articles / (slug + '.md')} changed since {db_path} was built"
        for slug in sorted(fresh)
        if slug in committed and committed[slug] != fresh[slug]
    ]
    reasons += [
        f"{articles / (slug + '.md')} is new since {db_path} was built"
        for slug in sorted(set(fresh) - set(committed))
    ]
    reasons += [
        f"{articles / (slug + '.md')} was removed since {db_path} was built"
        for slug in sorted(set(committed) - set(fresh))
    ]
    if not reasons:
        reasons.append(
            f"{db_path} differs from a fresh build of {content_dir} "
            "(synonyms.toml, topics.tsv or the builder changed)"
        )
    return [f"{reason}; run `healthref build`" for reason in reasons]
