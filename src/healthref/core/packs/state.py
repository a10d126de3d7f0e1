"""What is installed under <home>/content: active.json (switched atomically) and each pack's
folder (content.db, its signed manifest and signature)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from healthref.core.packs.errors import PackError
from healthref.core.packs.manifest import Manifest
from healthref.paths import ACTIVE_CONTENT_FILE, INSTALLED_CONTENT_DIR

BUNDLED = "bundled"
PACKS = "packs"
MERGED = "merged"


@dataclass
class ContentState:
    """active.json: folders relative to <home>/content; `open` is the DB the app opens."""

    main: str | None = None
    previous: str | None = None  # a pack folder, BUNDLED, or None (nothing to roll back to)
    addons: dict[str, str] = field(default_factory=dict)
    open: str | None = None
    open_size: int = 0
    open_sha256: str = ""


def content_root(home: Path) -> Path:
    return home / INSTALLED_CONTENT_DIR


def load_state(home: Path) -> ContentState:
    path = content_root(home) / ACTIVE_CONTENT_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ContentState(**data)
    except FileNotFoundError:
        return ContentState()
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise PackError("state", f"{path} cannot be read ({exc}); remove it to start over") from exc


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_state(home: Path, state: ContentState) -> None:
    """Replace active.json in one step: the app sees the old state or the new, never half."""
    root = content_root(home)
    root.mkdir(parents=True, exist_ok=True)
    partial = root / f".{ACTIVE_CONTENT_FILE}.partial"
    with partial.open("w", encoding="utf-8") as handle:
        json.dump(asdict(state), handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, root / ACTIVE_CONTENT_FILE)
    fsync_dir(root)


@dataclass(frozen=True)
class InstalledPack:
    """A pack folder: its manifest as signed, and where its DB is."""

    folder: str
    manifest: Manifest

    def db(self, home: Path) -> Path:
        return content_root(home) / self.folder / "content.db"


def read_installed(home: Path, folder: str) -> InstalledPack:
    path = content_root(home) / folder / "manifest.json"
    try:
        return InstalledPack(folder, Manifest.from_bytes(path.read_bytes()))
    except OSError as exc:
        raise PackError("missing", f"the installed pack {path.parent} is missing") from exc
