"""Commands for suggestions: suggest, suggestions, sync, export/import, and the receiver."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from healthref import __version__, paths

if TYPE_CHECKING:
    from healthref.core.outbox import Outbox


class CommandError(Exception):
    """A known failure: one line on stderr, exit status 1."""


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], add_globals: object
) -> None:
    assert callable(add_globals)
    suggest = commands.add_parser("suggest", help="save a question you could not find")
    add_globals(suggest)
    suggest.add_argument("text", nargs="+")
    suggest.add_argument("--note", default="")
    suggest.add_argument("--category", default="")

    listing = commands.add_parser("suggestions", help="list the suggestions saved here")
    add_globals(listing)
    listing.add_argument("--json", action="store_true")

    sync = commands.add_parser("sync", help="send waiting suggestions to the receiver")
    add_globals(sync)
    sync.add_argument("--url", help="the receiver (default: [sync] url in settings.toml)")
    sync.add_argument("--token", help="shared token (default: settings or $HEALTHREF_SYNC_TOKEN)")
    sync.add_argument(
        "--from-file", type=Path, metavar="FILE", help="forward the suggestions in an export file"
    )

    export = commands.add_parser("export-suggestions", help="write waiting suggestions to a file")
    add_globals(export)
    export.add_argument("file", type=Path)

    importing = commands.add_parser(
        "import-suggestions", help="add the suggestions from an export file"
    )
    add_globals(importing)
    importing.add_argument("file", type=Path)

    serve = commands.add_parser("serve-intake", help="run the reference receiver")
    add_globals(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--db", help="SQLAlchemy database URL (default: <home>/intake.db)")
    serve.add_argument("--token", help="shared token (default: $HEALTHREF_SYNC_TOKEN)")
    serve.add_argument("--threads", type=int, default=8, help="workers and database connections")
    serve.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to receive a whole request"
    )

    received = commands.add_parser("intake-list", help="what the receiver holds, most asked first")
    add_globals(received)
    received.add_argument("--db")
    received.add_argument("--json", action="store_true")
    received.add_argument("--limit", type=int, default=100)

    intake_import = commands.add_parser(
        "intake-import", help="load an export file straight into the receiver"
    )
    add_globals(intake_import)
    intake_import.add_argument("file", type=Path)
    intake_import.add_argument("--db")


COMMANDS = {
    "suggest",
    "suggestions",
    "sync",
    "export-suggestions",
    "import-suggestions",
    "serve-intake",
    "intake-list",
    "intake-import",
}


def open_outbox(app_paths: paths.AppPaths) -> Outbox:
    import sqlite3

    from healthref.core.content import ContentStore
    from healthref.core.db import ContentDBError
    from healthref.core.outbox import Outbox
    from healthref.core.userdb import open_user_db

    content_version = ""
    categories: tuple[str, ...] = ()
    try:
        store = ContentStore.open(app_paths.content_db, verify_checksum=False)
        content_version = store.meta().get("content_version", "")
        categories = tuple(store.categories())
        store.close()
    except ContentDBError:
        pass
    try:
        user_db = open_user_db(app_paths.user_db)
    except (OSError, sqlite3.Error) as exc:
        raise CommandError(f"cannot open your data in {app_paths.home}: {exc}") from exc
    return Outbox(user_db.engine, __version__, content_version, categories)


def run(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.outbox import SaveError
    from healthref.core.suggestion_rules import SuggestionRejected
    from healthref.core.transfer import TransferError

    try:
        handler = {
            "suggest": _suggest,
            "suggestions": _list,
            "sync": _sync,
            "export-suggestions": _export,
            "import-suggestions": _import,
            "serve-intake": _serve,
            "intake-list": _intake_list,
            "intake-import": _intake_import,
        }[args.command]
        return handler(args, app_paths, out)
    except SuggestionRejected as exc:
        raise CommandError(str(exc)) from exc
    except SaveError as exc:
        raise CommandError(f"Couldn't save: {exc}") from exc
    except TransferError as exc:
        raise CommandError(str(exc)) from exc


def _suggest(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    saved = open_outbox(app_paths).save(" ".join(args.text), args.note, args.category)
    verb = "Added one more ask to a waiting suggestion" if saved.merged else "Saved"
    out.write(
        f"{verb} ({saved.id}). It will be sent when a connection is available; "
        f"{saved.pending} waiting.\n"
    )
    return 0


def _list(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from dataclasses import asdict

    rows = open_outbox(app_paths).all()
    if args.json:
        out.write(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        out.write("No suggestions saved here.\n")
    for row in rows:
        extra = f" — {row.last_error}" if row.last_error else ""
        out.write(f"{row.status:8} ×{row.times_asked} {row.created_at[:10]}  {row.text}{extra}\n")
    return 0


def _sync_target(args: argparse.Namespace, app_paths: paths.AppPaths) -> tuple[str, str, bool]:
    from healthref.core.settings import SettingsError, load_settings

    try:
        settings = load_settings(app_paths.settings)
    except SettingsError as exc:
        raise CommandError(str(exc)) from exc
    url = args.url or settings.sync.url
    token = args.token or settings.sync.token
    if not url:
        raise CommandError(
            f"no receiver configured: pass --url or set [sync] url in {app_paths.settings}"
        )
    return url, token, settings.sync.allow_insecure_http


def _sync(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.sync import sync_once
    from healthref.core.transfer import read_file

    url, token, allow_insecure_http = _sync_target(args, app_paths)
    outbox = open_outbox(app_paths)
    if args.from_file:
        added = outbox.add_received(read_file(args.from_file))
        out.write(f"{added} new suggestion(s) from {args.from_file}\n")
    report = sync_once(outbox, url, token, allow_insecure_http=allow_insecure_http)
    out.write(f"sent {report.sent}, rejected {report.rejected}, waiting {outbox.pending_count()}\n")
    if report.error:
        raise CommandError(
            f"{report.error}; will retry after {report.retry_at:%H:%M} UTC"
            if report.retry_at
            else report.error
        )
    return 0


def _export(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.transfer import export_file

    count = export_file(open_outbox(app_paths).pending(), args.file)
    out.write(f"Wrote {count} suggestion(s) to {args.file} (checked by reading it back).\n")
    return 0


def _import(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.transfer import read_file

    records = read_file(args.file)
    added = open_outbox(app_paths).add_received(records)
    out.write(f"{added} new of {len(records)} suggestion(s) in {args.file}.\n")
    return 0


def _intake_url(args: argparse.Namespace, app_paths: paths.AppPaths) -> str:
    if args.db:
        return str(args.db)
    from sqlalchemy import URL

    app_paths.home.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(app_paths.intake_db)).render_as_string()


def _serve(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.intake.serve_command import serve_until_interrupted

    try:
        return serve_until_interrupted(
            args.token,
            _intake_url(args, app_paths),
            args.host,
            args.port,
            args.threads,
            args.timeout,
            out,
        )
    except ValueError as exc:
        raise CommandError(str(exc)) from exc


def _intake_list(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from dataclasses import asdict

    from healthref.intake.store import most_suggested, open_store

    rows = most_suggested(open_store(_intake_url(args, app_paths)), args.limit)
    if args.json:
        out.write(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    for row in rows:
        out.write(f"{row.times_asked:5} ×  {row.text}  (first {row.first_seen[:10]})\n")
    if not rows:
        out.write("Nothing received yet.\n")
    return 0


def _intake_import(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.sync import wire_record
    from healthref.core.transfer import read_file
    from healthref.intake.store import open_store, receive

    records = read_file(args.file)
    results = receive(open_store(_intake_url(args, app_paths)), [wire_record(r) for r in records])
    counts = {
        s: sum(r["status"] == s for r in results) for s in ("accepted", "duplicate", "rejected")
    }
    out.write(
        f"{counts['accepted']} new, {counts['duplicate']} already here, "
        f"{counts['rejected']} refused, from {args.file}\n"
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use `healthref`")
