"""An install killed (SIGKILL) at a random moment, 100 times: the app then opens either the old
content or the new, verified by its checksum, never a mix and never the fallback."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import time
from pathlib import Path

from healthref.core.packs import install as installing
from healthref.core.packs.opening import open_store
from healthref.core.packs.signers import Signer
from healthref.core.packs.state import load_state
from healthref.core.packs.verify import verify_pack
from tests.packs.conftest import BUNDLED_DB, Packs, app_paths

ROUNDS = 100
V1 = {"alpha", "beta", "gamma"}
V2 = {"alpha", "beta", "delta"}
ADDON = {"riverside-clinic-hours", "riverside-services", "riverside-transport"}


def _install(pack: Path, home: Path, signers: list[Signer]) -> None:
    installing.install(verify_pack(pack, signers), home, BUNDLED_DB, allow_downgrade=True)


def _fork_install(pack: Path, home: Path, signers: list[Signer]) -> int:
    pid = os.fork()
    if pid == 0:  # the child installs, unless it is killed first
        try:
            _install(pack, home, signers)
        finally:
            os._exit(0)
    return pid


def _opened(home: Path) -> set[str]:
    used = app_paths(home)
    assert used.content_fallback == "" and used.bundled_db is not None
    state = load_state(home)
    assert hashlib.sha256(used.content_db.read_bytes()).hexdigest() == state.open_sha256
    store, after = open_store(used, verify_checksum=True)
    assert after.content_fallback == ""
    try:
        return {item.slug for item in store.questions()}
    finally:
        store.close()


def test_sigkill_during_install_leaves_old_or_new(
    home: Path, packs: Packs, signers: list[Signer]
) -> None:
    _install(packs.addon, home, signers)
    _install(packs.v2, home, signers)
    started = time.perf_counter()
    pid = _fork_install(packs.v1, home, signers)  # one whole install, timed as the kills are
    os.waitpid(pid, 0)
    duration = time.perf_counter() - started
    rng = random.Random(20)
    outcomes = {"old": 0, "new": 0}
    for _ in range(ROUNDS):
        before = _opened(home)
        target = packs.v2 if before == V1 | ADDON else packs.v1
        pid = _fork_install(target, home, signers)
        time.sleep(rng.uniform(0, duration * 1.3))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        after = _opened(home)
        assert after in (V1 | ADDON, V2 | ADDON)
        outcomes["old" if after == before else "new"] += 1
    # The kills landed both before and after the switch.
    assert outcomes["old"] > 5 and outcomes["new"] > 5, outcomes
    leftovers = list((home / "content" / "packs").glob(".partial-*"))
    _install(packs.v1 if _opened(home) == V2 | ADDON else packs.v2, home, signers)
    assert all(not path.exists() for path in leftovers)
