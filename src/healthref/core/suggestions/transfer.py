"""Carry suggestions on a USB stick: a zip with suggestions.jsonl and, written last, a manifest
with their count and SHA-256. The file is read back before export reports success; damaged,
truncated or foreign files are refused with a reason."""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from healthref import __version__
from healthref.core.failures import KnownFailure
from healthref.core.suggestions.outbox import now_iso
from healthref.core.suggestions.record import RecordInvalid, WireSuggestion
from healthref.core.suggestions.rules import SuggestionRejected, check_suggestion
from healthref.core.suggestions.sync import wire_record

FORMAT = "healthref-suggestions"
FORMAT_VERSION = 1
RECORDS, MANIFEST = "suggestions.jsonl", "manifest.json"
MAX_FILE_BYTES = 50_000_000


class TransferError(KnownFailure):
    """The file cannot be written or is not a sound export; the message says why."""


def _records_bytes(records: Sequence[WireSuggestion]) -> bytes:
    lines = [json.dumps(wire_record(r), ensure_ascii=False, sort_keys=True) for r in records]
    return ("\n".join(lines) + ("\n" if lines else "")).encode()


def export_file(records: Sequence[WireSuggestion], target: Path) -> int:
    """Write `records` to `target` atomically and verify by reading it back."""
    payload = _records_bytes(records)
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "count": len(records),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "created_at": now_iso(),
        "app_version": __version__,
    }
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(RECORDS, payload)
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))  # last, on purpose
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise TransferError(f"could not write {target}: {exc.strerror or exc}") from exc
    read_back = read_file(target)
    if [r.id for r in read_back] != [r.id for r in records]:
        raise TransferError(f"{target} did not read back the same; try another drive")
    return len(records)


def _record(data: object, line: int) -> WireSuggestion:
    """One line of an export file, held to the same rules as a typed suggestion."""
    try:
        record = WireSuggestion.from_wire(data)
        clean = check_suggestion(record.text, record.note)  # the category is kept as sent
    except (RecordInvalid, SuggestionRejected) as exc:
        raise TransferError(f"line {line} is not a valid suggestion: {exc}") from exc
    return replace(record, text=clean.text, note=clean.note)


def _read_bounded(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's bytes, never more than MAX_FILE_BYTES whatever its header claims."""
    with archive.open(name) as member:
        data = member.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise TransferError("the file is too large to be a suggestions file")
    return data


def read_file(source: Path) -> list[WireSuggestion]:
    """The suggestions in an export file, or TransferError saying what is wrong with it."""
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            raise TransferError(f"{source} is too large to be a suggestions file")
        with zipfile.ZipFile(source) as archive:
            names = archive.namelist()
            if MANIFEST not in names or RECORDS not in names:
                raise TransferError(f"{source} is incomplete: it has no manifest")
            unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > MAX_FILE_BYTES or len(names) > 2:
                raise TransferError(f"{source} is too large to be a suggestions file")
            manifest = json.loads(_read_bounded(archive, MANIFEST))
            payload = _read_bounded(archive, RECORDS)
    except FileNotFoundError as exc:
        raise TransferError(f"{source} does not exist") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise TransferError(f"{source} is damaged or cut short, or not a suggestions file") from exc
    except (OSError, ValueError, zipfile.LargeZipFile) as exc:
        raise TransferError(f"{source} cannot be read ({exc})") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise TransferError(f"{source} is not a healthref suggestions file")
    if manifest.get("version") != FORMAT_VERSION:
        raise TransferError(f"{source} is from another version (format {manifest.get('version')})")
    if hashlib.sha256(payload).hexdigest() != manifest.get("sha256"):
        raise TransferError(f"{source} is damaged: its contents do not match the manifest")
    try:
        lines = [json.loads(line) for line in payload.decode().splitlines() if line.strip()]
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise TransferError(f"{source} is damaged: a line is not readable") from exc
    if len(lines) != manifest.get("count"):
        raise TransferError(
            f"{source} is damaged: it should hold {manifest.get('count')} "
            f"suggestions but holds {len(lines)}"
        )
    return [_record(data, number) for number, data in enumerate(lines, start=1)]
