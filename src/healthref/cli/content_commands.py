"""Commands over the articles: search, show, build and kiosk-pin."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from healthref import paths
from healthref.cli.errors import EXIT_OK, CommandError, UsageError

if TYPE_CHECKING:
    from healthref.core.content.store import ContentStore
    from healthref.core.search.engine import SearchEngine
    from healthref.core.search.results import SearchResult


def _open_store(app_paths: paths.AppPaths) -> ContentStore:
    from healthref.core.content.database import ContentDBError
    from healthref.core.packs.opening import open_store

    try:
        store, used = open_store(app_paths)
    except ContentDBError as exc:
        raise CommandError(exc.problem.one_line()) from exc
    if used.content_fallback:
        print(f"healthref: using the bundled content: {used.content_fallback}", file=sys.stderr)
    return store


def _hits_json(result: SearchResult) -> list[dict[str, object]]:
    """Each hit, with what the whole query was taken to mean repeated on every hit."""
    return [
        {
            "slug": hit.slug,
            "question": hit.question,
            "category": hit.category,
            "score": hit.score,
            "snippet": hit.snippet,
            "weak": hit.weak,
            "corrected_query": result.showing_results_for,
            "emergency": result.emergency,
        }
        for hit in result.hits
    ]


def search(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    """`healthref search`: ranked hits as text or JSON, one query or a batch."""
    from healthref.core.search.engine import SearchEngine

    if args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    if args.batch and not args.json:
        raise UsageError("--batch needs --json")
    if args.batch and args.query:
        raise UsageError("give either a QUERY or --batch, not both")
    if not args.batch and not args.query:
        raise UsageError("search needs a QUERY (or --batch FILE)")
    from healthref.core.search.languages import search_language

    store = _open_store(app_paths)
    engine = SearchEngine(store.connection, search_language(args.language))
    if args.batch:
        _search_batch(engine, args.batch, args.limit, out)
        return EXIT_OK
    result = engine.search(" ".join(args.query), args.limit)
    if args.json:
        out.write(json.dumps(_hits_json(result), ensure_ascii=False, indent=2))
        out.write("\n")
        return EXIT_OK
    if result.emergency:
        out.write("If someone is in danger now, call your local emergency number.\n")
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
            # Undecodable bytes become U+FFFD: one bad byte never costs the rest of the batch.
            lines: TextIO = (
                io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
                if source == "-"
                else stack.enter_context(
                    Path(source).open(encoding="utf-8", errors="replace", newline="\n")
                )
            )
            for line in lines:
                result = engine.search(line.rstrip("\r\n"), limit)
                out.write(json.dumps(_hits_json(result), ensure_ascii=False))
                out.write("\n")
                out.flush()
    except OSError as exc:
        raise CommandError(f"cannot read {source}: {exc.strerror or exc}") from exc


# C0 and C1 control characters except tab and newline: escape codes never reach a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Text with every control character (terminal escape codes included) removed."""
    return _CONTROL.sub("", text)


def show(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    """`healthref show`: one article as text, sanitised HTML, or JSON."""
    from healthref.core.content.labels import labels_for
    from healthref.core.content.render import (
        article_html,
        article_text,
        markdown_sections,
        review_line,
    )

    store = _open_store(app_paths)
    view = store.article(args.slug, args.language)
    if view is None and args.slug in store.withdrawn:
        raise CommandError(f"{args.slug} was withdrawn: {store.withdrawn[args.slug]}")
    if view is None:
        raise CommandError(f"no article with slug {args.slug!r} (try `healthref search`)")
    if args.format == "html":
        out.write(article_html(view) + "\n")
    elif args.format == "text":
        out.write(terminal_safe(article_text(view)))
    else:
        data = asdict(view.article)
        data["related"] = [asdict(link) for link in view.related]
        data["sections"] = [
            {"title": title, "markdown": text}
            for title, text in markdown_sections(view.article.body_markdown)
        ]
        data["html"] = article_html(view)
        data["review_status"] = review_line(view.article)
        data["disclaimer"] = labels_for(view.article.language).disclaimer
        data["content_version"] = view.content_version
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def kiosk_pin(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    """`healthref kiosk-pin`: the pin_hash line for settings.toml."""
    del args, app_paths
    import getpass

    from healthref.core.settings.kiosk import hash_pin

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


def build(args: argparse.Namespace, app_paths: paths.AppPaths, out: TextIO) -> int:
    from healthref.core.build.builder import BuildError, build_content_db
    from healthref.core.build.check import stale_reasons

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
        result = build_content_db(content, target)
    except BuildError as exc:
        for problem in exc.problems[:-1]:
            print(problem, file=sys.stderr)
        raise CommandError(f"{exc.problems[-1]} ({len(exc.problems)} problem(s))") from exc
    out.write(
        f"Built {result.path}: {result.article_count} articles, checksum {result.checksum[:12]}\n"
    )
    for language, count in sorted(result.translated.items()):
        missing = result.article_count - count
        out.write(
            f"  {language}: {count} of {result.article_count} translated, {missing} missing\n"
        )
    return EXIT_OK
