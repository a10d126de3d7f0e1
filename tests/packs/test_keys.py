"""Key files from `healthref pack keygen`: never overwritten, and a file that is not a secret
key is refused with the reason before anything is built."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packs.conftest import write_content
from tests.packs.helpers import cli


def _build_with(
    capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path, key: Path
) -> tuple[int, str]:
    content = write_content(tmp_path / "c", {"k1": "What is k1 fever?"})
    out = tmp_path / "team.pack"
    status, _, err = cli(
        capsys,
        home,
        "pack",
        "build",
        "--content",
        str(content),
        "--key",
        str(key),
        "--out",
        str(out),
    )
    assert not out.exists()
    return status, err


def test_keygen_never_overwrites_a_public_key_left_behind(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "team.secret-key"
    public = secret.with_suffix(".public")
    public.write_text("the key a district already trusts\n")
    status, _, err = cli(capsys, home, "pack", "keygen", "--out", str(secret), "--name", "Team")
    assert status == 1 and f"{public} already exists; not overwritten" in err
    assert not secret.exists()
    assert public.read_text() == "the key a district already trusts\n"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "cannot read the key file"),
        (b"\xff\xfe not text", "cannot read the key file"),
        (b"ed25519-public-key: " + b"ab" * 32 + b"\n", "is not a healthref key file"),
        (b"# Team\ned25519-secret-key: not-hex\n", "does not hold a valid Ed25519 secret key"),
        (b"ed25519-secret-key: abcd\n", "does not hold a valid Ed25519 secret key"),
    ],
    ids=["missing", "not-text", "the-public-key", "not-hex", "too-short"],
)
def test_a_wrong_key_file_is_refused_with_the_reason(
    home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    reason: str,
) -> None:
    key = tmp_path / "team.secret-key"
    if content is not None:
        key.write_bytes(content)
    status, err = _build_with(capsys, home, tmp_path, key)
    assert status == 1
    assert str(key) in err and reason in err
    assert len(err.strip().splitlines()) == 1
