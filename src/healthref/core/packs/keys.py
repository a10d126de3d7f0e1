"""Ed25519 key files: make a key pair, read a secret key."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from healthref.core.packs.errors import PackError
from healthref.core.packs.signers import TRUSTED_KEYS_FILE, Signer

SECRET_LINE = "ed25519-secret-key:"
PUBLIC_LINE = "ed25519-public-key:"
DEVELOPMENT_SECRET_KEY = "DEVELOPMENT-ONLY.secret-key"


def public_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def generate(secret_path: Path, label: str) -> Signer:
    """Write a new secret key file (mode 600) and its .public twin; refuse to overwrite."""
    public_path = secret_path.with_suffix(".public")
    for path in (secret_path, public_path):
        if path.exists():
            raise PackError("exists", f"{path} already exists; not overwritten")
    key = Ed25519PrivateKey.generate()
    secret_hex = key.private_bytes_raw().hex()
    note = f"# {label}\n# SECRET: keep this file off clinic machines and out of the repository.\n"
    secret_path.parent.mkdir(parents=True, exist_ok=True)
    with secret_path.open("x", encoding="utf-8") as handle:
        secret_path.chmod(0o600)
        handle.write(f"{note}{SECRET_LINE} {secret_hex}\n")
    signer = Signer(label, public_hex(key))
    public_path.write_text(
        f"# {label}\n"
        f"# Public key: add it to resources/{TRUSTED_KEYS_FILE} or [packs] trusted_keys.\n"
        f"{PUBLIC_LINE} {signer.public_hex}\n",
        encoding="utf-8",
    )
    return signer


def _key_line(path: Path, prefix: str) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError("key", f"cannot read the key file {path} ({exc})") from exc
    for line in lines:
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    raise PackError("key", f"{path} is not a healthref key file (no '{prefix}' line)")


def load_secret_key(path: Path) -> Ed25519PrivateKey:
    """The secret key in a file written by `healthref pack keygen`."""
    value = _key_line(path, SECRET_LINE)
    try:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(value))
    except ValueError as exc:
        raise PackError("key", f"{path} does not hold a valid Ed25519 secret key") from exc
