"""The client refuses to send its token over plain http:// to another machine unless the
operator sets `allow_insecure_http = true`; loopback and https are always allowed."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
from pathlib import Path

import pytest

from healthref.core.settings.file import SettingsError, load_settings
from healthref.core.suggestions.outbox import Outbox
from healthref.core.suggestions.sync import insecure_url_refusal, sync_once
from healthref.core.userdata.database import open_user_db

REMOTE = "http://192.0.2.10:8765"  # TEST-NET-1: never contacted by these tests


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    user_db = open_user_db(tmp_path / "user.db")
    box = Outbox(user_db.engine, "test")
    box.save("Is the token safe on a clinic network?")
    return box


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every request the client tries to make; each fails as if the host were down."""
    seen: list[str] = []

    def fake_urlopen(request: object, timeout: float) -> object:
        seen.append(request.full_url)  # type: ignore[attr-defined]
        raise urllib.error.URLError("unreachable in tests")

    monkeypatch.setattr("healthref.core.suggestions.sync.urllib.request.urlopen", fake_urlopen)
    return seen


def test_plain_http_to_another_host_is_refused_before_any_request(
    outbox: Outbox, attempts: list[str]
) -> None:
    report = sync_once(outbox, REMOTE, "token-123")
    assert "allow_insecure_http" in report.error and report.retry_at is None
    assert attempts == []
    assert outbox.pending_count() == 1 and outbox.all()[0].attempts == 0


def test_the_operator_may_allow_plain_http(outbox: Outbox, attempts: list[str]) -> None:
    report = sync_once(outbox, REMOTE, "token-123", allow_insecure_http=True)
    assert attempts == [f"{REMOTE}/v1/suggestions"] and "could not reach" in report.error


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765",
        "http://127.9.9.9",
        "http://localhost:8765",
        "http://[::1]:8765",
        "https://192.0.2.10",
        "https://intake.example.org",
    ],
)
def test_loopback_and_https_are_allowed(url: str) -> None:
    assert insecure_url_refusal(url) is None


@pytest.mark.parametrize("url", [REMOTE, "http://intake.example.org", "http://10.0.0.5:80"])
def test_other_plain_http_hosts_are_refused(url: str) -> None:
    assert insecure_url_refusal(url) is not None
    assert insecure_url_refusal(url, allow_insecure_http=True) is None


def test_settings_carry_allow_insecure_http(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    assert load_settings(settings).sync.allow_insecure_http is False
    settings.write_text(f'[sync]\nurl = "{REMOTE}"\nallow_insecure_http = true\n')
    assert load_settings(settings).sync.allow_insecure_http is True
    settings.write_text('[sync]\nallow_insecure_http = "yes"\n')
    with pytest.raises(SettingsError, match="allow_insecure_http"):
        load_settings(settings)


def test_healthref_sync_refuses_plain_http_with_a_reason(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "HEALTHREF_SYNC_TOKEN"}
    command = [sys.executable, "-m", "healthref", "--home", str(tmp_path)]
    saved = subprocess.run(
        [*command, "suggest", "Is the token safe on a clinic network?"], env=env, timeout=60
    )
    assert saved.returncode == 0
    result = subprocess.run(
        [*command, "sync", "--url", REMOTE, "--token", "token-123"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1 and "allow_insecure_http" in result.stderr
    assert "Traceback" not in result.stderr
