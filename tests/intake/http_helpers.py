"""Raw HTTP requests to a receiver, so tests control every header and byte."""

from __future__ import annotations

import http.client
import json
import uuid

from tests.intake.receivers import TOKEN, Receiver

_LETTERS = str.maketrans("0123456789", "ghijklmnop")  # digit runs look like phone numbers


def record(text: str | None = None) -> dict[str, object]:
    """A valid suggestion with a fresh id and its own wording."""
    ident = str(uuid.uuid4())
    word = ident.replace("-", "")[:12].translate(_LETTERS)
    return {"id": ident, "text": text or f"Made up question {word} about health?"}


def batch_body(records: list[dict[str, object]]) -> bytes:
    return json.dumps({"protocol": 1, "suggestions": records}).encode()


def post(
    receiver: Receiver,
    body: bytes,
    headers: dict[str, str] | None = None,
    timeout: float = 10.0,
) -> tuple[int, dict[str, str], object]:
    """POST to /v1/suggestions with the right token and type unless `headers` override them."""
    sent = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    sent.update(headers or {})
    connection = http.client.HTTPConnection("127.0.0.1", receiver.server_port, timeout=timeout)
    try:
        connection.request("POST", "/v1/suggestions", body=body, headers=sent)
        response = connection.getresponse()
        raw = response.read()
        is_json = response.getheader("Content-Type", "").startswith("application/json")
        return (
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            json.loads(raw) if is_json else raw,
        )
    finally:
        connection.close()
