"""Who is trusted to sign packs: resources/trusted-keys.toml plus the operator's settings.
Stdlib only, so the window can name a signer without loading the cryptography package."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from healthref.core.packs.errors import PackError

TRUSTED_KEYS_FILE = "trusted-keys.toml"


@dataclass(frozen=True)
class Signer:
    """A public key the app trusts, with the name shown as "from <name>"."""

    name: str
    public_hex: str
    development: bool = False

    @property
    def key_id(self) -> str:
        return key_id(self.public_hex)


def key_id(public_hex: str) -> str:
    """A short, stable name for a public key (the first 16 hex digits of its SHA-256)."""
    import hashlib

    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]


def trusted_signers(resources: Path, operator_keys: tuple[str, ...] = ()) -> list[Signer]:
    """The signers in resources/trusted-keys.toml, then those the operator added in settings."""
    import tomllib

    path = resources / TRUSTED_KEYS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        data = {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackError("key", f"cannot read the trusted keys {path} ({exc})") from exc
    signers = [
        Signer(str(entry["name"]), str(entry["public_key"]), bool(entry.get("development")))
        for entry in data.get("key", [])
        if isinstance(entry, dict) and "name" in entry and "public_key" in entry
    ]
    signers += [Signer(f"operator key {key_id(hex_)}", hex_) for hex_ in operator_keys]
    return signers
