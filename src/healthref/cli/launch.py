"""The fast path: `healthref [--kiosk] [--home DIR] …` opens the window without building the
parser of every command."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from healthref import paths

WINDOW_FLAGS = {"--kiosk", "--sync-url", "--content-db", "--home"}
FLAGS_WITH_VALUE = {"--sync-url", "--content-db", "--home"}


def is_window_launch(arguments: Sequence[str]) -> bool:
    """True when the arguments name no command: only the window's own options."""
    expect_value = False
    for argument in arguments:
        if expect_value:
            expect_value = False
            continue
        name = argument.split("=", 1)[0]
        if name not in WINDOW_FLAGS:
            return False
        expect_value = name in FLAGS_WITH_VALUE and "=" not in argument
    return True


class WindowOptions(NamedTuple):
    """What a window launch was asked for."""

    content_db: Path | None = None
    home: Path | None = None
    kiosk: bool = False
    sync_url: str | None = None


def window_parser() -> argparse.ArgumentParser:
    """The options a window launch takes (the full parser documents them too)."""
    parser = argparse.ArgumentParser(prog="healthref")
    parser.add_argument("--content-db", type=Path, metavar="FILE")
    parser.add_argument("--home", type=Path, metavar="DIR")
    parser.add_argument("--kiosk", action="store_true")
    parser.add_argument("--sync-url", metavar="URL")
    return parser


def read_window_options(arguments: Sequence[str]) -> WindowOptions | None:
    """The options read as the parser would (the last of a repeated one wins), without
    building it: that costs the first frame about 3 ms. None when they are not plainly
    well formed; the parser then reads them, or says what is wrong."""
    values: dict[str, str] = {}
    kiosk = False
    rest = list(arguments)
    while rest:
        name, has_value, value = rest.pop(0).partition("=")
        if name == "--kiosk" and not has_value:
            kiosk = True
            continue
        if name not in FLAGS_WITH_VALUE:
            return None
        if not has_value:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        values[name] = value
    content_db, home = values.get("--content-db"), values.get("--home")
    return WindowOptions(
        None if content_db is None else Path(content_db),
        None if home is None else Path(home),
        kiosk,
        values.get("--sync-url"),
    )


def launch_window(arguments: Sequence[str]) -> int:
    """Open the window (or the kiosk) with the given options."""
    args = read_window_options(arguments) or window_parser().parse_args(list(arguments))
    # No cycle collection while the window is built (start-up makes many objects and next to
    # no cycles): the window collects on its GUI thread once it is painted (ui/gui_thread_gc).
    gc.disable()
    from healthref.core.failures import KnownFailure
    from healthref.ui.feature_scan import install as register_modules_unscanned

    register_modules_unscanned()  # before the window's modules: see ui/feature_scan
    from healthref.ui.app import run_window

    try:
        return run_window(paths.resolve(args.content_db, args.home), args.sync_url, args.kiosk)
    except KnownFailure as exc:
        print(f"healthref: {exc.one_line()}", file=sys.stderr)
        return 1
