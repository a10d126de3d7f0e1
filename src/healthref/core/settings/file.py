"""The operator's settings file, `<home>/settings.toml`: sync, local details, privacy and the
kiosk section. Every key is checked by its own rule; a message names the file and the key."""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from healthref.core.settings.rules import Rule, SettingsError, read_section

__all__ = ["TOKEN_ENV", "LocalSettings", "Settings", "SettingsError", "SyncSettings"]

TOKEN_ENV = "HEALTHREF_SYNC_TOKEN"


class SyncSettings(NamedTuple):
    url: str = ""
    token: str = ""
    interval_minutes: float = 15.0
    allow_insecure_http: bool = False  # send over plain http:// to a non-loopback receiver


class LocalSettings(NamedTuple):
    """What is local to this place: the emergency number shown in the emergency strip."""

    emergency_number: str = ""


class PrivacySettings(NamedTuple):
    """Reading history on a shared computer."""

    history: bool = True
    history_days: int = 30
    clear_history_on_exit: bool = False


class PackSettings(NamedTuple):
    """Public keys (hex) whose content packs this machine trusts, beside resources/'s."""

    trusted_keys: tuple[str, ...] = ()


class Settings(NamedTuple):
    sync: SyncSettings = SyncSettings()
    kiosk: Mapping[str, Any] = MappingProxyType({})  # the [kiosk] table, read in kiosk mode
    local: LocalSettings = LocalSettings()
    privacy: PrivacySettings = PrivacySettings()
    path: Path = Path("settings.toml")
    packs: PackSettings = PackSettings()


def url_problem(url: str) -> str | None:
    """Why `url` cannot be a receiver address, or None."""
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port
    except ValueError as exc:
        return f"is not a usable address ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "must be an http:// or https:// address with a host"
    return None


def _emergency_number_problem(value: str) -> str | None:
    allowed = set("0123456789 +-()")
    if value and (not set(value) <= allowed or len(value) > 20):
        return "must be a phone number (digits, spaces, + - and brackets)"
    return None


SYNC_RULES = {
    "url": Rule(str, check=url_problem),
    "token": Rule(str),
    "interval_minutes": Rule(float, 0.5, 10_080),
    "allow_insecure_http": Rule(bool),
}
LOCAL_RULES = {"emergency_number": Rule(str, check=_emergency_number_problem)}
PRIVACY_RULES = {
    "history": Rule(bool),
    "history_days": Rule(int, 1, 3650),
    "clear_history_on_exit": Rule(bool),
}


def _public_keys_problem(value: list[object]) -> str | None:
    for item in value:
        if not isinstance(item, str) or len(item) != 64:
            return "must list Ed25519 public keys, each as 64 hex digits"
        try:
            bytes.fromhex(item)
        except ValueError:
            return "must list Ed25519 public keys, each as 64 hex digits"
    return None


PACK_RULES = {"trusted_keys": Rule(list, check=_public_keys_problem)}
SECTIONS = {"sync", "kiosk", "local", "privacy", "packs"}


def _parse(path: Path, text: str) -> dict[str, Any]:
    """The TOML document (tomllib is imported only when there is a file to read)."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: {exc}") from exc


def load_settings(path: Path) -> Settings:
    """Defaults when the file does not exist; SettingsError when it is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from exc
    data = _parse(path, text) if text else {}
    unknown = sorted(set(data) - SECTIONS)
    if unknown:
        known = ", ".join(sorted(SECTIONS))
        raise SettingsError(f"{path}: unknown section(s) {', '.join(unknown)} (known: {known})")
    sync = read_section(path, "sync", data.get("sync"), SYNC_RULES, SyncSettings()._asdict())
    sync["token"] = sync["token"] or os.environ.get(TOKEN_ENV, "")
    kiosk = data.get("kiosk", {})
    if not isinstance(kiosk, dict):
        raise SettingsError(f"{path}: [kiosk] must be a table")
    local = read_section(path, "local", data.get("local"), LOCAL_RULES, LocalSettings()._asdict())
    privacy = read_section(
        path, "privacy", data.get("privacy"), PRIVACY_RULES, PrivacySettings()._asdict()
    )
    packs = read_section(path, "packs", data.get("packs"), PACK_RULES, {"trusted_keys": []})
    return Settings(
        SyncSettings(**sync),
        MappingProxyType(dict(kiosk)),
        LocalSettings(**local),
        PrivacySettings(**privacy),
        path,
        PackSettings(tuple(packs["trusted_keys"])),
    )
