"""The kiosk operator's PIN, stored only as a salted PBKDF2 hash, and checked in constant time."""

from __future__ import annotations

PIN_ITERATIONS = 200_000
SCHEME = "pbkdf2_sha256"


def hash_pin(pin: str, salt: str | None = None, iterations: int = PIN_ITERATIONS) -> str:
    """A line for settings.toml: pbkdf2_sha256$iterations$salt$hex."""
    import hashlib
    import secrets

    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), iterations).hex()
    return f"{SCHEME}${iterations}${salt}${digest}"


def pin_hash_problem(stored: str) -> str | None:
    """Why `stored` cannot be a PIN hash made by `healthref kiosk-pin`, or None."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        return "must be a line made by `healthref kiosk-pin` (pbkdf2_sha256$…)"
    if not parts[1].isdigit() or int(parts[1]) < 1000:
        return "has too few PBKDF2 iterations; make a new one with `healthref kiosk-pin`"
    if len(parts[3]) != 64:
        return "is cut short; make a new one with `healthref kiosk-pin`"
    return None


def pin_matches(pin: str, stored: str) -> bool:
    """Constant-time check of a typed PIN against the stored hash; no hash, no exit."""
    if pin_hash_problem(stored) is not None:
        return False
    import hashlib
    import hmac

    _scheme, iterations, salt, expected = stored.split("$")
    actual = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), int(iterations)).hex()
    return hmac.compare_digest(actual, expected)
