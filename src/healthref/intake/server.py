"""The receiver's HTTP endpoint (protocol in docs/sync-protocol.md): a shared token is
required, it binds to 127.0.0.1 unless told otherwise, and it answers per suggestion id."""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sqlalchemy import Engine

from healthref.intake.store import receive

MAX_BODY = 2_000_000
PATH = "/v1/suggestions"

# A test harness may decide, per request, to misbehave: ("fail", status, retry_after),
# ("partial", n) — store and answer only the first n —, or ("drop",) — store, then hang up.
Fault = tuple[object, ...]
FaultPlan = Callable[[int], Fault | None]


class IntakeServer(ThreadingHTTPServer):
    """Holds the store, the token and (for tests) a fault plan."""

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], engine: Engine, token: str, faults: FaultPlan | None = None
    ) -> None:
        super().__init__(address, _Handler)
        self.engine = engine
        self.token = token
        self.faults = faults
        self.requests_seen = 0
        self.lock = threading.Lock()

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: IntakeServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        return  # quiet; the CLI prints a line per batch instead

    def _answer(self, status: int, payload: object, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/health":
            self._answer(HTTPStatus.OK, {"ok": True})
        else:
            self._answer(HTTPStatus.NOT_FOUND, {"error": "not found"})

    def do_POST(self) -> None:
        if self.path != PATH:
            self._answer(HTTPStatus.NOT_FOUND, {"error": "not found"})
            return
        given = self.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), self.server.token.encode()):
            self._answer(HTTPStatus.UNAUTHORIZED, {"error": "wrong or missing token"})
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 < length <= MAX_BODY:
            self._answer(HTTPStatus.BAD_REQUEST, {"error": "body missing or too large"})
            return
        try:
            payload = json.loads(self.rfile.read(length))
            records = payload["suggestions"]
            if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                raise TypeError("suggestions must be a list of objects")
        except (ValueError, KeyError, TypeError):
            self._answer(HTTPStatus.BAD_REQUEST, {"error": "not a suggestions batch"})
            return
        with self.server.lock:
            self.server.requests_seen += 1
            number = self.server.requests_seen
        fault = self.server.faults(number) if self.server.faults else None
        if fault and fault[0] == "fail":
            headers = {"Retry-After": str(fault[2])} if len(fault) > 2 and fault[2] else {}
            self._answer(int(str(fault[1])), {"error": "try later"}, headers)
            return
        if fault and fault[0] == "partial":
            records = records[: int(str(fault[1]))]
        results = receive(self.server.engine, records)
        if fault and fault[0] == "drop":
            self.close_connection = True
            self.connection.close()  # committed, but the client never hears
            return
        self._answer(HTTPStatus.OK, {"results": results})


def serve(
    engine: Engine,
    token: str,
    host: str = "127.0.0.1",
    port: int = 8765,
    faults: FaultPlan | None = None,
) -> IntakeServer:
    """A started server (in a background thread); call `shutdown()` to stop it."""
    server = IntakeServer((host, port), engine, token, faults)
    threading.Thread(target=server.serve_forever, name="healthref-intake", daemon=True).start()
    return server
