"""The store on SQLite and on a real PostgreSQL: one transaction a batch, each id once even
when the same ids arrive concurrently, and a pool no larger than the workers."""

from __future__ import annotations

import random
import threading

import pytest
from sqlalchemy import event

from healthref.intake.server import ServerConfig
from healthref.intake.store import ids, most_suggested, open_store, receive
from tests.intake.http_helpers import batch_body, post, record
from tests.intake.receivers import start_receiver


def test_a_batch_is_stored_in_one_transaction(store_url: str) -> None:
    engine = open_store(store_url, pool_size=2)
    commits: list[object] = []
    event.listen(engine, "commit", lambda connection: commits.append(connection))
    records = [record() for _ in range(50)]
    results = receive(engine, [*records, {"id": "", "text": "no id at all, refused?"}])
    assert len(commits) == 1
    assert [r["status"] for r in results] == ["accepted"] * 50 + ["rejected"]
    assert sorted(ids(engine)) == sorted(str(r["id"]) for r in records)
    engine.dispose()


def test_the_same_id_twice_in_a_batch_is_stored_once(store_url: str) -> None:
    engine = open_store(store_url, pool_size=1)
    twice = record("Can the same id come twice in one batch?")
    results = receive(engine, [twice, dict(twice)])
    assert [r["status"] for r in results] == ["accepted", "duplicate"]
    assert receive(engine, [twice])[0]["status"] == "duplicate"
    assert ids(engine) == [twice["id"]]
    assert most_suggested(engine)[0].times_asked == 1
    engine.dispose()


def test_the_pool_holds_one_connection_per_worker_and_one_for_sqlite(store_url: str) -> None:
    engine = open_store(store_url, pool_size=3)
    expected = 1 if engine.dialect.name == "sqlite" else 3  # SQLite has one writer at a time
    assert engine.pool.size() == expected  # type: ignore[attr-defined]
    assert engine.pool._max_overflow == 0  # type: ignore[attr-defined]
    engine.dispose()


def test_concurrent_batches_with_the_same_ids_store_each_once(store_url: str) -> None:
    """Twelve clients race with overlapping batches, more clients than workers: every answer
    is 200, each id is accepted exactly once in all the answers and stored exactly once."""
    pool = [record() for _ in range(80)]
    receiver = start_receiver(store_url, config=ServerConfig(threads=3))
    answers: list[tuple[int, object]] = []
    lock = threading.Lock()
    start = threading.Barrier(12)

    def client(seed: int) -> None:
        batch = random.Random(seed).sample(pool, 50)
        start.wait()
        status, _, payload = post(receiver, batch_body(batch))
        with lock:
            answers.append((status, payload))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(12)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert [status for status, _ in answers] == [200] * 12
        accepted = [
            r["id"]
            for _, payload in answers
            for r in payload["results"]  # type: ignore[index]
            if r["status"] == "accepted"
        ]
        stored = ids(receiver.engine)
        assert len(accepted) == len(set(accepted)) == len(stored) == len(set(stored))
        assert set(accepted) == set(stored) <= {r["id"] for r in pool}
    finally:
        receiver.stop()


def test_databases_without_on_conflict_take_the_portable_path(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("healthref.intake.store._insert_skipping_stored", lambda dialect: None)
    engine = open_store(store_url, pool_size=1)
    first, second = record(), record()
    assert [r["status"] for r in receive(engine, [first])] == ["accepted"]
    assert [r["status"] for r in receive(engine, [first, second])] == ["duplicate", "accepted"]
    assert sorted(ids(engine)) == sorted([str(first["id"]), str(second["id"])])
    engine.dispose()
