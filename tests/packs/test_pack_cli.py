"""`healthref pack keygen | build | verify` from the command line: keys, manifests, trust."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packs.conftest import DEV_SECRET, Packs, write_content
from tests.packs.helpers import cli


def test_keygen_build_verify_with_a_new_key(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "keys" / "team.secret-key"
    status, out, _ = cli(capsys, home, "pack", "keygen", "--out", str(secret), "--name", "Team")
    assert status == 0 and "key id:" in out
    assert secret.stat().st_mode & 0o777 == 0o600
    assert "SECRET" in secret.read_text() and secret.with_suffix(".public").exists()
    status, _, err = cli(capsys, home, "pack", "keygen", "--out", str(secret), "--name", "Team")
    assert status == 1 and "already exists; not overwritten" in err
    content = write_content(
        tmp_path / "c", {"k1": "What is k1 fever?", "k2": "What is k2?", "k3": "What is k3?"}
    )
    pack = tmp_path / "team.pack"
    status, out, err = cli(
        capsys,
        home,
        "pack",
        "build",
        "--content",
        str(content),
        "--key",
        str(secret),
        "--out",
        str(pack),
    )
    assert status == 0, err
    assert "articles:        3" in out and "new 3, changed 0, withdrawn 0" in out
    status, out, _ = cli(capsys, home, "pack", "verify", str(pack))
    assert status == 1
    assert "articles:        3" in out  # the manifest is printed, untrusted
    assert "NOT TRUSTED" in out and "unknown key" in out


def test_verify_a_development_pack(
    home: Path, packs: Packs, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = cli(capsys, home, "pack", "verify", str(packs.v2))
    assert status == 0
    assert "released:        2027-02-01T00:00:00Z" in out
    assert "new 1, changed 2, withdrawn 1" in out
    assert "trusted: signed by healthref DEVELOPMENT key (testing only)" in out


def test_usage_errors(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, home, "pack")
    assert status == 2 and "choose an action" in err
    status, _, err = cli(
        capsys,
        home,
        "pack",
        "build",
        "--content",
        str(tmp_path),
        "--key",
        str(DEV_SECRET),
        "--out",
        str(tmp_path / "x.pack"),
        "--addon",
        "local",
    )
    assert status == 2 and "needs --title" in err
    status, _, err = cli(
        capsys,
        home,
        "pack",
        "build",
        "--content",
        str(tmp_path / "nothing"),
        "--key",
        str(tmp_path / "no.key"),
        "--out",
        str(tmp_path / "x.pack"),
    )
    assert status == 1 and "cannot read the key file" in err
    assert not (tmp_path / "x.pack").exists()
