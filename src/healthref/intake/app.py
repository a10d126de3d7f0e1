"""The receiver as a WSGI application (protocol in docs/sync-protocol.md): a `Bearer` token,
JSON only, bounded bodies and batches, one transaction a batch, an answer per id."""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Iterable
from http import HTTPStatus
from wsgiref.types import StartResponse, WSGIEnvironment

from sqlalchemy import Engine

from healthref.intake.batch import MAX_BODY, BatchRefused, parse_batch
from healthref.intake.store import StoreBusy, receive

PATH = "/v1/suggestions"
RETRY_AFTER_BUSY = "5"
log = logging.getLogger("healthref.intake")


def answer(
    start_response: StartResponse,
    status: HTTPStatus,
    payload: object,
    headers: dict[str, str] | None = None,
) -> list[bytes]:
    """Start a JSON response and return its body."""
    body = json.dumps(payload).encode()
    start_response(
        f"{status.value} {status.phrase}",
        [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(body))),
            *(headers or {}).items(),
        ],
    )
    return [body]


def _bearer_token(environ: WSGIEnvironment) -> str | None:
    scheme, _, token = str(environ.get("HTTP_AUTHORIZATION", "")).strip().partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _is_json(environ: WSGIEnvironment) -> bool:
    media_type = str(environ.get("CONTENT_TYPE", "")).split(";", 1)[0].strip().lower()
    return media_type == "application/json"


class IntakeApp:
    """Checks each request in turn (token, media type, size, batch) before storing it."""

    def __init__(self, engine: Engine, token: str, max_body: int = MAX_BODY) -> None:
        self.engine = engine
        self._token = token.encode()
        self._max_body = max_body

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        method, path = environ.get("REQUEST_METHOD", ""), environ.get("PATH_INFO", "")
        if path == "/health" and method in ("GET", "HEAD"):
            return answer(start_response, HTTPStatus.OK, {"ok": True})
        if path != PATH:
            return answer(start_response, HTTPStatus.NOT_FOUND, {"error": "not found"})
        if method != "POST":
            return answer(
                start_response,
                HTTPStatus.METHOD_NOT_ALLOWED,
                {"error": "POST a batch"},
                {"Allow": "POST"},
            )
        return self._post(environ, start_response)

    def _post(self, environ: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
        token = _bearer_token(environ)
        if token is None or not hmac.compare_digest(token.encode(), self._token):
            return answer(
                start_response,
                HTTPStatus.UNAUTHORIZED,
                {"error": "wrong or missing token (Authorization: Bearer <token>)"},
                {"WWW-Authenticate": 'Bearer realm="healthref-intake"'},
            )
        if not _is_json(environ):
            return answer(
                start_response,
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                {"error": "send Content-Type: application/json"},
            )
        try:
            length = int(environ.get("CONTENT_LENGTH") or "0")
        except ValueError:
            length = 0
        if length > self._max_body:
            return answer(
                start_response,
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                {"error": f"body over {self._max_body} bytes"},
            )
        if length <= 0:
            return answer(start_response, HTTPStatus.BAD_REQUEST, {"error": "empty body"})
        try:
            records = parse_batch(environ["wsgi.input"].read(length))
            results = receive(self.engine, records)
        except BatchRefused as exc:
            return answer(start_response, exc.status, {"error": str(exc)})
        except StoreBusy as exc:
            log.warning("batch not stored, asked to retry: %s", exc)
            return answer(
                start_response,
                HTTPStatus.SERVICE_UNAVAILABLE,
                {"error": "busy, try later"},
                {"Retry-After": RETRY_AFTER_BUSY},
            )
        counts = {s: sum(r["status"] == s for r in results) for s in ("accepted", "duplicate")}
        log.info(
            "batch from %s: %d accepted, %d duplicate, %d rejected",
            environ.get("REMOTE_ADDR", "?"),
            counts["accepted"],
            counts["duplicate"],
            len(results) - sum(counts.values()),
        )
        return answer(start_response, HTTPStatus.OK, {"results": results})
