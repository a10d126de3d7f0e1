"""Sync against the real receiver over loopback — nothing lost, nothing duplicated."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from healthref.core.suggestions.outbox import Outbox
from healthref.core.suggestions.sync import sync_once
from healthref.intake.store import ids
from tests.intake.faults import Fault
from tests.suggestions.conftest import TOKEN, receiver_url, start_receiver


def _fill(outbox: Outbox, count: int) -> list[str]:
    return [outbox.save(f"Made up question number {n} about health?").id for n in range(count)]


def test_everything_arrives_once_through_a_flaky_receiver(outbox: Outbox, tmp_path: Path) -> None:
    rng = random.Random(3)

    def flaky(number: int) -> Fault | None:
        roll = rng.random()
        if roll < 0.45:
            return ("fail", 500, None)
        if roll < 0.55:
            return ("fail", 429, 7)
        if roll < 0.70:
            return ("partial", rng.randint(0, 3))
        if roll < 0.80:
            return ("drop",)
        return None

    server = start_receiver(tmp_path, flaky)
    try:
        sent_ids = _fill(outbox, 23)
        now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        saw_retry_after = False
        for _ in range(300):
            report = sync_once(
                outbox, receiver_url(server), TOKEN, now, rng=random.Random(1), batch_size=5
            )
            if report.error == "the receiver answered 429":
                assert report.retry_at is not None
                assert report.retry_at - now == dt.timedelta(seconds=7)
                saw_retry_after = True
            if outbox.pending_count() == 0:
                break
            now += dt.timedelta(hours=2)  # past any back-off
        assert outbox.pending_count() == 0
        stored = ids(server.engine)
        assert sorted(stored) == sorted(sent_ids)  # every id, exactly once
        assert len(stored) == len(set(stored))
        assert {r.status for r in outbox.all()} == {"sent"}
        assert saw_retry_after
        assert server.requests_seen > 10
    finally:
        server.stop()


def test_backoff_grows_and_nothing_is_lost_while_down(outbox: Outbox, tmp_path: Path) -> None:
    _fill(outbox, 3)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    waits: list[float] = []
    for attempt in range(1, 9):
        report = sync_once(outbox, "http://127.0.0.1:9", TOKEN, now, rng=random.Random(0))
        assert report.sent == 0 and "could not reach" in report.error
        assert report.retry_at is not None and report.retry_at > now
        assert outbox.pending_count() == 3
        assert all(r.attempts == attempt for r in outbox.all())
        # Not due yet: nothing is tried before the wait is over.
        assert sync_once(outbox, "http://127.0.0.1:9", TOKEN, now).failed == 0
        waits.append((report.retry_at - now).total_seconds())
        now = report.retry_at
    # The same jitter each time (one seed): the waits double, up to the one-hour cap.
    jitter = random.Random(0).uniform(0.5, 1.5)
    expected = [min(30 * 2**tries, 3600) * jitter for tries in range(8)]
    assert waits == pytest.approx(expected, abs=1e-5)
    assert [r.status for r in outbox.all()] == ["pending"] * 3


def test_a_rejected_suggestion_is_kept_and_not_retried(outbox: Outbox, tmp_path: Path) -> None:
    server = start_receiver(tmp_path)
    try:
        good = outbox.save("What is a healthy resting pulse?").id
        # Pretend an older app saved something the receiver's rules refuse.
        from sqlalchemy import update
        from sqlalchemy.orm import Session

        from healthref.core.userdata.models import Suggestion

        bad = outbox.save("Placeholder text to be replaced?").id
        with Session(outbox._engine) as session, session.begin():
            session.execute(update(Suggestion).where(Suggestion.id == bad).values(text="x"))
        report = sync_once(outbox, receiver_url(server), TOKEN)
        assert (report.sent, report.rejected) == (1, 1)
        statuses = {r.id: (r.status, r.last_error) for r in outbox.all()}
        assert statuses[good][0] == "sent"
        assert statuses[bad][0] == "rejected" and "at least 10" in statuses[bad][1]
        assert sync_once(outbox, receiver_url(server), TOKEN).sent == 0
    finally:
        server.stop()


def test_wrong_token_keeps_suggestions_waiting(outbox: Outbox, tmp_path: Path) -> None:
    server = start_receiver(tmp_path)
    try:
        outbox.save("Is a wrong token handled kindly?")
        report = sync_once(outbox, receiver_url(server), "not-the-token")
        assert report.sent == 0 and "401" in report.error
        assert outbox.pending_count() == 1
    finally:
        server.stop()


CRASHING_CLIENT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from healthref.core.suggestions.outbox import Outbox
    from healthref.core.suggestions.sync import sync_once
    from healthref.core.userdata.database import open_user_db
    outbox = Outbox(open_user_db(Path(sys.argv[1])).engine, "test")
    sync_once(outbox, sys.argv[2], sys.argv[3], on_reply=lambda: os._exit(9))
    """
)


def test_client_killed_after_reply_resends_and_receiver_dedupes(tmp_path: Path) -> None:
    from healthref.core.userdata.database import open_user_db

    user_path = tmp_path / "home" / "user.db"
    user_db = open_user_db(user_path)
    outbox = Outbox(user_db.engine, "test")
    saved = _fill(outbox, 4)
    server = start_receiver(tmp_path)
    try:
        crashed = subprocess.run(
            [sys.executable, "-c", CRASHING_CLIENT, str(user_path), receiver_url(server), TOKEN],
            capture_output=True,
            text=True,
        )
        assert crashed.returncode == 9, crashed.stderr
        assert sorted(ids(server.engine)) == sorted(saved)  # the receiver has them …
        assert outbox.pending_count() == 4  # … but the client never marked them
        report = sync_once(outbox, receiver_url(server), TOKEN)  # "after restart"
        assert report.sent == 4 and outbox.pending_count() == 0
        assert sorted(ids(server.engine)) == sorted(saved)  # still once each
    finally:
        server.stop()
        user_db.engine.dispose()


def test_garbage_answer_is_retried_later(outbox: Outbox, tmp_path: Path) -> None:
    import http.server
    import threading

    class Garbage(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"<html>captive portal</html>")

        def log_message(self, *args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Garbage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        outbox.save("Does a captive portal lose suggestions?")
        report = sync_once(outbox, f"http://127.0.0.1:{server.server_port}", TOKEN)
        assert "not understood" in report.error
        assert outbox.pending_count() == 1
    finally:
        server.shutdown()
        server.server_close()
