"""The full command-line parser: every command names its handler as "module:function", resolved
only when that command runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


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


def _command(
    commands: Commands, name: str, handler: str, help_text: str
) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    _global_options(sub, top=False)
    sub.set_defaults(handler=f"healthref.cli.{handler}")
    return sub


def port_number(text: str) -> int:
    """A TCP port, 1–65535 (0 picks a free one)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"port {port} is out of range (0 to 65535)")
    return port


def build_parser() -> argparse.ArgumentParser:
    """Every command, with its options and its handler's name."""
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
    _content_commands(commands)
    _suggestion_commands(commands)
    _intake_commands(commands)
    from healthref.cli.pack_parser import add_pack_commands

    add_pack_commands(commands, _command)
    return parser


def _content_commands(commands: Commands) -> None:
    search = _command(commands, "search", "content_commands:search", "search the questions")
    search.add_argument("query", nargs="*", help="what to look for")
    search.add_argument("--limit", type=int, default=10, metavar="N")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument(
        "--language", choices=("en", "fr"), default="en", help="the content language to search"
    )
    search.add_argument(
        "--batch",
        metavar="FILE|-",
        help="one query a line; one JSON array a line out (needs --json)",
    )
    show = _command(commands, "show", "content_commands:show", "print one article")
    show.add_argument("slug")
    show.add_argument("--format", choices=("text", "html", "json"), default="text")
    show.add_argument(
        "--language", choices=("en", "fr"), default="en", help="the translation to show"
    )
    build = _command(
        commands, "build", "content_commands:build", "build the articles database from content/"
    )
    build.add_argument("--content", type=Path, metavar="DIR", help="the content/ folder")
    build.add_argument("--out", type=Path, metavar="FILE", help="the database to write")
    build.add_argument(
        "--check", action="store_true", help="fail if the database does not match a fresh build"
    )
    _handout_command(commands)
    content = _command(commands, "content", "translation_commands:stamp", "content sources")
    content_commands = content.add_subparsers(dest="content_command", metavar="ACTION")
    content_commands.required = True
    stamp = content_commands.add_parser(
        "stamp-translations",
        help="write each pending translation's original_version (or the SLUGs named)",
    )
    stamp.add_argument("slug", nargs="*", help="re-stamp these translations after updating them")
    stamp.add_argument("--content", type=Path, metavar="DIR", help="the content/ folder")
    _command(commands, "doctor", "doctor:run", "check the installation and explain problems")
    _command(
        commands,
        "kiosk-pin",
        "content_commands:kiosk_pin",
        "make the pin_hash line for [kiosk] in settings.toml",
    )


def _handout_command(commands: Commands) -> None:
    handout = _command(
        commands, "handout", "handout_command:handout", "write patient handouts as one PDF"
    )
    handout.add_argument("slug", nargs="*", help="the articles to print")
    handout.add_argument("--pdf", type=Path, required=True, metavar="FILE", help="the PDF to write")
    handout.add_argument("--large-print", action="store_true", help="larger type")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4")
    handout.add_argument("--category", metavar="C", help="every article of this category")


def _suggestion_commands(commands: Commands) -> None:
    suggest = _command(
        commands, "suggest", "suggestion_commands:suggest", "save a question you could not find"
    )
    suggest.add_argument("text", nargs="+")
    suggest.add_argument("--note", default="")
    suggest.add_argument("--category", default="")
    listing = _command(
        commands,
        "suggestions",
        "suggestion_commands:list_suggestions",
        "list the suggestions saved here",
    )
    listing.add_argument("--json", action="store_true")
    sync = _command(
        commands, "sync", "suggestion_commands:sync", "send waiting suggestions to the receiver"
    )
    sync.add_argument("--url", help="the receiver (default: [sync] url in settings.toml)")
    sync.add_argument("--token", help="shared token (default: settings or $HEALTHREF_SYNC_TOKEN)")
    sync.add_argument(
        "--from-file", type=Path, metavar="FILE", help="forward the suggestions in an export file"
    )
    export = _command(
        commands,
        "export-suggestions",
        "suggestion_commands:export",
        "write waiting suggestions to a file",
    )
    export.add_argument("file", type=Path)
    importing = _command(
        commands,
        "import-suggestions",
        "suggestion_commands:import_file",
        "add the suggestions from an export file",
    )
    importing.add_argument("file", type=Path)


def _intake_commands(commands: Commands) -> None:
    serve = _command(
        commands, "serve-intake", "intake_commands:serve", "run the reference receiver"
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=port_number, default=8765)
    serve.add_argument("--db", help="SQLAlchemy database URL (default: <home>/intake.db)")
    serve.add_argument("--token", help="shared token (default: $HEALTHREF_SYNC_TOKEN)")
    serve.add_argument("--threads", type=int, default=8, help="workers and database connections")
    serve.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to receive a whole request"
    )
    received = _command(
        commands,
        "intake-list",
        "intake_commands:list_received",
        "what the receiver holds, most asked first",
    )
    received.add_argument("--db")
    received.add_argument("--json", action="store_true")
    received.add_argument("--limit", type=int, default=100)
    intake_import = _command(
        commands,
        "intake-import",
        "intake_commands:import_file",
        "load an export file straight into the receiver",
    )
    intake_import.add_argument("file", type=Path)
    intake_import.add_argument("--db")
