"""The headless commands: one argparse parser, a module per group of commands."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run `healthref`: the window when no command is named, else that command."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    from healthref.cli.launch import is_window_launch, launch_window

    if is_window_launch(arguments):
        return launch_window(arguments)
    from healthref.cli.dispatch import run_command

    return run_command(arguments)
