"""Send the outbox to a receiver over HTTP (protocol in docs/sync-protocol.md). A suggestion is
marked sent only when the receiver acknowledged its id; failures back off with jitter and
honour Retry-After; nothing is lost or sent as new twice (the receiver dedupes by id)."""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import json
import random
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from healthref.core.suggestions.outbox import Outbox
from healthref.core.suggestions.record import SuggestionView, WireSuggestion

PROTOCOL = 1
TIMEOUT_SECONDS = 5.0
BATCH_SIZE = 50
BACKOFF_BASE_SECONDS = 30.0
BACKOFF_CAP_SECONDS = 3600.0
RETRYABLE_4XX = {401, 403, 408, 429}  # 401/403: the token is wrong, not the suggestion


@dataclass
class SyncReport:
    """What one sync run did."""

    sent: int = 0
    rejected: int = 0
    failed: int = 0
    error: str = ""
    retry_at: dt.datetime | None = None


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class _Refused(Exception):
    """The receiver refused the batch as a client error (a 4xx that retrying will not fix)."""


def wire_record(record: WireSuggestion) -> dict[str, object]:
    """The fields a suggestion carries over the wire and in export files."""
    return record.wire().to_wire() if isinstance(record, SuggestionView) else record.to_wire()


def insecure_url_refusal(url: str, allow_insecure_http: bool = False) -> str | None:
    """Why the token must not travel to `url` (plain http:// to a host other than this
    machine), or None when sending is fine."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
    except ValueError as exc:
        return f"the receiver address {url!r} is not usable ({exc})"
    if parts.scheme != "http" or allow_insecure_http:
        return None
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if loopback:
        return None
    return (
        f"refusing to send the token over plain http:// to {host}: use an https:// receiver, "
        "or set allow_insecure_http = true under [sync] in settings.toml"
    )


def _retry_after(value: str | None, now: dt.datetime) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max((when - now).total_seconds(), 0.0)


def backoff_seconds(attempts: int, rng: random.Random) -> float:
    """Exponential back-off with full-range jitter (0.5× to 1.5×), capped."""
    delay = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** min(attempts, 16))
    return float(delay * rng.uniform(0.5, 1.5))


def _post(
    url: str, token: str, batch: list[SuggestionView], now: dt.datetime
) -> list[dict[str, str]]:
    body = json.dumps(
        {"protocol": PROTOCOL, "suggestions": [wire_record(s) for s in batch]}
    ).encode()
    try:
        request = urllib.request.Request(
            url.rstrip("/") + "/v1/suggestions",
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        )
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            raw = response.read(2_000_000)
    except urllib.error.HTTPError as exc:
        retry_after = _retry_after(exc.headers.get("Retry-After"), now)
        if exc.code >= 500 or exc.code in RETRYABLE_4XX:
            raise _Retry(f"the receiver answered {exc.code}", retry_after) from exc
        raise _Refused(f"the receiver refused it ({exc.code})") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise _Retry(f"could not reach the receiver ({reason})") from exc
    try:
        results = json.loads(raw)["results"]
        if not isinstance(results, list):
            raise TypeError("results is not a list")
        return [r for r in results if isinstance(r, dict)]
    except (ValueError, KeyError, TypeError) as exc:
        raise _Retry("the receiver's answer was not understood") from exc


def sync_once(
    outbox: Outbox,
    url: str,
    token: str,
    now: dt.datetime | None = None,
    *,
    rng: random.Random | None = None,
    batch_size: int = BATCH_SIZE,
    on_reply: Callable[[], None] | None = None,
    allow_insecure_http: bool = False,
) -> SyncReport:
    """Send every due suggestion; stop at the first batch that must be retried later."""
    now = now or dt.datetime.now(dt.UTC)
    rng = rng or random.Random()
    report = SyncReport()
    refusal = insecure_url_refusal(url, allow_insecure_http)
    if refusal:  # nothing sent, nothing counted as an attempt: a setting to fix, not a fault
        report.error = refusal
        return report
    queue = outbox.due(now, limit=10_000)
    while queue:
        batch, queue = queue[:batch_size], queue[batch_size:]
        try:
            results = _post(url, token, batch, now)
        except _Refused as exc:
            if len(batch) == 1:
                outbox.mark_rejected(batch[0].id, str(exc), now)
                report.rejected += 1
            else:  # find which one: send them one by one
                queue = [*batch, *queue]
                batch_size = 1
            continue
        except _Retry as exc:
            delay = exc.retry_after
            attempts = max(s.attempts for s in batch)
            if delay is None:
                delay = backoff_seconds(attempts, rng)
            retry_at = now + dt.timedelta(seconds=delay)
            outbox.note_failure([s.id for s in [*batch, *queue]], str(exc), retry_at)
            report.failed += len(batch) + len(queue)
            report.error, report.retry_at = str(exc), retry_at
            return report
        if on_reply is not None:
            on_reply()
        in_batch = {s.id for s in batch}
        acknowledged = [
            str(r.get("id"))
            for r in results
            if r.get("status") in ("accepted", "duplicate") and r.get("id") in in_batch
        ]
        outbox.mark_sent(acknowledged, now)
        report.sent += len(acknowledged)
        for result in results:
            if result.get("status") == "rejected" and result.get("id") in in_batch:
                outbox.mark_rejected(str(result["id"]), str(result.get("reason", "rejected")), now)
                report.rejected += 1
        answered = set(acknowledged) | {
            str(r.get("id")) for r in results if r.get("status") == "rejected"
        }
        unanswered = [s.id for s in batch if s.id not in answered]
        if unanswered:  # a partial answer: the rest waits for the next run
            retry_at = now + dt.timedelta(seconds=backoff_seconds(0, rng))
            outbox.note_failure(unanswered, "the receiver did not answer for these", retry_at)
            report.failed += len(unanswered)
            report.retry_at = retry_at
    return report
