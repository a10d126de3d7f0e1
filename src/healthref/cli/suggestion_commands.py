"""Commands for suggestions: suggest, suggestions, sync, export and import."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from healthref import __version__, paths
from healthref.cli.errors import CommandError

if TYPE_CHECKING:
    from healthref.core.suggestions.outbox import Outbox


def open_outbox(app_paths: paths.AppPaths) -> Outbox:
    import sqlite3

    from healthref.core.content.database import ContentDBError
    from healthref.core.content.store import ContentStore
    from healthref.core.suggestions.outbox import Outbox
    from healthref.core.userdata.database import open_user_db

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


def suggest(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    saved = open_outbox(app_paths).save(" ".join(args.text), args.note, args.category)
    verb = "Added one more ask to a waiting suggestion" if saved.merged else "Saved"
    out.write(
        f"{verb} ({saved.id}). It will be sent when a connection is available; "
        f"{saved.pending} waiting.\n"
    )
    return 0


def list_suggestions(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from dataclasses import asdict

    rows = open_outbox(app_paths).all()
    if args.json:
        out.write(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        out.write("No suggestions saved here.\n")
    for row in rows:
        extra = f" — {row.last_error}" if row.last_error else ""
        about = f"[problem with {row.slug}] " if row.kind == "problem" else ""
        out.write(
            f"{row.status:8} ×{row.times_asked} {row.created_at[:10]}  {about}{row.text}{extra}\n"
        )
    return 0


def _sync_target(args: argparse.Namespace, app_paths: paths.AppPaths) -> tuple[str, str, bool]:
    from healthref.core.settings.file import SettingsError, load_settings

    try:
        settings = load_settings(app_paths.settings)
    except SettingsError as exc:
        raise CommandError(str(exc)) from exc
    url = args.url or settings.sync.url
    from healthref.core.settings.file import url_problem

    problem = url_problem(url)
    if problem:
        raise CommandError(f"the receiver address {url!r} {problem}")
    token = args.token or settings.sync.token
    if not url:
        raise CommandError(
            f"no receiver configured: pass --url or set [sync] url in {app_paths.settings}"
        )
    return url, token, settings.sync.allow_insecure_http


def sync(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.suggestions.sync import sync_once
    from healthref.core.suggestions.transfer import read_file

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


def export(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.suggestions.transfer import export_file

    count = export_file(open_outbox(app_paths).pending(), args.file)
    out.write(f"Wrote {count} suggestion(s) to {args.file} (checked by reading it back).\n")
    return 0


def import_file(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.suggestions.transfer import read_file

    records = read_file(args.file)
    added = open_outbox(app_paths).add_received(records)
    out.write(f"{added} new of {len(records)} suggestion(s) in {args.file}.\n")
    return 0
