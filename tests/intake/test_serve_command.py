"""`healthref serve-intake` end to end: it serves, stores, and stops cleanly on a signal."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from healthref.intake.store import ids, open_store
from tests.intake.http_helpers import batch_body, record
from tests.intake.receivers import TOKEN


def test_serve_intake_receives_and_stops_on_sigterm(tmp_path: Path) -> None:
    import http.client

    env = {**os.environ, "HEALTHREF_SYNC_TOKEN": TOKEN}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "healthref",
            "--home",
            str(tmp_path),
            "serve-intake",
            "--port",
            "0",
            "--threads",
            "2",
            "--timeout",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # blocks until the server is listening
        port = int(re.search(r":(\d+)/v1/suggestions", line).group(1))  # type: ignore[union-attr]
        assert "2 workers" in line
        sent = record()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request(
            "POST",
            "/v1/suggestions",
            body=batch_body([sent]),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
        assert connection.getresponse().status == 200
        connection.close()
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=20) == 0
    finally:
        server.kill()
        server.communicate()
    engine = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    assert ids(engine) == [sent["id"]]
    engine.dispose()
