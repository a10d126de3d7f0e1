"""The manifest signed into every pack: what it holds, what changed, and the DB's SHA-256."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from healthref.core.packs.errors import PackError

FORMAT = 1
KINDS = ("main", "addon")


@dataclass(frozen=True)
class Changes:
    """Questions new, changed and withdrawn since the previous version: (slug, question)."""

    new: tuple[tuple[str, str], ...] = ()
    changed: tuple[tuple[str, str], ...] = ()
    withdrawn: tuple[tuple[str, str], ...] = ()

    def is_empty(self) -> bool:
        return not (self.new or self.changed or self.withdrawn)


@dataclass(frozen=True)
class Manifest:
    """Everything a pack says about itself; signed together with the file's header."""

    kind: str  # main | addon
    name: str  # "main", or the add-on's short name
    title: str
    content_version: str
    released: str  # ISO 8601 UTC; a later release is newer
    schema_version: int
    article_count: int
    db_size: int
    db_sha256: str
    payload_size: int
    payload_sha256: str
    signer_public_key: str
    compression: str = "xz"
    emergency_number: str = ""
    changes: Changes = field(default_factory=Changes)
    withdrawn: dict[str, str] = field(default_factory=dict)  # slug → notice, cumulative
    format: int = FORMAT

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True, indent=1).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            data: dict[str, Any] = json.loads(raw.decode("utf-8"))
            changes = data.pop("changes")
            manifest = cls(
                changes=Changes(**{k: tuple(tuple(p) for p in v) for k, v in changes.items()}),
                **data,
            )
        except (UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise PackError("damaged", f"the pack's manifest cannot be read ({exc})") from exc
        if manifest.format != FORMAT or manifest.kind not in KINDS:
            raise PackError("damaged", "the pack's manifest is of an unknown format")
        return manifest
