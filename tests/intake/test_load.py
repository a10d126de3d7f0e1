"""The load script against a real receiver on each backend: every batch answered 200 in
the first round, no resets, nothing lost, nothing duplicated."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from healthref.intake.server import ServerConfig
from healthref.intake.store import ids
from tests.intake.receivers import TOKEN, start_receiver

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "intake_load.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("intake_load", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["intake_load"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_a_burst_of_clients_is_answered_in_the_first_round(store_url: str) -> None:
    load = _load_script()
    receiver = start_receiver(store_url, config=ServerConfig(threads=4))
    try:
        # A client patient enough that only a refusal, a reset or a lost batch fails this, not
        # a slow shared machine (the app's own client gives up after 5 s and tries again later).
        report = load.run_load(
            receiver.url, TOKEN, clients=80, batches=2, retry_rounds=0, timeout=60.0
        )
        stored = set(ids(receiver.engine))
    finally:
        receiver.stop()
    assert report.first_round_ok == report.first_round_total == 160
    assert report.resets == report.timeouts == report.other_errors == 0
    assert report.ids_acknowledged == report.ids_sent == len(stored) == 8000
    assert report.duplicated == 0


def test_the_load_script_refuses_anything_but_loopback() -> None:
    load = _load_script()
    for url in ("http://192.0.2.1:8765", "https://127.0.0.1:8765", "http://example.org"):
        with pytest.raises(ValueError, match="loopback"):
            load.loopback_address(url)
    assert load.loopback_address("http://127.0.0.1:8765") == ("127.0.0.1", 8765)
