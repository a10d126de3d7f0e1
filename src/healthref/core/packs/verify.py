"""Decide whether a pack file can be trusted: format, signer, signature, size and SHA-256."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from healthref.core.content.schema import SCHEMA_VERSION
from healthref.core.packs.container import payload_sha256, read_raw
from healthref.core.packs.errors import PackError
from healthref.core.packs.manifest import Manifest
from healthref.core.packs.signers import Signer, key_id

# Refuse packs that claim to expand beyond this (about 8 GiB) before touching the disk.
MAX_DB_SIZE = 8 * 1024**3


@dataclass(frozen=True)
class VerifiedPack:
    """A pack whose signature, signer and payload have been checked."""

    path: Path
    manifest: Manifest
    signer: Signer
    manifest_bytes: bytes
    signature: bytes
    payload_offset: int


def _read(path: Path) -> tuple[Manifest, bytes, bytes, bytes, int, int]:
    try:
        raw = read_raw(path)
    except IsADirectoryError as exc:
        raise PackError("not-a-pack", f"{path} is a folder, not a content pack") from exc
    except OSError as exc:
        raise PackError("unreadable", f"{path} cannot be read ({exc.strerror or exc})") from exc
    if raw is None:
        raise PackError("not-a-pack", f"{path} is not a healthref content pack")
    if len(raw.signature) < 64:
        raise PackError("truncated", f"{path} is cut short (it ends inside its header)")
    manifest = Manifest.from_bytes(raw.manifest_bytes)
    return (
        manifest,
        raw.signed,
        raw.manifest_bytes,
        raw.signature,
        raw.payload_offset,
        raw.payload_size,
    )


def read_unverified(path: Path) -> Manifest:
    """The manifest as written, trusted or not (for `pack verify` to print)."""
    return _read(path)[0]


def verify_pack(path: Path, signers: list[Signer], *, check_schema: bool = True) -> VerifiedPack:
    """The pack, verified; PackError naming the first thing wrong."""
    manifest, signed, manifest_bytes, signature, offset, size = _read(path)
    signer = next((s for s in signers if s.public_hex == manifest.signer_public_key), None)
    if signer is None:
        raise PackError(
            "unknown-signer",
            f"{path} is signed by an unknown key ({_short(manifest.signer_public_key)}); "
            "only packs from trusted signers are installed",
        )
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(signer.public_hex)).verify(
            signature, signed
        )
    except InvalidSignature as exc:
        raise PackError(
            "bad-signature", f"{path} has a bad signature: it was changed after it was signed"
        ) from exc
    if size < manifest.payload_size:
        raise PackError(
            "truncated", f"{path} is cut short ({size} of {manifest.payload_size} content bytes)"
        )
    if size > manifest.payload_size or payload_sha256(path, offset) != manifest.payload_sha256:
        raise PackError("damaged", f"{path} is damaged: its content does not match its signature")
    if check_schema and manifest.schema_version != SCHEMA_VERSION:
        newer = manifest.schema_version > SCHEMA_VERSION
        raise PackError(
            "schema",
            f"{path} is for {'a newer' if newer else 'an older'} version of healthref "
            f"(content schema {manifest.schema_version}; this app reads {SCHEMA_VERSION})"
            + ("; update healthref first" if newer else ""),
        )
    if manifest.db_size > MAX_DB_SIZE:
        raise PackError("too-large", f"{path} claims {manifest.db_size} bytes of content; refused")
    return VerifiedPack(path, manifest, signer, manifest_bytes, signature, offset)


def _short(public_hex: str) -> str:
    try:
        return key_id(public_hex)
    except ValueError:
        return "unreadable key"
