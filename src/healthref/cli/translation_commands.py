"""`healthref content stamp-translations`: tie translations to their original's version."""

from __future__ import annotations

import argparse
from typing import TextIO

from healthref import paths
from healthref.cli.errors import EXIT_OK, CommandError


def stamp(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    """Write original_version into pending translations (or the slugs named)."""
    del app_paths
    from healthref.core.content.translations import stamp_translations

    content = args.content or paths.content_sources_dir()
    if not (content / "articles").is_dir():
        raise CommandError(f"no articles folder in {content}: pass --content DIR")
    changed = stamp_translations(content, list(args.slug))
    for path in changed:
        out.write(f"stamped {path}\n")
    count = len(changed)
    out.write(f"{count} translation{'' if count == 1 else 's'} stamped\n")
    return EXIT_OK
