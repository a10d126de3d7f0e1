"""The suggestion commands end to end, as a clinic would use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from healthref.core.desktop.virtual_keyboard import ENV, MODULE, enable_if_available
from healthref.core.settings.kiosk import pin_matches
from tests.suggestions.conftest import TOKEN, receiver_url, start_receiver


def run(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HEALTHREF_SYNC_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "healthref", "--home", str(home), *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        timeout=120,
    )


def test_suggest_list_export_import_and_sync(tmp_path: Path) -> None:
    clinic, hub = tmp_path / "clinic", tmp_path / "hub"
    assert run(clinic, "suggest", "How", "is", "a", "bee", "sting", "treated?").returncode == 0
    again = run(clinic, "suggest", "how is a BEE sting treated")
    assert "one more ask" in again.stdout
    refused = run(clinic, "suggest", "Call 0712 345 678 about my test results")
    assert refused.returncode == 1 and "phone number" in refused.stderr
    listed = json.loads(run(clinic, "suggestions", "--json").stdout)
    assert len(listed) == 1 and listed[0]["times_asked"] == 2 and listed[0]["status"] == "pending"

    stick = tmp_path / "stick.zip"
    assert run(clinic, "export-suggestions", str(stick)).returncode == 0
    first = run(hub, "import-suggestions", str(stick))
    second = run(hub, "import-suggestions", str(stick))
    assert first.stdout.startswith("1 new") and second.stdout.startswith("0 new")

    server = start_receiver(tmp_path)
    try:
        sent = run(hub, "sync", "--url", receiver_url(server), "--token", TOKEN)
        assert sent.returncode == 0, sent.stderr
        assert "sent 1" in sent.stdout
        status = json.loads(run(hub, "suggestions", "--json").stdout)
        assert status[0]["status"] == "sent" and status[0]["id"] == listed[0]["id"]
    finally:
        server.stop()


def test_sync_without_a_receiver_says_how_to_set_one(tmp_path: Path) -> None:
    result = run(tmp_path, "sync")
    assert result.returncode == 1 and "--url" in result.stderr and "settings.toml" in result.stderr


def test_sync_to_a_dead_receiver_keeps_everything(tmp_path: Path) -> None:
    run(tmp_path, "suggest", "What is a normal heart rate for a baby?")
    result = run(tmp_path, "sync", "--url", "http://127.0.0.1:9", "--token", TOKEN)
    assert result.returncode == 1 and "could not reach" in result.stderr
    assert json.loads(run(tmp_path, "suggestions", "--json").stdout)[0]["status"] == "pending"


def test_damaged_export_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    result = run(tmp_path, "import-suggestions", str(bad))
    assert result.returncode == 1 and "bad.zip" in result.stderr
    assert "Traceback" not in result.stderr


def test_intake_commands(tmp_path: Path) -> None:
    run(tmp_path, "suggest", "How do I clean a baby's ears safely?")
    stick = tmp_path / "s.zip"
    run(tmp_path, "export-suggestions", str(stick))
    loaded = run(tmp_path, "intake-import", str(stick))
    assert loaded.stdout.startswith("1 new")
    assert run(tmp_path, "intake-import", str(stick)).stdout.startswith("0 new, 1 already")
    listing = run(tmp_path, "intake-list")
    assert "How do I clean a baby's ears safely?" in listing.stdout
    short = run(tmp_path, "serve-intake", "--token", "short")
    assert short.returncode == 1 and "8 or more" in short.stderr


def test_kiosk_pin_prints_a_hash_not_the_pin(tmp_path: Path) -> None:
    result = run(tmp_path, "kiosk-pin", stdin="8642\n")
    assert result.returncode == 0
    line = result.stdout.strip()
    assert line.startswith('pin_hash = "pbkdf2_sha256$') and "8642" not in line
    assert pin_matches("8642", line.split('"')[1])
    assert run(tmp_path, "kiosk-pin", stdin="12\n").returncode == 1


def test_bad_kiosk_settings_stop_kiosk_mode(tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "settings.toml").write_text("[kiosk]\nidle_seconds = 'soon'\n")
    result = run(tmp_path, "--kiosk")
    assert result.returncode == 1 and "idle_seconds" in result.stderr
    doctor = run(tmp_path, "doctor")
    assert "FAIL settings" in doctor.stdout


def test_virtual_keyboard_switch(monkeypatch: object, tmp_path: Path) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setattr("healthref.core.desktop.virtual_keyboard.plugin_path", lambda: None)
    assert enable_if_available() is False and ENV not in os.environ
    monkeypatch.setattr(
        "healthref.core.desktop.virtual_keyboard.plugin_path",
        lambda: tmp_path / "libqtvirtualkeyboardplugin.so",
    )
    assert enable_if_available() is True and os.environ[ENV] == MODULE
