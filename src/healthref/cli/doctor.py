"""`healthref doctor`: check the content DB, FTS5 and the user DB, and explain what is wrong."""

from __future__ import annotations

import argparse
import sqlite3
from typing import TYPE_CHECKING, TextIO

from healthref import paths

if TYPE_CHECKING:
    from healthref.core.content.store import ContentStore


def _check_content(app_paths: paths.AppPaths, out: TextIO) -> bool:
    from healthref.core.content.database import ContentDBError
    from healthref.core.packs.opening import open_store

    try:
        store, _ = open_store(app_paths)
    except ContentDBError as exc:
        out.write(f"FAIL content database: {exc.problem.one_line()}\n")
        return False
    try:
        meta = store.meta()
        (integrity,) = store.connection.execute("PRAGMA quick_check").fetchone()
        if integrity != "ok":
            out.write(f"FAIL content database {store.path}: damaged ({integrity})\n")
            return False
        categories = store.connection.execute(
            "SELECT c.name, count(a.id) FROM categories c LEFT JOIN articles a "
            "ON a.category_id = c.id GROUP BY c.id ORDER BY c.position"
        ).fetchall()
        out.write(
            f"ok   content database {store.path}: {meta.get('article_count')} articles, "
            f"content version {meta.get('content_version')}, checksum verified\n"
        )
        for name, count in categories:
            out.write(f"       {count:4}  {name}\n")
        (indexed,) = store.connection.execute("SELECT count(*) FROM article_fts").fetchone()
        out.write(f"ok   search index: {indexed} articles indexed\n")
        _report_translations(store, out)
        problem = deep_integrity_problem(store.connection)
        if problem:
            out.write(f"FAIL content database {store.path}: {problem}\n")
            return False
        out.write("ok   SQLite and FTS5 integrity checks passed\n")
        return True
    finally:
        store.close()


def _report_translations(store: ContentStore, out: TextIO) -> None:
    """Each translated language: how many, how many missing, and which are stale."""
    from healthref.core.content.translation_status import translation_status

    for status in translation_status(store):
        counts = (
            f"{status.translated} of {status.originals} articles translated, "
            f"{len(status.missing)} missing"
        )
        if status.stale:
            out.write(
                f"WARN translations ({status.language}): {counts}; {len(status.stale)} stale "
                f"(the English changed after translation): {', '.join(status.stale)}\n"
            )
        else:
            out.write(f"ok   translations ({status.language}): {counts}, none stale\n")


def deep_integrity_problem(connection: sqlite3.Connection) -> str | None:
    """SQLite's full integrity check, and FTS5's own check of its term index (run
    on an in-memory copy: the installed file is opened read-only)."""
    (result,) = connection.execute("PRAGMA integrity_check").fetchone()
    if result != "ok":
        return f"SQLite integrity check failed ({result})"
    copy = sqlite3.connect(":memory:")
    try:
        connection.backup(copy)
        copy.execute("INSERT INTO article_fts(article_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        return f"the search index is damaged ({exc}); reinstall or rebuild the articles database"
    finally:
        copy.close()
    return None


def _check_fts5(out: TextIO) -> bool:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    except sqlite3.OperationalError:
        out.write(
            f"FAIL SQLite {sqlite3.sqlite_version} has no FTS5: search cannot work. "
            "Install a Python whose sqlite3 includes FTS5.\n"
        )
        return False
    finally:
        connection.close()
    out.write(f"ok   SQLite {sqlite3.sqlite_version} with FTS5\n")
    return True


def _check_user_db(app_paths: paths.AppPaths, out: TextIO) -> bool:
    from healthref.core.userdata.database import open_user_db

    try:
        user_db = open_user_db(app_paths.user_db)
    except (OSError, sqlite3.Error) as exc:
        out.write(
            f"FAIL user database {app_paths.user_db}: cannot be opened or created ({exc}). "
            "Check that the folder exists and is writable, or pass --home DIR.\n"
        )
        return False
    try:
        with user_db.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    finally:
        user_db.engine.dispose()
    if user_db.moved_aside:
        out.write(f"note user database was damaged; kept as {user_db.moved_aside}\n")
    out.write(f"ok   user database {app_paths.user_db} (journal {mode})\n")
    return True


def _check_kiosk(app_paths: paths.AppPaths, out: TextIO) -> bool:
    from healthref.core.desktop.virtual_keyboard import plugin_path
    from healthref.core.settings.file import SettingsError, load_settings
    from healthref.core.settings.kiosk import kiosk_settings

    keyboard = plugin_path()
    if keyboard:
        out.write(f"ok   kiosk on-screen keyboard: Qt Virtual Keyboard ({keyboard.name})\n")
    else:
        out.write(
            "note kiosk on-screen keyboard: not installed; kiosk mode uses the system "
            "keyboard (pip install 'healthref[kiosk]' adds it)\n"
        )
    try:
        settings = load_settings(app_paths.settings)
        kiosk = kiosk_settings(settings.kiosk, settings.path)
    except SettingsError as exc:
        out.write(f"FAIL settings: {exc}\n")
        return False
    if not kiosk.pin_hash:
        out.write(
            "note kiosk operator PIN: not set; kiosk mode cannot be left with the chord "
            "(set [kiosk] pin_hash with `healthref kiosk-pin`)\n"
        )
    return True


def _check_window_libraries(out: TextIO) -> bool:
    from healthref.core.desktop.libraries import doctor_line, missing_libraries

    passed, line = doctor_line(missing_libraries())
    out.write(line)
    return passed


def run(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    """`healthref doctor`: exit status 0 when everything works, 1 otherwise."""
    del args
    from healthref.cli.doctor_packs import check_content_source, check_emergency_number

    results = [
        _check_fts5(out),
        _check_content(app_paths, out),
        check_content_source(app_paths, out),
        check_emergency_number(app_paths, out),
        _check_user_db(app_paths, out),
        _check_kiosk(app_paths, out),
        _check_window_libraries(out),
    ]
    if all(results):
        out.write("Everything looks fine.\n")
        return 0
    out.write("Some checks failed; see the lines marked FAIL.\n")
    return 1
