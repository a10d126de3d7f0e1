"""How every SQLite file of the app is opened read-only, without creating it."""

from __future__ import annotations

from pathlib import Path


def read_only_uri(path: Path) -> str:
    """A `file:` URI (with # and ? escaped) that opens `path` read-only and never creates it."""
    return f"{path.resolve().as_uri()}?mode=ro"
