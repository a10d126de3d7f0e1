"""Every settings key is checked by its own rule, and a wrong value names the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthref.core.settings.file import SettingsError, load_settings
from healthref.core.settings.kiosk import hash_pin, kiosk_settings


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[kiosk]\nidle_seconds = 12.9\n", "[kiosk] idle_seconds must be a whole number"),
        ("[kiosk]\npin_hash = 5\n", "[kiosk] pin_hash must be text"),
        ('[kiosk]\npin_hash = "12345"\n', "[kiosk] pin_hash must be a line made by"),
        ("[kiosk]\nidle_seconds = true\n", "idle_seconds must be a whole number"),
        ("[kiosk]\nfont_scale = 9\n", "font_scale must be at most 3"),
        ('[kiosk]\ncolour = "red"\n', "unknown setting(s) colour"),
        ('[sync]\nurl = "http://[::1"\n', "[sync] url is not a usable address"),
        ('[sync]\nurl = "ftp://example.org"\n', "[sync] url must be an http:// or https://"),
        ('[sync]\ninterval_minutes = "often"\n', "interval_minutes must be a number"),
        ('[local]\nemergency_number = "call Mary"\n', "emergency_number must be a phone number"),
        ("[privacy]\nhistory_days = 0\n", "history_days must be at least 1"),
        ("[weather]\nsunny = true\n", "unknown section(s) weather"),
    ],
)
def test_a_wrong_value_names_the_file_and_the_key(tmp_path: Path, text: str, words: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(SettingsError) as caught:
        settings = load_settings(path)
        kiosk_settings(settings.kiosk, settings.path)
    message = caught.value.one_line()
    assert str(path) in message and words in message


def test_good_values_are_taken_as_written(tmp_path: Path) -> None:
    pin = hash_pin("2468", "salt", 1000)
    path = _write(
        tmp_path,
        f'[kiosk]\nidle_seconds = 300\nfont_scale = 1.5\npin_hash = "{pin}"\n'
        '[local]\nemergency_number = "112"\n[sync]\nurl = "https://intake.example.org"\n',
    )
    settings = load_settings(path)
    kiosk = kiosk_settings(settings.kiosk, settings.path)
    assert kiosk.idle_seconds == 300 and kiosk.font_scale == 1.5 and kiosk.pin_hash == pin
    assert settings.local.emergency_number == "112"
    assert settings.sync.url == "https://intake.example.org"


def test_a_missing_file_gives_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "nothing.toml")
    assert settings.sync.url == "" and settings.privacy.history_days == 30
