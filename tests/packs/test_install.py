"""Install, roll back, fall back to the bundled DB, withdraw, and add local add-on packs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from healthref.core.packs.opening import open_store
from healthref.core.search.engine import SearchEngine
from tests.packs.conftest import BUNDLED_DB, Packs, app_paths
from tests.packs.helpers import cli


def _slugs(home: Path) -> set[str]:
    store, _ = open_store(app_paths(home))
    try:
        return {item.slug for item in store.questions()}
    finally:
        store.close()


def test_install_then_rollback_twice(
    home: Path, packs: Packs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, home, "pack", "install", str(packs.v1))[0] == 0
    assert _slugs(home) == {"alpha", "beta", "gamma"}
    status, out, _ = cli(capsys, home, "pack", "install", str(packs.v2))
    assert status == 0 and "new 1, changed 2, withdrawn 1" in out
    assert _slugs(home) == {"alpha", "beta", "delta"}
    status, out, _ = cli(capsys, home, "pack", "rollback")
    assert status == 0 and "2027-01-01" in out
    assert _slugs(home) == {"alpha", "beta", "gamma"}
    assert cli(capsys, home, "pack", "rollback")[0] == 0  # rollback of the rollback
    assert _slugs(home) == {"alpha", "beta", "delta"}


def test_rollback_to_the_bundled_content(
    home: Path, packs: Packs, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = cli(capsys, home, "pack", "rollback")
    assert status == 1 and "no previous content" in err
    assert cli(capsys, home, "pack", "install", str(packs.v1))[0] == 0
    status, out, _ = cli(capsys, home, "pack", "rollback")
    assert status == 0 and "bundled" in out
    assert app_paths(home).content_db == BUNDLED_DB
    assert len(_slugs(home)) == 124


@pytest.mark.parametrize("damage", ["delete", "truncate", "edit"])
def test_damaged_install_falls_back_to_the_bundled_db(
    home: Path, packs: Packs, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, home, "pack", "install", str(packs.v1))[0] == 0
    db = app_paths(home).content_db
    if damage == "delete":
        db.unlink()
    elif damage == "truncate":
        db.write_bytes(db.read_bytes()[:4096])
    else:  # same size and header, changed rows: only the checksum can tell
        data = bytearray(db.read_bytes())
        at = data.index(b"What is alpha fever?")
        data[at : at + 5] = b"WHAT "
        db.write_bytes(bytes(data))
    status, out, err = cli(capsys, home, "search", "fever", "--json")
    assert status == 0
    assert "using the bundled content" in err
    assert "alpha" not in {hit["slug"] for hit in json.loads(out)}
    status, out, _ = cli(capsys, home, "doctor")
    assert "FAIL content pack" in out and "using the bundled content" in out


def test_withdrawn_article_is_hidden_and_shows_its_notice(
    home: Path, packs: Packs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, home, "pack", "install", str(packs.v1))[0] == 0
    status, out, _ = cli(capsys, home, "search", "gamma", "cough", "--json")
    assert "gamma" in {hit["slug"] for hit in json.loads(out)}
    assert cli(capsys, home, "pack", "install", str(packs.v2))[0] == 0
    status, out, _ = cli(capsys, home, "search", "gamma", "cough", "--json")
    assert "gamma" not in {hit["slug"] for hit in json.loads(out)}
    assert "gamma" not in _slugs(home)
    status, _, err = cli(capsys, home, "show", "gamma")
    assert status == 1 and "withdrawn" in err and "cough medicine was wrong" in err


def test_addon_pack_is_searched_marked_listed_and_removed(
    home: Path, packs: Packs, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(capsys, home, "pack", "install", str(packs.v1))[0] == 0
    assert cli(capsys, home, "pack", "install", str(packs.addon))[0] == 0
    store, _ = open_store(app_paths(home))
    hits = SearchEngine(store.connection).search("when is the riverside clinic open", 5).hits
    assert hits[0].slug == "riverside-clinic-hours"
    assert hits[0].category.endswith("· Riverside clinic")
    assert {i.slug for i in store.questions() if i.category.endswith("Riverside clinic")} == {
        "riverside-clinic-hours",
        "riverside-services",
        "riverside-transport",
    }
    store.close()
    status, out, _ = cli(capsys, home, "pack", "list")
    assert "add-on    riverside: Riverside clinic, 3 articles" in out
    # Installing a new main pack keeps the add-on beside it.
    assert cli(capsys, home, "pack", "install", str(packs.v2))[0] == 0
    assert {"delta", "riverside-services"} <= _slugs(home)
    status, out, _ = cli(capsys, home, "pack", "remove", "riverside")
    assert status == 0 and "removed add-on pack riverside" in out
    assert _slugs(home) == {"alpha", "beta", "delta"}
    assert not list((home / "content" / "merged").iterdir())
    assert not [p for p in (home / "content" / "packs").iterdir() if "addon" in p.name]
    status, _, err = cli(capsys, home, "pack", "remove", "riverside")
    assert status == 1 and "no add-on pack named 'riverside'" in err


def test_emergency_number_precedence(
    home: Path, packs: Packs, capsys: pytest.CaptureFixture[str]
) -> None:
    _status, out, _ = cli(capsys, home, "doctor")
    assert "emergency number: none set" in out
    assert cli(capsys, home, "pack", "install", str(packs.addon))[0] == 0
    _status, out, _ = cli(capsys, home, "doctor")
    assert "emergency number 112 (from add-on pack 'riverside'" in out
    (home / "settings.toml").write_text('[local]\nemergency_number = "999"\n', encoding="utf-8")
    _status, out, _ = cli(capsys, home, "doctor")
    assert "emergency number 999 (from [local] emergency_number" in out


def test_operator_key_in_settings_is_trusted(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from healthref.core.packs.build import PackOptions, build_pack
    from healthref.core.packs.keys import generate, load_secret_key
    from tests.packs.conftest import write_content

    signer = generate(tmp_path / "district.secret-key", "District office")
    content = write_content(
        tmp_path / "c", {"d1": "What is d1 fever?", "d2": "What is d2?", "d3": "What is d3?"}
    )
    pack = tmp_path / "district.pack"
    build_pack(
        content,
        load_secret_key(tmp_path / "district.secret-key"),
        pack,
        PackOptions("addon", "district", "District guideline", "2027-01-01T00:00:00Z"),
    )
    status, _, err = cli(capsys, home, "pack", "install", str(pack))
    assert status == 1 and "unknown key" in err
    (home / "settings.toml").write_text(
        f'[packs]\ntrusted_keys = ["{signer.public_hex}"]\n', encoding="utf-8"
    )
    status, out, _ = cli(capsys, home, "pack", "verify", str(pack))
    assert status == 0 and f"operator key {signer.key_id}" in out
    assert cli(capsys, home, "pack", "install", str(pack))[0] == 0
    (home / "settings.toml").write_text('[packs]\ntrusted_keys = ["nothex"]\n', encoding="utf-8")
    status, _, err = cli(capsys, home, "pack", "verify", str(pack))
    assert status == 1 and "[packs] trusted_keys must list Ed25519 public keys" in err
