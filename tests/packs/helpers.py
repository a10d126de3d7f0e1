"""Helpers for pack tests: run the CLI in-process, snapshot installed content, re-sign packs."""

from __future__ import annotations

import dataclasses
import hashlib
import lzma
from collections.abc import Callable
from pathlib import Path

import pytest

from healthref.cli.dispatch import run_command
from healthref.core.packs.container import header, read_raw
from healthref.core.packs.keys import load_secret_key
from healthref.core.packs.manifest import Manifest
from tests.packs.conftest import DEV_SECRET


def cli(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str, str]:
    status = run_command([*args, "--home", str(home)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def snapshot(home: Path) -> dict[str, str]:
    """Every file under <home>/content with its SHA-256."""
    root = home / "content"
    if not root.exists():
        return {}
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def resign(
    pack: Path,
    out: Path,
    change: Callable[[Manifest], Manifest],
    payload: bytes | None = None,
) -> Path:
    """A copy of `pack` with its manifest changed (and optionally another payload), signed
    again with the development key, so only the change itself can make it fail."""
    raw = read_raw(pack)
    assert raw is not None
    data = pack.read_bytes()[raw.payload_offset :] if payload is None else payload
    manifest = change(Manifest.from_bytes(raw.manifest_bytes))
    manifest = dataclasses.replace(
        manifest, payload_size=len(data), payload_sha256=hashlib.sha256(data).hexdigest()
    )
    signed = header(manifest.to_bytes())
    out.write_bytes(signed + load_secret_key(DEV_SECRET).sign(signed) + data)
    return out


def bomb_payload(size: int) -> bytes:
    return lzma.compress(b"\0" * size, format=lzma.FORMAT_XZ)
