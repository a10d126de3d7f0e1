"""The base of every known failure in core: the CLI prints its one line, the window shows it."""

from __future__ import annotations


class KnownFailure(Exception):
    """A failure with a message meant for the user, not a bug."""

    def one_line(self) -> str:
        """What to tell the user, in one line."""
        return str(self)
