"""Open the read-only content DB safely, and say clearly what is wrong when it cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from healthref.core.content.schema import APPLICATION_ID, SCHEMA_VERSION
from healthref.core.failures import KnownFailure
from healthref.core.i18n.catalogue import N_, _
from healthref.core.sqlite_files import read_only_uri

SQLITE_HEADER = b"SQLite format 3\x00"
REBUILD_HINT = N_("Reinstall healthref, or rebuild it with `healthref build`.")


class ContentProblem:
    """Why the content DB cannot be used, and what to do about it. (A plain class: the window
    opens its DB before its first frame, which need not wait for the dataclasses module.)"""

    __slots__ = ("detail", "kind", "path", "remedy")

    def __init__(self, kind: str, path: Path, detail: str, remedy: str | None = None) -> None:
        # missing | empty | not-a-database | truncated | wrong-version | checksum | unreadable
        self.kind = kind
        self.path = path
        self.detail = detail
        self.remedy = _(REBUILD_HINT) if remedy is None else remedy

    def __repr__(self) -> str:
        return f"ContentProblem({self.kind!r}, {str(self.path)!r}, {self.detail!r})"

    def one_line(self) -> str:
        return f"content database {self.path}: {self.detail}. {self.remedy}"


class ContentDBError(KnownFailure):
    """Raised when the content DB is missing, damaged, or from another version."""

    def __init__(self, problem: ContentProblem) -> None:
        self.problem = problem
        super().__init__(problem.one_line())


def _check_file(path: Path) -> None:
    if not path.exists():
        raise ContentDBError(ContentProblem("missing", path, _("the file does not exist")))
    if path.is_dir():
        raise ContentDBError(ContentProblem("not-a-database", path, _("this is a folder")))
    size = path.stat().st_size
    if size == 0:
        raise ContentDBError(ContentProblem("empty", path, _("the file is empty")))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise ContentDBError(
            ContentProblem("unreadable", path, _("cannot be read ({reason})").format(reason=exc))
        ) from exc
    if not header.startswith(SQLITE_HEADER):
        raise ContentDBError(
            ContentProblem("not-a-database", path, _("this is not a database file"))
        )
    if len(header) < 100:
        raise ContentDBError(ContentProblem("truncated", path, _("the file is cut short")))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size and page_count and size < page_size * page_count:
        raise ContentDBError(
            ContentProblem(
                "truncated",
                path,
                _("the file is cut short ({size} of {expected} bytes)").format(
                    size=size, expected=page_size * page_count
                ),
            )
        )


def open_content(path: Path, *, verify_checksum: bool = True) -> sqlite3.Connection:
    """Open the content DB read-only after checking it is whole and of this schema version."""
    _check_file(path)
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise ContentDBError(
            ContentProblem("unreadable", path, _("cannot be opened ({reason})").format(reason=exc))
        ) from exc
    try:
        _check_schema(connection, path)
        if verify_checksum:
            check_checksum(connection, path)
    except BaseException:
        connection.close()
        raise
    return connection


def _check_schema(connection: sqlite3.Connection, path: Path) -> None:
    try:
        (application_id,) = connection.execute("PRAGMA application_id").fetchone()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise ContentDBError(
            ContentProblem(
                "not-a-database",
                path,
                _("this is not a usable database ({reason})").format(reason=exc),
            )
        ) from exc
    if not tables:
        raise ContentDBError(ContentProblem("empty", path, _("the database holds no articles")))
    if application_id != APPLICATION_ID or "meta" not in tables:
        raise ContentDBError(
            ContentProblem("not-a-database", path, _("this is not a healthref articles database"))
        )
    try:
        rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise ContentDBError(
            ContentProblem("truncated", path, _("damaged ({reason})").format(reason=exc))
        ) from exc
    version = rows.get("schema_version")
    if version != str(SCHEMA_VERSION):
        raise ContentDBError(
            ContentProblem(
                "wrong-version",
                path,
                _("it has schema version {found}, this app needs {needed}").format(
                    found=version or _("none"), needed=SCHEMA_VERSION
                ),
                _("Install the articles database that came with this version of healthref."),
            )
        )


def changed_tables(connection: sqlite3.Connection) -> list[str]:
    """The tables whose rows no longer match the per-table checksums stored at build time."""
    from healthref.core.content.checksum import table_checksums

    stored = dict(
        connection.execute(
            "SELECT substr(key, 16), value FROM meta WHERE key LIKE 'table_checksum:%'"
        ).fetchall()
    )
    actual = table_checksums(connection)
    return sorted(
        name for name in stored.keys() | actual.keys() if stored.get(name) != actual.get(name)
    )


def check_checksum(connection: sqlite3.Connection, path: Path) -> None:
    """Recompute the content checksum and compare it with the one stored at build time; on a
    mismatch, name the tables that changed."""
    from healthref.core.content.checksum import content_checksum

    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'content_checksum'").fetchone()
        actual = content_checksum(connection)
        changed = [] if row is not None and row[0] == actual else changed_tables(connection)
    except sqlite3.DatabaseError as exc:
        raise ContentDBError(
            ContentProblem("truncated", path, _("damaged ({reason})").format(reason=exc))
        ) from exc
    if row is None or row[0] != actual:
        where = _(" (changed: {tables})").format(tables=", ".join(changed)) if changed else ""
        raise ContentDBError(
            ContentProblem("checksum", path, _("its contents do not match their checksum") + where)
        )
