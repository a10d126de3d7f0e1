"""Read a suggestions batch from a request body: bounded in size, nesting and record count."""

from __future__ import annotations

import json
import re
from http import HTTPStatus

MAX_BODY = 2_000_000
MAX_BATCH = 50
MAX_DEPTH = 16  # a batch is 3 deep ({"suggestions": [{…}]}); anything far deeper is an attack
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


class BatchRefused(Exception):
    """The body is not an acceptable batch; `status` is the HTTP answer to give."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def nesting_depth_exceeds(body: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when brackets outside JSON strings nest deeper than `limit` (checked before
    parsing, so the parser never recurses that deep)."""
    depth = 0
    for match in _BRACKET.finditer(_STRING.sub(b'""', body)):
        depth += 1 if match.group() in (b"[", b"{") else -1
        if depth > limit:
            return True
    return False


def parse_batch(body: bytes) -> list[dict[str, object]]:
    """The records of a batch, or BatchRefused (400 malformed or too deep, 413 too many)."""
    if nesting_depth_exceeds(body):
        raise BatchRefused(HTTPStatus.BAD_REQUEST, f"JSON nested deeper than {MAX_DEPTH}")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BatchRefused(HTTPStatus.BAD_REQUEST, "the body is not JSON") from exc
    records = payload.get("suggestions") if isinstance(payload, dict) else None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise BatchRefused(HTTPStatus.BAD_REQUEST, "not a suggestions batch")
    if len(records) > MAX_BATCH:
        raise BatchRefused(
            HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
            f"{len(records)} suggestions in one batch; at most {MAX_BATCH}",
        )
    return records
