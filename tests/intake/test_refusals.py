"""Each refusal of the receiver: batch over 50, body over the limit, wrong media type, no
Bearer scheme, wrong token, deep nesting, malformed bodies — and nothing stored for them."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from healthref.intake.batch import MAX_BATCH, nesting_depth_exceeds
from healthref.intake.server import ServerConfig
from healthref.intake.store import StoreBusy, ids
from tests.intake.http_helpers import batch_body, post, record
from tests.intake.receivers import TOKEN, Receiver, start_receiver


@pytest.fixture
def receiver(sqlite_url: str) -> Iterator[Receiver]:
    server = start_receiver(sqlite_url, config=ServerConfig(threads=2, max_body=20_000))
    yield server
    server.stop()


def test_a_batch_of_51_is_refused_with_413_and_50_accepted(receiver: Receiver) -> None:
    status, _, payload = post(receiver, batch_body([record() for _ in range(MAX_BATCH + 1)]))
    assert status == 413 and "at most 50" in str(payload)
    assert ids(receiver.engine) == []
    status, _, payload = post(receiver, batch_body([record() for _ in range(MAX_BATCH)]))
    assert status == 200
    assert isinstance(payload, dict)
    assert [r["status"] for r in payload["results"]] == ["accepted"] * MAX_BATCH


def test_a_body_over_the_limit_is_refused_with_413(receiver: Receiver) -> None:
    big = record("Is a very long note refused by the receiver?")
    big["note"] = "x" * 20_001
    status, _, _ = post(receiver, batch_body([big]))
    assert status == 413
    assert ids(receiver.engine) == []


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", ""])
def test_a_body_that_is_not_json_by_type_is_refused_with_415(
    receiver: Receiver, content_type: str
) -> None:
    status, _, _ = post(receiver, batch_body([record()]), {"Content-Type": content_type})
    assert status == 415
    assert ids(receiver.engine) == []


def test_json_with_a_charset_is_accepted(receiver: Receiver) -> None:
    headers = {"Content-Type": "Application/JSON; charset=utf-8"}
    assert post(receiver, batch_body([record()]), headers)[0] == 200


@pytest.mark.parametrize(
    "authorization", [TOKEN, f"Basic {TOKEN}", f"Token {TOKEN}", "Bearer", "Bearer wrong-token-1"]
)
def test_anything_but_bearer_and_the_token_is_refused_with_401(
    receiver: Receiver, authorization: str
) -> None:
    status, headers, _ = post(receiver, batch_body([record()]), {"Authorization": authorization})
    assert status == 401 and headers["www-authenticate"].startswith("Bearer")
    assert ids(receiver.engine) == []


def test_the_bearer_scheme_is_case_insensitive(receiver: Receiver) -> None:
    assert post(receiver, batch_body([record()]), {"Authorization": f"bearer {TOKEN}"})[0] == 200


def test_deep_nesting_is_refused_with_400_and_the_server_carries_on(sqlite_url: str) -> None:
    server = start_receiver(sqlite_url)  # the default 2 MB limit: room for 100,000 brackets
    try:
        deep = b'{"suggestions": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
        status, _, payload = post(server, deep)
        assert status == 400 and "nested" in str(payload)
        assert post(server, batch_body([record()]))[0] == 200
    finally:
        server.stop()


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"suggestions": [{"text": "[" * 500 + '\\"{' * 100}]}).encode()
    assert not nesting_depth_exceeds(text)
    assert nesting_depth_exceeds(b"[" * 17 + b"]" * 17)
    assert not nesting_depth_exceeds(b"[" * 16 + b"]" * 16)


@pytest.mark.parametrize(
    "body", [b"not json", b"[]", b'{"suggestions": {"id": "x"}}', b'{"suggestions": [1, 2]}']
)
def test_a_body_that_is_not_a_batch_is_refused_with_400(receiver: Receiver, body: bytes) -> None:
    assert post(receiver, body)[0] == 400


def test_lock_contention_answers_503_with_retry_after(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    def busy(*_: object) -> object:
        raise StoreBusy("database is locked")

    monkeypatch.setattr("healthref.intake.app.receive", busy)
    status, headers, _ = post(receiver, batch_body([record()]))
    assert status == 503 and headers["retry-after"] == "5"


def test_other_paths_and_methods(receiver: Receiver) -> None:
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", receiver.server_port, timeout=5)
    for method, path, expected in [
        ("GET", "/health", 200),
        ("GET", "/v1/suggestions", 405),
        ("POST", "/elsewhere", 404),
    ]:
        connection.request(method, path)
        response = connection.getresponse()
        response.read()
        assert response.status == expected, (method, path)
    connection.close()
