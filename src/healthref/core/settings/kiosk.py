"""Kiosk options from the `[kiosk]` section of settings.toml."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from healthref.core.i18n.catalogue import N_
from healthref.core.i18n.languages import CODES
from healthref.core.settings.pin import hash_pin, pin_hash_problem, pin_matches
from healthref.core.settings.rules import Rule, read_section

__all__ = ["KioskSettings", "hash_pin", "kiosk_settings", "pin_matches"]


class KioskSettings(NamedTuple):
    idle_seconds: int = 120
    countdown_seconds: int = 20  # WCAG 2.2.1 asks for at least 20 seconds to answer
    font_scale: float = 1.35
    pin_hash: str = ""
    exit_chord: str = "Ctrl+Alt+Shift+X"
    suggestions_per_visitor: int = 3
    suggestions_per_day: int = 50
    featured_seconds: int = 12
    desk_message: str = N_("Not sure? Please ask a health worker at the desk.")  # or the operator's
    allow_print: bool = False
    language: str = ""


RULES = {
    "idle_seconds": Rule(int, 10, 86_400),
    "countdown_seconds": Rule(int, 1, 600),
    "font_scale": Rule(float, 1.0, 3.0),
    "pin_hash": Rule(str, check=lambda v: pin_hash_problem(v) if v else None),
    "exit_chord": Rule(str, check=lambda v: None if v.strip() else "must name a key chord"),
    "suggestions_per_visitor": Rule(int, 0, 1000),
    "suggestions_per_day": Rule(int, 0, 100_000),
    "featured_seconds": Rule(int, 3, 3600),
    "desk_message": Rule(str),
    "allow_print": Rule(bool),
    "language": Rule(
        str, check=lambda v: None if not v or v in CODES else "must be one of " + ", ".join(CODES)
    ),
}


def kiosk_settings(section: Mapping[str, Any], path: Path = Path("settings.toml")) -> KioskSettings:
    """Parse `[kiosk]`; SettingsError names the file, the key and what it must be."""
    values = read_section(path, "kiosk", dict(section), RULES, KioskSettings()._asdict())
    return KioskSettings(**values)
