"""`healthref report SLUG TEXT`: a problem with an answer, kept and sent like a suggestion."""

from __future__ import annotations

import argparse
from typing import TextIO

from healthref import paths
from healthref.cli.errors import CommandError


def report(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.cli.content_commands import _open_store
    from healthref.cli.suggestion_commands import open_outbox

    store = _open_store(app_paths)
    try:
        known = store.article(args.slug) is not None or args.slug in store.withdrawn
    finally:
        store.close()
    if not known:
        raise CommandError(f"no article with slug {args.slug!r} (try `healthref search`)")
    saved = open_outbox(app_paths).save_report(args.slug, " ".join(args.text), args.part)
    verb = "Added one more ask to a waiting report" if saved.merged else "Saved your report"
    out.write(
        f"{verb} ({saved.id}). It will be sent with the suggestions; {saved.pending} waiting.\n"
    )
    return 0
