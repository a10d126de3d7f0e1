"""Sync against a scripted receiver: a refused batch is re-sent one by one, Retry-After as a
date or in seconds, answers that cannot be read, and partial answers."""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import random
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from healthref.core.suggestions.outbox import Outbox
from healthref.core.suggestions.sync import backoff_seconds, insecure_url_refusal, sync_once

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
# A reply: status, headers, body. The handler gets the posted suggestions.
Reply = tuple[int, dict[str, str], bytes]
Handler = Callable[[list[dict[str, object]]], Reply]


class Scripted:
    """A loopback HTTP receiver whose every answer comes from `handler`."""

    def __init__(self) -> None:
        self.handler: Handler = lambda batch: (500, {}, b"")
        self.batches: list[list[str]] = []
        self.requests: list[tuple[str, object, str]] = []  # path, protocol, Authorization
        scripted = self

        class _Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers["Content-Length"])
                body = json.loads(self.rfile.read(length))
                batch = body["suggestions"]
                # The path as sent (http.server turns a leading "//" into "/" in self.path).
                sent_path = self.requestline.split()[1]
                scripted.requests.append(
                    (sent_path, body.get("protocol"), self.headers["Authorization"])
                )
                scripted.batches.append([str(s["text"]) for s in batch])
                status, headers, body = scripted.handler(batch)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                del format, args

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Scripted]:
    server = Scripted()
    yield server
    server.stop()


def _accept(batch: list[dict[str, object]], skip: str = "") -> Reply:
    results = [{"id": s["id"], "status": "accepted"} for s in batch if s["text"] != skip]
    return 200, {}, json.dumps({"results": results}).encode()


def test_a_refused_batch_is_resent_one_by_one(outbox: Outbox, receiver: Scripted) -> None:
    good = [outbox.save(f"A fine question number {n} about sleep?").id for n in range(3)]
    bad = outbox.save("A question the receiver will not take?").id

    def refuse_the_bad_one(batch: list[dict[str, object]]) -> Reply:
        if any(s["id"] == bad for s in batch):
            return 422, {}, b'{"error": "unprocessable"}'
        return _accept(batch)

    receiver.handler = refuse_the_bad_one
    report = sync_once(outbox, receiver.url, "t", NOW)
    assert (report.sent, report.rejected, report.failed) == (3, 1, 0)
    assert [len(b) for b in receiver.batches] == [4, 1, 1, 1, 1]  # the batch, then one by one
    statuses = {r.id: (r.status, r.last_error) for r in outbox.all()}
    assert {statuses[i][0] for i in good} == {"sent"}
    assert statuses[bad] == ("rejected", "the receiver refused it (422)")
    # The refused one is not sent again.
    assert sync_once(outbox, receiver.url, "t", NOW).sent == 0 and len(receiver.batches) == 5


@pytest.mark.parametrize("code", [401, 403, 408, 429, 500, 503])
def test_retryable_answers_keep_everything_for_later(
    outbox: Outbox, receiver: Scripted, code: int
) -> None:
    outbox.save("What is a normal blood pressure?")
    receiver.handler = lambda batch: (code, {}, b"")
    report = sync_once(outbox, receiver.url, "t", NOW, rng=random.Random(2))
    assert report.error == f"the receiver answered {code}" and report.failed == 1
    assert report.retry_at == NOW + dt.timedelta(seconds=backoff_seconds(0, random.Random(2)))
    assert [r.status for r in outbox.all()] == ["pending"]
    assert len(receiver.batches) == 1  # not re-sent one by one


@pytest.mark.parametrize(
    ("header", "wait"),
    [
        ("120", 120.0),
        (email.utils.format_datetime(NOW + dt.timedelta(minutes=10), usegmt=True), 600.0),
        ("Sun, 01 Mar 2026 12:05:00", 300.0),  # no zone: taken as UTC
        (email.utils.format_datetime(NOW - dt.timedelta(minutes=1), usegmt=True), 0.0),
    ],
)
def test_retry_after_in_seconds_or_as_a_date(
    outbox: Outbox, receiver: Scripted, header: str, wait: float
) -> None:
    outbox.save("How long does a cold last?")
    receiver.handler = lambda batch: (503, {"Retry-After": header}, b"")
    report = sync_once(outbox, receiver.url, "t", NOW)
    assert report.retry_at == NOW + dt.timedelta(seconds=wait)
    (record,) = outbox.all()
    assert record.status == "pending" and record.attempts == 1


def test_an_unreadable_retry_after_falls_back_to_backoff(
    outbox: Outbox, receiver: Scripted
) -> None:
    outbox.save("How long does a cold last?")
    receiver.handler = lambda batch: (429, {"Retry-After": "soon, maybe"}, b"")
    report = sync_once(outbox, receiver.url, "t", NOW, rng=random.Random(4))
    assert report.retry_at == NOW + dt.timedelta(seconds=backoff_seconds(0, random.Random(4)))


@pytest.mark.parametrize(
    "body", [b"not json", b'{"results": "all fine"}', b'{"answers": []}', b"[1, 2]"]
)
def test_an_answer_that_is_not_understood_sends_nothing(
    outbox: Outbox, receiver: Scripted, body: bytes
) -> None:
    outbox.save("What helps with a sore throat?")
    receiver.handler = lambda batch: (200, {}, body)
    report = sync_once(outbox, receiver.url, "t", NOW)
    assert report.error == "the receiver's answer was not understood"
    assert report.sent == 0 and [r.status for r in outbox.all()] == ["pending"]


def test_a_partial_answer_sends_the_acknowledged_and_keeps_the_rest(
    outbox: Outbox, receiver: Scripted
) -> None:
    outbox.save("Which foods are rich in iron?")
    kept = outbox.save("Which foods are rich in zinc?").id
    receiver.handler = lambda batch: _accept(batch, skip="Which foods are rich in zinc?")
    report = sync_once(outbox, receiver.url, "t", NOW, rng=random.Random(5))
    assert (report.sent, report.failed) == (1, 1)
    assert report.retry_at == NOW + dt.timedelta(seconds=backoff_seconds(0, random.Random(5)))
    statuses = {r.id: (r.status, r.last_error) for r in outbox.all()}
    assert statuses[kept] == ("pending", "the receiver did not answer for these")
    assert sorted(s for s, _ in statuses.values()) == ["pending", "sent"]


def test_answers_for_other_ids_are_ignored(outbox: Outbox, receiver: Scripted) -> None:
    outbox.save("Which foods are rich in iron?")
    receiver.handler = lambda batch: (
        200,
        {},
        json.dumps(
            {
                "results": [
                    {"id": "someone-else", "status": "accepted"},
                    {"id": "another", "status": "rejected", "reason": "no"},
                    "not a result",
                ]
            }
        ).encode(),
    )
    report = sync_once(outbox, receiver.url, "t", NOW)
    assert (report.sent, report.rejected, report.failed) == (0, 0, 1)
    assert [r.status for r in outbox.all()] == ["pending"]


def test_batches_of_the_given_size_and_the_reply_callback(
    outbox: Outbox, receiver: Scripted
) -> None:
    for n in range(5):
        outbox.save(f"A question about vitamins, number {n}?")
    receiver.handler = _accept
    replies: list[int] = []
    report = sync_once(
        outbox, receiver.url, "t", NOW, batch_size=2, on_reply=lambda: replies.append(1)
    )
    assert report.sent == 5 and [len(b) for b in receiver.batches] == [2, 2, 1]
    assert len(replies) == 3


def test_the_request_a_receiver_sees(outbox: Outbox, receiver: Scripted) -> None:
    outbox.save("Which foods are rich in iron?")
    receiver.handler = _accept
    assert sync_once(outbox, receiver.url + "/", "secret-token", NOW).sent == 1  # trailing /
    assert receiver.requests == [("/v1/suggestions", 1, "Bearer secret-token")]


def test_the_token_never_travels_over_plain_http_to_another_host(outbox: Outbox) -> None:
    outbox.save("What is a healthy resting pulse?")
    report = sync_once(outbox, "http://receiver.example.org", "t", NOW)
    assert report.error.startswith("refusing to send the token over plain http://")
    assert "receiver.example.org" in report.error
    (record,) = outbox.all()
    assert record.attempts == 0  # a setting to fix, not a failed attempt
    assert insecure_url_refusal("https://receiver.example.org") is None
    assert insecure_url_refusal("http://localhost:8080") is None
    assert insecure_url_refusal("http://[::1]:8080") is None
    assert insecure_url_refusal("http://10.0.0.2", allow_insecure_http=True) is None
    assert insecure_url_refusal("http://10.0.0.2") is not None
