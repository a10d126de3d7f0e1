"""Commands for the reference receiver: serve-intake, intake-list and intake-import."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from healthref import paths
from healthref.cli.errors import CommandError


def _intake_url(args: argparse.Namespace, app_paths: paths.AppPaths) -> str:
    if args.db:
        return str(args.db)
    from sqlalchemy import URL

    app_paths.home.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(app_paths.intake_db)).render_as_string()


def serve(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    """`healthref serve-intake`: the reference receiver, until Ctrl+C or SIGTERM."""
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


def list_received(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from dataclasses import asdict

    from healthref.intake.store import most_suggested, open_store

    rows = most_suggested(open_store(_intake_url(args, app_paths)), args.limit)
    if args.json:
        out.write(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    for row in rows:
        out.write(
            f"{row.times_asked:5} ×  {row.text}  (first {row.first_seen[:10]}; {row.languages})\n"
        )
    if not rows:
        out.write("Nothing received yet.\n")
    return 0


def list_reports(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    """`healthref intake-reports`: problem reports per article, newest first."""
    from dataclasses import asdict

    from healthref.intake.reports import reports_by_article
    from healthref.intake.store import open_store

    articles = reports_by_article(open_store(_intake_url(args, app_paths)), args.slug)
    if args.json:
        out.write(json.dumps([asdict(a) for a in articles], ensure_ascii=False, indent=2) + "\n")
        return 0
    for article in articles:
        out.write(f"{article.slug}  ({len(article.reports)} report(s))\n")
        for report in article.reports:
            part = f" [{report.part}]" if report.part else ""
            out.write(f"  {report.received_at[:16]} ({report.language}){part} {report.text}\n")
    if not articles:
        out.write("No problem reports received yet.\n")
    return 0


def import_file(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.suggestions.sync import wire_record
    from healthref.core.suggestions.transfer import read_file
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
