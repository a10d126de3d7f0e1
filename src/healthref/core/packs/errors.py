"""PackError: why a pack was refused, in one line, with the current content left untouched."""

from __future__ import annotations

from healthref.core.failures import KnownFailure


class PackError(KnownFailure):
    """A pack cannot be built, verified, installed or removed; `kind` names the reason."""

    def __init__(self, kind: str, message: str) -> None:
        self.kind = kind
        super().__init__(message)
