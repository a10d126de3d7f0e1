"""Export → import → import again; damaged, cut and foreign files are refused with a reason."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from healthref.core.suggestions.outbox import Outbox
from healthref.core.suggestions.transfer import TransferError, export_file, read_file
from healthref.core.userdata.database import open_user_db


def _export(outbox: Outbox, tmp_path: Path, count: int = 5) -> Path:
    for n in range(count):
        outbox.save(f"Carried question number {n} on a stick?")
    target = tmp_path / "stick" / "suggestions.zip"
    target.parent.mkdir()
    assert export_file(outbox.pending(), target) == count
    return target


def test_export_import_twice(outbox: Outbox, tmp_path: Path) -> None:
    target = _export(outbox, tmp_path)
    other = Outbox(open_user_db(tmp_path / "other" / "user.db").engine, "test")
    records = read_file(target)
    assert other.add_received(records) == 5
    assert other.add_received(read_file(target)) == 0
    assert other.pending_count() == 5
    assert {r.id for r in other.all()} == {r.id for r in outbox.all()}


def test_receiver_import_twice(outbox: Outbox, tmp_path: Path) -> None:
    from healthref.core.suggestions.sync import wire_record
    from healthref.intake.store import ids, open_store, receive

    target = _export(outbox, tmp_path)
    engine = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    first = receive(engine, [wire_record(r) for r in read_file(target)])
    second = receive(engine, [wire_record(r) for r in read_file(target)])
    assert {r["status"] for r in first} == {"accepted"}
    assert {r["status"] for r in second} == {"duplicate"}
    assert len(ids(engine)) == 5


def test_truncated_file_is_refused(outbox: Outbox, tmp_path: Path) -> None:
    target = _export(outbox, tmp_path)
    data = target.read_bytes()
    for cut in (10, len(data) // 2, len(data) - 30):
        broken = tmp_path / f"cut-{cut}.zip"
        broken.write_bytes(data[:cut])
        with pytest.raises(TransferError, match=r"damaged|cut short|incomplete"):
            read_file(broken)


def test_bit_flip_is_refused(outbox: Outbox, tmp_path: Path) -> None:
    target = _export(outbox, tmp_path)
    with zipfile.ZipFile(target) as archive:
        payload = bytearray(archive.read("suggestions.jsonl"))
        manifest = archive.read("manifest.json")
    payload[20] ^= 0x01
    flipped = tmp_path / "flipped.zip"
    with zipfile.ZipFile(flipped, "w") as archive:
        archive.writestr("suggestions.jsonl", bytes(payload))
        archive.writestr("manifest.json", manifest)
    with pytest.raises(TransferError, match="do not match the manifest"):
        read_file(flipped)
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 3] ^= 0xFF
    target.write_bytes(bytes(raw))
    with pytest.raises(TransferError):
        read_file(target)


@pytest.mark.parametrize("kind", ["text", "other-zip", "no-manifest", "wrong-count", "json"])
def test_foreign_files_are_refused(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "file.zip"
    if kind == "text":
        path.write_text("hello, this is a shopping list")
    elif kind == "json":
        path.write_text(json.dumps({"suggestions": []}))
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("photo.jpg", b"\xff\xd8\xff")
            if kind == "wrong-count":
                archive.writestr("suggestions.jsonl", b"")
                import hashlib

                archive.writestr(
                    "manifest.json",
                    json.dumps(
                        {
                            "format": "healthref-suggestions",
                            "version": 1,
                            "count": 3,
                            "sha256": hashlib.sha256(b"").hexdigest(),
                        }
                    ),
                )
            elif kind == "no-manifest":
                archive.writestr("suggestions.jsonl", b"{}")
    with pytest.raises(TransferError) as caught:
        read_file(path)
    assert str(path) in str(caught.value)


def test_the_file_format_on_the_stick(outbox: Outbox, tmp_path: Path) -> None:
    # What another program (the receiver's import, a person with an unzip tool) relies on.
    outbox.save("Is it safe to eat papaya during pregnancy?", "asked by a café owner")
    target = tmp_path / "out.zip"
    assert export_file(outbox.pending(), target) == 1
    with zipfile.ZipFile(target) as archive:
        names = [info.filename for info in archive.infolist()]
        assert names == ["suggestions.jsonl", "manifest.json"]  # the manifest written last
        assert {i.compress_type for i in archive.infolist()} == {zipfile.ZIP_DEFLATED}
        payload = archive.read("suggestions.jsonl")
        manifest = json.loads(archive.read("manifest.json"))
    assert set(manifest) == {"format", "version", "count", "sha256", "created_at", "app_version"}
    assert (manifest["format"], manifest["version"], manifest["count"]) == (
        "healthref-suggestions",
        1,
        1,
    )
    assert "café".encode() in payload  # UTF-8 text a person can read, not \\u escapes
    (line,) = payload.decode().splitlines()
    assert list(json.loads(line)) == sorted(json.loads(line))  # keys in a stable order
    assert payload.endswith(b"\n")


def test_an_empty_export_reads_back_empty(tmp_path: Path) -> None:
    target = tmp_path / "none.zip"
    assert export_file([], target) == 0
    with zipfile.ZipFile(target) as archive:
        assert archive.read("suggestions.jsonl") == b""
    assert read_file(target) == []
