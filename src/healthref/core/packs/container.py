"""The pack file: magic, manifest length, manifest, Ed25519 signature, compressed DB.

The signature covers magic, length and manifest; the manifest holds the compressed payload's
size and SHA-256, so a changed byte anywhere is found before anything is decompressed."""

from __future__ import annotations

import hashlib
import lzma
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"healthref-pack\x00\x01"
SIGNATURE_SIZE = 64
MAX_MANIFEST = 4 * 1024 * 1024
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class RawPack:
    """A pack file's parts, read but not yet trusted."""

    signed: bytes  # magic + length + manifest bytes: what the signature covers
    manifest_bytes: bytes
    signature: bytes
    payload_offset: int
    payload_size: int


def header(manifest_bytes: bytes) -> bytes:
    return MAGIC + len(manifest_bytes).to_bytes(4, "big") + manifest_bytes


def read_raw(path: Path) -> RawPack | None:
    """The parts of a pack file; None when the file is not a pack at all."""
    with path.open("rb") as handle:
        magic = handle.read(len(MAGIC))
        if magic != MAGIC:
            return None
        length_bytes = handle.read(4)
        length = int.from_bytes(length_bytes, "big")
        if len(length_bytes) < 4 or length > MAX_MANIFEST:
            return None
        manifest_bytes = handle.read(length)
        signature = handle.read(SIGNATURE_SIZE)
        offset = handle.tell()
    size = path.stat().st_size
    return RawPack(
        MAGIC + length_bytes + manifest_bytes,
        manifest_bytes,
        signature,
        offset,
        max(0, size - offset),
    )


def payload_chunks(path: Path, offset: int) -> Iterator[bytes]:
    with path.open("rb") as handle:
        handle.seek(offset)
        while chunk := handle.read(CHUNK):
            yield chunk


def payload_sha256(path: Path, offset: int) -> str:
    digest = hashlib.sha256()
    for chunk in payload_chunks(path, offset):
        digest.update(chunk)
    return digest.hexdigest()


def compress(db: Path, out: BinaryIO) -> tuple[int, str]:
    """Write db xz-compressed to out; return the payload's size and SHA-256."""
    # Preset 6: an 8 MiB dictionary, so expanding needs about 9 MiB of memory on an old laptop;
    # higher presets made no smaller packs here (benchmarks/packs.py) and cost far more time.
    compressor = lzma.LZMACompressor(preset=6)
    digest, size = hashlib.sha256(), 0
    with db.open("rb") as source:
        while chunk := source.read(CHUNK):
            for piece in (compressor.compress(chunk),):
                digest.update(piece)
                size += out.write(piece)
    tail = compressor.flush()
    digest.update(tail)
    size += out.write(tail)
    return size, digest.hexdigest()


class TooLarge(Exception):
    """The payload expands beyond the size its manifest declares."""


def decompress(path: Path, offset: int, limit: int, out: BinaryIO) -> tuple[int, str]:
    """Expand the payload into out, never writing more than `limit` bytes (TooLarge if it would:
    a decompression bomb); return the size written and its SHA-256."""
    decompressor = lzma.LZMADecompressor(format=lzma.FORMAT_XZ)
    digest, size = hashlib.sha256(), 0
    for chunk in payload_chunks(path, offset):
        data = chunk
        while data or not decompressor.needs_input:
            piece = decompressor.decompress(data, max_length=CHUNK)
            data = b""
            size += len(piece)
            if size > limit:
                raise TooLarge
            digest.update(piece)
            out.write(piece)
            if decompressor.eof:
                break
        if decompressor.eof:
            break
    if not decompressor.eof:
        raise lzma.LZMAError("the compressed data ends early")
    return size, digest.hexdigest()
