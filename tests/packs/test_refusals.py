"""Every refusal says what is wrong in one line, exits 1, and leaves the installed content as it
was: the app still opens the same verified DB."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from healthref.core.content.database import open_content
from healthref.core.packs import install as installing
from healthref.core.packs.build import PackOptions, build_pack
from healthref.core.packs.keys import generate, load_secret_key
from tests.packs.conftest import Packs, app_paths, write_content
from tests.packs.helpers import bomb_payload, cli, resign, snapshot


@pytest.fixture
def installed(home: Path, packs: Packs, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """v1 installed; returns the snapshot a refusal must leave unchanged."""
    status, _, err = cli(capsys, home, "pack", "install", str(packs.v1))
    assert status == 0, err
    return snapshot(home)


def _refused(
    capsys: pytest.CaptureFixture[str], home: Path, before: dict[str, str], pack: Path, *words: str
) -> str:
    status, _, err = cli(capsys, home, "pack", "install", str(pack))
    assert status == 1
    line = err.strip().splitlines()[-1]
    for word in words:
        assert word in line, line
    assert snapshot(home) == before
    used = app_paths(home)
    connection = open_content(used.content_db, verify_checksum=True)
    try:
        slugs = {row[0] for row in connection.execute("SELECT slug FROM articles")}
    finally:
        connection.close()
    assert slugs == {"alpha", "beta", "gamma"}  # still v1, verified
    return line


def test_bad_signature(
    home: Path,
    packs: Packs,
    installed: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = bytearray(packs.v2.read_bytes())
    manifest_len = int.from_bytes(data[16:20], "big")
    data[20 + manifest_len + 5] ^= 0x01  # inside the signature
    bad = tmp_path / "bad-signature.pack"
    bad.write_bytes(bytes(data))
    _refused(capsys, home, installed, bad, "bad signature")


def test_unknown_signer(
    home: Path, installed: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    generate(tmp_path / "stranger.secret-key", "someone else")
    content = write_content(
        tmp_path / "c", {"a1": "What is a1?", "a2": "What is a2?", "a3": "What is a3?"}
    )
    pack = tmp_path / "stranger.pack"
    build_pack(
        content,
        load_secret_key(tmp_path / "stranger.secret-key"),
        pack,
        PackOptions(released="2028-01-01T00:00:00Z"),
    )
    _refused(capsys, home, installed, pack, "unknown key")


def test_a_flipped_byte_anywhere_is_refused(
    home: Path,
    packs: Packs,
    installed: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = packs.v2.read_bytes()
    positions = sorted(
        {*range(0, 24), *range(0, len(data), max(1, len(data) // 60)), len(data) - 1}
    )
    for position in positions:
        flipped = bytearray(data)
        flipped[position] ^= 0x40
        pack = tmp_path / f"flipped-{position}.pack"
        pack.write_bytes(bytes(flipped))
        _refused(capsys, home, installed, pack)


def test_truncated(
    home: Path,
    packs: Packs,
    installed: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = packs.v2.read_bytes()
    for length in (0, 10, 20, 200, len(data) // 2, len(data) - 1):
        pack = tmp_path / f"cut-{length}.pack"
        pack.write_bytes(data[:length])
        line = _refused(capsys, home, installed, pack)
        assert any(
            word in line for word in ("cut short", "not a healthref content pack", "damaged")
        )
    pack = tmp_path / "cut-payload.pack"
    pack.write_bytes(data[: len(data) - 100])
    _refused(capsys, home, installed, pack, "cut short")


def test_downgrade_needs_allow_downgrade(
    home: Path, packs: Packs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, home, "pack", "install", str(packs.v2))[0] == 0
    before = snapshot(home)
    status, _, err = cli(capsys, home, "pack", "install", str(packs.v1))
    assert status == 1 and "older content" in err and "--allow-downgrade" in err
    assert snapshot(home) == before
    status, _, err = cli(capsys, home, "pack", "install", str(packs.v1), "--allow-downgrade")
    assert status == 0, err
    assert app_paths(home).content_db.parent.name != "" and snapshot(home) != before


def test_pack_for_a_newer_schema(
    home: Path,
    packs: Packs,
    installed: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    newer = resign(
        packs.v2,
        tmp_path / "newer.pack",
        lambda m: dataclasses.replace(m, schema_version=m.schema_version + 1),
    )
    _refused(capsys, home, installed, newer, "newer version of healthref", "update healthref")


def test_not_enough_disk_space(
    home: Path,
    packs: Packs,
    installed: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(installing, "disk_free", lambda _path: 5 * 1024 * 1024)
    _refused(capsys, home, installed, packs.v2, "not enough disk space", "5 MB are free")


def test_files_that_are_not_packs(
    home: Path,
    installed: dict[str, str],
    tmp_path: Path,
    bundled_db: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("just some notes\n", encoding="utf-8")
    empty = tmp_path / "empty.pack"
    empty.write_bytes(b"")
    for path in (text, empty, bundled_db):
        _refused(capsys, home, installed, path, "not a healthref content pack")
    _refused(capsys, home, installed, tmp_path, "folder")
    _refused(capsys, home, installed, tmp_path / "missing.pack", "cannot be read")


def test_decompression_bomb(
    home: Path,
    packs: Packs,
    installed: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bomb = resign(packs.v2, tmp_path / "bomb.pack", lambda m: m, payload=bomb_payload(64 * 2**20))
    assert bomb.stat().st_size < 100_000
    _refused(capsys, home, installed, bomb, "decompression bomb")
    assert not any((home / "content" / "packs").glob(".partial-*"))
