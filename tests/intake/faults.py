"""Fault injection for the receiver's tests: a WSGI middleware that, per request, may fail,
answer for only part of a batch, or store the batch and then cut the answer off."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Callable, Iterable
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

# ("fail", status, retry_after) — answer that status without storing;
# ("partial", n) — store and answer only the first n records;
# ("drop",) — store, then hang up half-way through the answer.
Fault = tuple[object, ...]
FaultPlan = Callable[[int], Fault | None]


class FaultInjector:
    """Wraps the intake app; `plan(n)` decides the fate of the n-th batch request."""

    def __init__(self, app: WSGIApplication, plan: FaultPlan) -> None:
        self._app = app
        self._plan = plan
        self._lock = threading.Lock()
        self.requests_seen = 0

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return self._app(environ, start_response)
        with self._lock:
            self.requests_seen += 1
            fault = self._plan(self.requests_seen)
        if fault and fault[0] == "fail":
            status = int(str(fault[1]))
            headers = [("Retry-After", str(fault[2]))] if len(fault) > 2 and fault[2] else []
            start_response(f"{status} Injected", [("Content-Length", "0"), *headers])
            return [b""]
        if fault and fault[0] == "partial":
            _keep_first(environ, int(str(fault[1])))
        if fault and fault[0] == "drop":
            return _cut_off(self._app, environ, start_response)
        return self._app(environ, start_response)


def _keep_first(environ: WSGIEnvironment, count: int) -> None:
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    payload = json.loads(body)
    payload["suggestions"] = payload["suggestions"][:count]
    new_body = json.dumps(payload).encode()
    environ["wsgi.input"] = io.BytesIO(new_body)
    environ["CONTENT_LENGTH"] = str(len(new_body))


def _cut_off(
    app: WSGIApplication, environ: WSGIEnvironment, start_response: StartResponse
) -> Iterable[bytes]:
    captured: list[tuple[str, list[tuple[str, str]]]] = []

    def capture(status: str, headers: list[tuple[str, str]], exc_info: object = None) -> object:
        captured.append((status, headers))
        return lambda data: None

    body = b"".join(app(environ, capture))  # type: ignore[arg-type]  # stored and committed
    status, headers = captured[0]
    start_response(status, headers)  # the full Content-Length, then half the body: cut off
    return [body[: len(body) // 2]]
