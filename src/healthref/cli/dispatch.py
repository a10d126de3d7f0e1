"""Parse a command line that names a command, run its handler, and turn known failures into
one line on stderr."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TextIO, cast

from healthref import paths
from healthref.cli.errors import EXIT_FAILED, EXIT_USAGE, CommandError, UsageError
from healthref.cli.parser import build_parser

# Commands that already write to the user folder also keep its log; a search writes nothing.
WRITING_COMMANDS = frozenset(
    {
        "suggest",
        "sync",
        "export-suggestions",
        "import-suggestions",
        "serve-intake",
        "intake-import",
        "report",
        "pack",
    }
)
log = logging.getLogger("healthref.cli")
Handler = Callable[[argparse.Namespace, paths.AppPaths, TextIO], int]


def resolve_handler(name: str) -> Handler:
    """The function named "package.module:function"."""
    module_name, function_name = name.split(":")
    return cast(Handler, getattr(importlib.import_module(module_name), function_name))


def run_command(arguments: Sequence[str]) -> int:
    """Parse, run, report: exit 0 done, 1 failed with one line, 2 usage error."""
    parser = build_parser()
    args = parser.parse_args(list(arguments))
    if getattr(args, "handler", None) is None:
        from healthref.cli.launch import launch_window

        return launch_window(arguments)
    app_paths = paths.resolve(args.content_db, args.home)
    from healthref.core.log_file import configure_logging

    if args.command in WRITING_COMMANDS:
        configure_logging(app_paths.log_dir)
    from healthref.core.failures import KnownFailure

    try:
        return resolve_handler(args.handler)(args, app_paths, sys.stdout)
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"healthref {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CommandError as exc:
        print(f"healthref: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KnownFailure as exc:
        log.warning("%s failed: %s", args.command, type(exc).__name__)
        print(f"healthref: {exc.one_line()}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader went away (`healthref doctor | head -1`): stop quietly.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
