"""Kiosk options from the `[kiosk]` section of settings.toml, and the operator PIN (stored only
as a salted PBKDF2 hash)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from healthref.core.settings.file import SettingsError

PIN_ITERATIONS = 200_000


@dataclass(frozen=True)
class KioskSettings:
    idle_seconds: int = 120
    countdown_seconds: int = 10
    font_scale: float = 1.35
    pin_hash: str = ""
    exit_chord: str = "Ctrl+Alt+Shift+X"
    suggestions_per_visitor: int = 3
    suggestions_per_day: int = 50
    featured_seconds: int = 12
    desk_message: str = "Not sure? Please ask a health worker at the desk."


def hash_pin(pin: str, salt: str | None = None, iterations: int = PIN_ITERATIONS) -> str:
    """A line for settings.toml: pbkdf2_sha256$iterations$salt$hex."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), iterations).hex()
    return f"pbkdf2_sha256${iterations}${salt}${digest}"


def pin_matches(pin: str, stored: str) -> bool:
    """Constant-time check of a typed PIN against the stored hash; no hash, no exit."""
    try:
        scheme, iterations, salt, expected = stored.split("$")
        rounds = int(iterations)
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256" or rounds < 1:
        return False
    actual = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), rounds).hex()
    return hmac.compare_digest(actual, expected)


def kiosk_settings(section: dict[str, Any]) -> KioskSettings:
    """Parse `[kiosk]`; SettingsError names a bad value."""
    defaults = KioskSettings()
    values: dict[str, Any] = {}
    for name, default in defaults.__dict__.items():
        if name not in section:
            continue
        raw = section[name]
        try:
            values[name] = type(default)(raw)
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"[kiosk] {name} must be a {type(default).__name__}") from exc
    unknown = set(section) - set(defaults.__dict__)
    if unknown:
        raise SettingsError(f"[kiosk] unknown setting(s): {', '.join(sorted(unknown))}")
    settings = KioskSettings(**{**defaults.__dict__, **values})
    if settings.idle_seconds < 10 or settings.countdown_seconds < 1:
        raise SettingsError("[kiosk] idle_seconds must be 10 or more, countdown_seconds 1 or more")
    if not 1.0 <= settings.font_scale <= 3.0:
        raise SettingsError("[kiosk] font_scale must be between 1.0 and 3.0")
    return settings
