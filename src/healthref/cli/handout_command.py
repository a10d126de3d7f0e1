"""`healthref handout`: patient handouts as one PDF, for single answers or a whole category
(a waiting-room pack). Qt draws the PDF; it runs offscreen when there is no screen."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from healthref import paths
from healthref.cli.content_commands import _open_store
from healthref.cli.errors import EXIT_OK, CommandError, UsageError

if TYPE_CHECKING:
    from healthref.core.content.article import ArticleView
    from healthref.core.content.store import ContentStore


def _chosen_views(store: ContentStore, slugs: list[str], category: str | None) -> list[ArticleView]:
    """The articles named, then the category's, each once and in that order."""
    wanted = list(dict.fromkeys(slugs))
    if category is not None:
        categories = store.categories()
        match = next((c for c in categories if c.casefold() == category.casefold()), None)
        if match is None:
            raise CommandError(f"no category {category!r} (categories: {', '.join(categories)})")
        wanted += [
            q.slug for q in store.questions() if q.category == match and q.slug not in wanted
        ]
    views = []
    for slug in wanted:
        view = store.article(slug)
        if view is None:
            raise CommandError(f"no article {slug!r} (try `healthref search`)")
        views.append(view)
    return views


def handout(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    """Write the handouts of the named articles (and/or a category) to one PDF."""
    if not args.slug and args.category is None:
        raise UsageError("name at least one SLUG, or --category C")
    store = _open_store(app_paths)
    views = _chosen_views(store, args.slug, args.category)
    from healthref.core.content.handout import Paper
    from healthref.ui.printing.handout_pdf import (
        HandoutOptions,
        HandoutWriteFailed,
        gui_application,
        write_handout_pdf,
    )

    _app = gui_application()

    options = HandoutOptions(Paper(args.paper), args.large_print)
    try:
        pages = write_handout_pdf(args.pdf, views, options)
    except HandoutWriteFailed as exc:
        raise CommandError(exc.one_line()) from exc
    noun = "handout" if len(views) == 1 else "handouts"
    out.write(f"Wrote {len(views)} {noun}, {sum(pages)} pages, to {args.pdf}\n")
    return EXIT_OK
