"""The one error type of the command line, and its exit statuses."""

from __future__ import annotations

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A known failure: reported as one line on stderr, exit status 1."""


class UsageError(Exception):
    """The command was given wrong arguments: reported like argparse does, exit status 2."""
