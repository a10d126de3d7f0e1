"""Export files at their edges: records held to the typed rules, a line named when it is bad,
the size limit to the byte, and files with something extra or from something else."""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from pathlib import Path

import pytest

from healthref.core.suggestions import transfer
from healthref.core.suggestions.transfer import TransferError, read_file


def _write(path: Path, records: list[dict[str, object]], **manifest: object) -> Path:
    """An export file as another machine (or another program) could have written it."""
    payload = "".join(json.dumps(r) + "\n" for r in records).encode()
    fields: dict[str, object] = {
        "format": "healthref-suggestions",
        "version": 1,
        "count": len(records),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("suggestions.jsonl", payload)
        archive.writestr("manifest.json", json.dumps({**fields, **manifest}))
    return path


def _record(text: str, note: str = "") -> dict[str, object]:
    return {"id": str(uuid.uuid4()), "text": text, "note": note, "category": "Symptoms"}


def test_records_are_tidied_like_typed_text(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "f.zip",
        [_record("  What  is a\u200b normal   pulse?  ", "seen  in clinic\n\n twice")],
    )
    (record,) = read_file(path)
    assert record.text == "What is a normal pulse?"
    assert record.note == "seen in clinic\ntwice"
    assert record.category == "Symptoms"  # kept as sent


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        (_record("Call me on +254 712 345 678 about malaria"), "phone number"),
        (_record("Why do I get headaches so often?", "mail a@b.co"), "e-mail"),
    ],
)
def test_a_bad_record_is_refused_by_its_line_number(
    tmp_path: Path, bad: dict[str, object], why: str
) -> None:
    path = _write(tmp_path / "f.zip", [_record("Is the first line fine?"), bad])
    with pytest.raises(TransferError, match=rf"^line 2 is not a valid suggestion: .*{why}"):
        read_file(path)


def test_the_size_limit_holds_to_the_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A short random line barely compresses: the file is larger than what it unpacks to.
    # Letters only: a random run of digits could read as a phone number and be refused.
    text = uuid.uuid4().hex.translate(str.maketrans("0123456789", "ghijklmnop"))
    spread = _write(tmp_path / "spread.zip", [{"id": str(uuid.uuid4()), "text": text}])
    on_disk = spread.stat().st_size
    with zipfile.ZipFile(spread) as archive:
        assert sum(info.file_size for info in archive.infolist()) < on_disk
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", on_disk)
    assert len(read_file(spread)) == 1
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", on_disk - 1)
    with pytest.raises(TransferError, match="too large to be a suggestions file"):
        read_file(spread)
    # The same question again and again packs small: what it unpacks to is the limit.
    packed = _write(tmp_path / "packed.zip", [_record("Why " + "so " * 90 + "tired?")] * 20)
    with zipfile.ZipFile(packed) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    assert packed.stat().st_size < unpacked
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", unpacked)
    assert len(read_file(packed)) == 20
    monkeypatch.setattr(transfer, "MAX_FILE_BYTES", unpacked - 1)
    with pytest.raises(TransferError, match="too large to be a suggestions file"):
        read_file(packed)


def test_a_file_with_something_extra_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "f.zip", [_record("Is the only line fine?")])
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("notes.txt", b"a few bytes")
    with pytest.raises(TransferError, match="is too large to be a suggestions file"):
        read_file(path)


def test_a_file_of_another_format_is_named_as_such(tmp_path: Path) -> None:
    path = _write(tmp_path / "f.zip", [_record("Is the only line fine?")], format="shopping-list")
    with pytest.raises(TransferError, match=r"is not a healthref suggestions file$"):
        read_file(path)
