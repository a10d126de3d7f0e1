"""The headless commands (`healthref search|show|build|doctor`) and the window launcher."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from healthref import cli_suggestions, paths
from healthref.core.settings import SettingsError

if TYPE_CHECKING:
    from healthref.core.content import ContentStore
    from healthref.core.search.engine import Hit, SearchEngine

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A known failure: reported as one line on stderr, exit status 1."""


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--content-db",
        type=Path,
        default=default,
        metavar="FILE",
        help="the articles database to read (default: the bundled one)",
    )
    parser.add_argument(
        "--home",
        type=Path,
        default=default,
        metavar="DIR",
        help="folder for your own data (default: $HEALTHREF_HOME or the "
        "platform's user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="healthref",
        description="Offline health reference. Without a command: open the window.",
    )
    _global_options(parser, top=True)
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="locked full-screen mode for public screens ([kiosk] in settings.toml)",
    )
    parser.add_argument(
        "--sync-url", metavar="URL", help="send suggestions to this receiver (window only)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", help="search the questions")
    _global_options(search, top=False)
    search.add_argument("query", nargs="*", help="what to look for")
    search.add_argument("--limit", type=int, default=10, metavar="N")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--batch",
        metavar="FILE|-",
        help="one query a line; one JSON array a line out (needs --json)",
    )

    show = commands.add_parser("show", help="print one article")
    _global_options(show, top=False)
    show.add_argument("slug")
    show.add_argument("--format", choices=("text", "html", "json"), default="text")

    build = commands.add_parser("build", help="build the articles database from content/")
    _global_options(build, top=False)
    build.add_argument("--content", type=Path, metavar="DIR", help="the content/ folder")
    build.add_argument("--out", type=Path, metavar="FILE", help="the database to write")
    build.add_argument(
        "--check", action="store_true", help="fail if the database does not match a fresh build"
    )

    doctor = commands.add_parser("doctor", help="check the installation and explain problems")
    _global_options(doctor, top=False)
    commands.add_parser("kiosk-pin", help="make the pin_hash line for [kiosk] in settings.toml")
    from healthref import cli_suggestions

    cli_suggestions.add_commands(commands, lambda sub: _global_options(sub, top=False))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    app_paths = paths.resolve(args.content_db, args.home)
    try:
        if args.command is None:
            from healthref.ui.app import run_window

            return run_window(app_paths, args.sync_url, args.kiosk)
        if args.command == "search":
            return _search(args, app_paths, parser, sys.stdout)
        if args.command == "show":
            return _show(args, app_paths, sys.stdout)
        if args.command == "build":
            return _build(args, app_paths, sys.stdout)
        if args.command in cli_suggestions.COMMANDS:
            return cli_suggestions.run(args, app_paths, sys.stdout)
        if args.command == "kiosk-pin":
            return _kiosk_pin(sys.stdout)
        if args.command == "doctor":
            from healthref.doctor import run_doctor

            return run_doctor(app_paths, sys.stdout)
    except (CommandError, cli_suggestions.CommandError, SettingsError) as exc:
        print(f"healthref: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    parser.error(f"unknown command {args.command!r}")
    return EXIT_USAGE


def _open_store(app_paths: paths.AppPaths) -> ContentStore:
    from healthref.core.content import ContentStore
    from healthref.core.db import ContentDBError

    try:
        return ContentStore.open(app_paths.content_db)
    except ContentDBError as exc:
        raise CommandError(exc.problem.one_line()) from exc


def _hit_json(hit: Hit) -> dict[str, object]:
    return {
        "slug": hit.slug,
        "question": hit.question,
        "category": hit.category,
        "score": hit.score,
        "snippet": hit.snippet,
        "weak": hit.weak,
    }


def _search(
    args: argparse.Namespace,
    app_paths: paths.AppPaths,
    parser: argparse.ArgumentParser,
    out: TextIO,
) -> int:
    from healthref.core.search.engine import SearchEngine

    if args.limit < 1:
        parser.error("--limit must be 1 or more")
    if args.batch and not args.json:
        parser.error("--batch needs --json")
    if args.batch and args.query:
        parser.error("give either a QUERY or --batch, not both")
    if not args.batch and not args.query:
        parser.error("search needs a QUERY (or --batch FILE)")
    store = _open_store(app_paths)
    engine = SearchEngine(store.connection)
    if args.batch:
        _search_batch(engine, args.batch, args.limit, out)
        return EXIT_OK
    result = engine.search(" ".join(args.query), args.limit)
    if args.json:
        out.write(json.dumps([_hit_json(h) for h in result.hits], ensure_ascii=False, indent=2))
        out.write("\n")
        return EXIT_OK
    if result.showing_results_for:
        out.write(f"Showing results for “{result.showing_results_for}”\n")
    if not result.hits:
        out.write(f"No answer yet for “{result.query}”.\n")
        if result.did_you_mean:
            out.write(f"Did you mean “{result.did_you_mean}”?\n")
        return EXIT_OK
    if not result.confident:
        out.write("No confident answer; these articles mention some of your words:\n")
    for number, hit in enumerate(result.hits, start=1):
        mark = "  (weak match)" if hit.weak else ""
        out.write(f"{number:2}. {hit.question}{mark}\n    {hit.slug}\n")
        if hit.snippet:
            out.write(f"    {hit.snippet}\n")
    return EXIT_OK


def _search_batch(engine: SearchEngine, source: str, limit: int, out: TextIO) -> None:
    """One query a line in, one JSON array a line out."""
    try:
        with contextlib.ExitStack() as stack:
            lines: TextIO = (
                sys.stdin
                if source == "-"
                else stack.enter_context(Path(source).open(encoding="utf-8", errors="replace"))
            )
            for line in lines:
                result = engine.search(line.rstrip("\r\n"), limit)
                out.write(json.dumps([_hit_json(h) for h in result.hits], ensure_ascii=False))
                out.write("\n")
                out.flush()
    except OSError as exc:
        raise CommandError(f"cannot read {source}: {exc.strerror or exc}") from exc


def _show(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.render import (
        DISCLAIMER,
        article_html,
        article_text,
        markdown_sections,
        review_line,
    )

    store = _open_store(app_paths)
    article = store.article(args.slug)
    if article is None:
        raise CommandError(f"no article with slug {args.slug!r} (try `healthref search`)")
    if args.format == "html":
        out.write(article_html(article) + "\n")
    elif args.format == "text":
        out.write(article_text(article))
    else:
        data = asdict(article)
        data["sections"] = [
            {"title": title, "markdown": text}
            for title, text in markdown_sections(article.body_markdown)
        ]
        data["review_status"] = review_line(article)
        data["disclaimer"] = DISCLAIMER
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _kiosk_pin(out: TextIO) -> int:
    import getpass

    from healthref.core.kiosk_settings import hash_pin

    if sys.stdin.isatty():
        pin = getpass.getpass("New operator PIN: ")
        if getpass.getpass("Again: ") != pin:
            raise CommandError("the two PINs differ")
    else:
        pin = sys.stdin.readline().strip()
    if len(pin) < 4:
        raise CommandError("use a PIN of at least 4 characters")
    out.write(f'pin_hash = "{hash_pin(pin)}"\n')
    return EXIT_OK


def _build(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.build import BuildError, build
    from healthref.core.build_check import stale_reasons

    content = args.content or paths.content_sources_dir()
    if args.content is None and not content.is_dir():
        raise CommandError("not in a source checkout: pass --content DIR (the content/ folder)")
    target = args.out or args.content_db or content.parent / "data" / "articles.db"
    try:
        if args.check:
            reasons = stale_reasons(content, target)
            if reasons:
                for reason in reasons[:-1]:
                    print(f"healthref: {reason}", file=sys.stderr)
                raise CommandError(reasons[-1])
            out.write(f"{target} is up to date with {content}\n")
            return EXIT_OK
        result = build(content, target)
    except BuildError as exc:
        for problem in exc.problems[:-1]:
            print(problem, file=sys.stderr)
        raise CommandError(f"{exc.problems[-1]} ({len(exc.problems)} problem(s))") from exc
    out.write(
        f"Built {result.path}: {result.article_count} articles, checksum {result.checksum[:12]}\n"
    )
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
