"""Every bad input the hardening review found gets one clear line and exit 1 (or 2 for usage),
never a traceback; nothing unverified is trusted."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from healthref.core.suggestions.rules import SuggestionRejected, check_suggestion
from healthref.core.suggestions.transfer import TransferError, export_file, read_file
from tests.conftest import BUNDLED_DB


def run(home: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEALTHREF_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "healthref", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _one_clear_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (1, 2), result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("healthref")]
    assert lines, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def test_serve_intake_port_out_of_range(tmp_path: Path) -> None:
    result = run(tmp_path, "serve-intake", "--port", "99999", "--token", "a-long-token")
    _one_clear_line(result, "port")


def test_serve_intake_db_not_a_url(tmp_path: Path) -> None:
    result = run(tmp_path, "serve-intake", "--db", "notaurl", "--token", "a-long-token")
    _one_clear_line(result, "notaurl")


def test_intake_list_db_in_a_missing_folder(tmp_path: Path) -> None:
    result = run(tmp_path, "intake-list", "--db", "sqlite:////nonexistent/dir/x.db")
    _one_clear_line(result, "/nonexistent/dir/x.db")


@pytest.mark.parametrize("url", ["notaurl", "http://[::1", "http://example.org:99999/x"])
def test_sync_with_a_bad_url(tmp_path: Path, url: str) -> None:
    run(tmp_path, "suggest", "How do I treat a bee sting at home?")
    result = run(tmp_path, "sync", "--url", url, "--token", "a-long-token")
    _one_clear_line(result)
    assert json.loads(run(tmp_path, "suggestions", "--json").stdout)[0]["status"] == "pending"


@pytest.mark.parametrize("command", [("doctor",), ("suggestions",), ("show", "what-causes-sepsis")])
def test_a_closed_pipe_is_not_a_traceback(tmp_path: Path, command: tuple[str, ...]) -> None:
    run(tmp_path, "suggest", "How do I treat a bee sting at home?")
    env = {**os.environ, "HEALTHREF_HOME": str(tmp_path)}
    shell = subprocess.run(
        f"{sys.executable} -m healthref {' '.join(command)} | head -1",
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in shell.stderr and "BrokenPipe" not in shell.stderr, shell.stderr


def test_a_home_that_cannot_be_made(tmp_path: Path) -> None:
    # A file where the folder should be: unwritable even for root, unlike permission bits.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = run(blocker / "home", "suggest", "How do I treat a bee sting at home?")
    _one_clear_line(result, str(blocker / "home"))


def test_a_healthy_user_db_in_a_read_only_folder_is_read_not_moved(tmp_path: Path) -> None:
    home = tmp_path / "home"
    run(home, "suggest", "How do I treat a bee sting at home?")
    before = sorted(p.name for p in home.iterdir())
    home.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        listing = run(home, "suggestions", "--json")
    finally:
        home.chmod(stat.S_IRWXU)
    assert listing.returncode == 0, listing.stderr
    assert json.loads(listing.stdout)[0]["text"] == "How do I treat a bee sting at home?"
    assert sorted(p.name for p in home.iterdir()) == before  # nothing moved aside


def _export_with(tmp_path: Path, records: list[object]) -> Path:
    """An export file whose records are replaced by `records` (manifest and checksum valid)."""
    import hashlib

    from healthref.core.suggestions.record import WireSuggestion

    good = tmp_path / "good.zip"
    export_file(
        [WireSuggestion("6d4d4c04-ca26-4f7c-a81e-7b97b66e0a1d", "How is a bee sting treated?")],
        good,
    )
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        names = archive.namelist()
    payload = "\n".join(json.dumps(r) for r in records).encode() + b"\n"
    manifest.update(count=len(records), sha256=hashlib.sha256(payload).hexdigest())
    bad = tmp_path / "bad.zip"
    records_name = next(n for n in names if n != "manifest.json")
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr(records_name, payload)
        archive.writestr("manifest.json", json.dumps(manifest))
    return bad


@pytest.mark.parametrize(
    "field",
    [{"times_asked": "many"}, {"times_asked": {"a": 1}}, {"times_asked": 1e400}, {"note": 5}],
)
def test_import_refuses_badly_typed_records(tmp_path: Path, field: dict[str, object]) -> None:
    record: dict[str, object] = {
        "id": "4b53bdf4-75c5-4332-82bd-15857953eddd",
        "text": "How is a spider bite treated?",
        **field,
    }
    with pytest.raises(TransferError):
        read_file(_export_with(tmp_path, [record]))


def test_import_refuses_deep_nesting(tmp_path: Path) -> None:
    path = tmp_path / "deep.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("suggestions.jsonl", "[" * 100_000 + "]" * 100_000 + "\n")
        archive.writestr("manifest.json", json.dumps({"format": "x"}))
    with pytest.raises(TransferError):
        read_file(path)


@pytest.mark.parametrize(
    "text",
    [
        "Email me at someone@example.org please",  # the rule as typed
        "Call +254 712 345 678 about my results",
        "Read more on example．com about fevers",  # a full-width dot
        "What about z͑͑͑͑͑͑͑͑͑͑͑ fever in children?",  # eleven combining marks on one letter
    ],
)
def test_imported_text_passes_the_same_rules_as_typed_text(tmp_path: Path, text: str) -> None:
    with pytest.raises(SuggestionRejected):
        check_suggestion(text, "", "", ())
    record = {"id": "4b53bdf4-75c5-4332-82bd-15857953eddd", "text": text}
    with pytest.raises(TransferError):
        read_file(_export_with(tmp_path, [record]))


def test_control_characters_never_reach_the_stored_text() -> None:
    clean = check_suggestion("What is this \x00 fever \x1b[31m in children?", "", "", ())
    assert "\x00" not in clean.text and "\x1b" not in clean.text


def test_the_size_limit_applies_to_what_is_decompressed(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("suggestions.jsonl", b" " * (200 * 1024 * 1024))
        archive.writestr("manifest.json", b"{}")
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(TransferError) as caught:
        read_file(bomb)
    assert "too large" in str(caught.value)


def test_doctor_runs_sqlite_and_fts5_integrity_checks(tmp_path: Path) -> None:
    damaged = tmp_path / "articles.db"
    shutil.copy(BUNDLED_DB, damaged)
    healthy = run(tmp_path / "home", "--content-db", str(damaged), "doctor")
    assert "SQLite and FTS5 integrity checks passed" in healthy.stdout, healthy.stdout
    # Damage the FTS index itself (one block of its term index zeroed), then recompute the
    # checksum so only FTS5's own check can tell.
    connection = sqlite3.connect(damaged)
    blocks = [row[0] for row in connection.execute("SELECT id FROM article_fts_data ORDER BY id")]
    connection.execute(
        "UPDATE article_fts_data SET block = zeroblob(length(block)) WHERE id = ?",
        (blocks[len(blocks) // 2],),
    )
    from healthref.core.content.checksum import content_checksum, table_checksums

    for table, value in table_checksums(connection).items():
        connection.execute(
            "UPDATE meta SET value = ? WHERE key = ?", (value, f"table_checksum:{table}")
        )
    connection.execute(
        "UPDATE meta SET value = ? WHERE key = 'content_checksum'", (content_checksum(connection),)
    )
    connection.commit()
    connection.close()
    result = run(tmp_path / "home", "--content-db", str(damaged), "doctor")
    assert result.returncode == 1 and "search index is damaged" in result.stdout, result.stdout


def test_build_check_compares_the_whole_file(tmp_path: Path) -> None:
    copy = tmp_path / "articles.db"
    shutil.copy(BUNDLED_DB, copy)
    connection = sqlite3.connect(copy)
    connection.execute("PRAGMA user_version = 7")  # outside every table the checksum covers
    connection.commit()
    connection.close()
    content = Path(__file__).resolve().parents[2] / "content"
    result = run(tmp_path, "build", "--content", str(content), "--out", str(copy), "--check")
    assert result.returncode == 1 and "differs" in result.stderr, result.stderr
