"""The operator's settings file, `<home>/settings.toml`: sync receiver and kiosk options."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthref.core.failures import KnownFailure

TOKEN_ENV = "HEALTHREF_SYNC_TOKEN"


class SettingsError(KnownFailure):
    """The settings file is unreadable or has a wrong value; the message names it."""


@dataclass(frozen=True)
class SyncSettings:
    url: str = ""
    token: str = ""
    interval_minutes: float = 15.0
    allow_insecure_http: bool = False  # send over plain http:// to a non-loopback receiver


@dataclass(frozen=True)
class Settings:
    sync: SyncSettings = field(default_factory=SyncSettings)
    kiosk: dict[str, Any] = field(default_factory=dict)


def load_settings(path: Path) -> Settings:
    """Defaults when the file does not exist; SettingsError when it is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from exc
    sync = data.get("sync", {})
    kiosk = data.get("kiosk", {})
    if not isinstance(sync, dict) or not isinstance(kiosk, dict):
        raise SettingsError(f"{path}: [sync] and [kiosk] must be tables")
    url = str(sync.get("url", ""))
    if url and not url.startswith(("http://", "https://")):
        raise SettingsError(f"{path}: sync.url must start with http:// or https://")
    try:
        interval = float(sync.get("interval_minutes", 15))
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{path}: sync.interval_minutes must be a number") from exc
    insecure = sync.get("allow_insecure_http", False)
    if not isinstance(insecure, bool):
        raise SettingsError(f"{path}: sync.allow_insecure_http must be true or false")
    token = str(sync.get("token", "")) or os.environ.get(TOKEN_ENV, "")
    return Settings(SyncSettings(url, token, max(interval, 0.5), insecure), dict(kiosk))
