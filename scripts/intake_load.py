"""Load a running receiver: N concurrent clients each send M batches of 50 new suggestions at
once, then unanswered batches are retried for a few rounds. Loopback receivers only.

Usage: python scripts/intake_load.py --url http://127.0.0.1:8765 --token T
           [--clients 200] [--batches 3] [--db URL] [--retry-rounds 5] [--timeout 5]
Prints JSON: first-round success, p50/p95 latency, resets and timeouts, ids acknowledged,
stored (with --db, the receiver's database URL), lost and duplicated. Exits 1 when any id
is lost or duplicated.
"""

from __future__ import annotations

import argparse
import http.client
import ipaddress
import json
import statistics
import sys
import threading
import time
import urllib.parse
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field

BATCH = 50
MAX_CLIENTS, MAX_BATCHES, MAX_ROUNDS = 1000, 100, 10
_LETTERS = str.maketrans("0123456789", "ghijklmnop")  # no digit runs: the rules refuse phones


@dataclass
class Outcome:
    """One request: what came back, how long it took."""

    status: int = 0
    error: str = ""
    seconds: float = 0.0
    acknowledged: list[str] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)


@dataclass
class LoadReport:
    """What the run saw."""

    clients: int
    batches_per_client: int
    batch_size: int
    first_round_ok: int
    first_round_total: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    statuses: dict[str, int]
    resets: int
    timeouts: int
    other_errors: int
    retry_rounds_used: int
    ids_sent: int
    ids_acknowledged: int
    ids_stored: int | None
    lost: int | None
    duplicated: int


def loopback_address(url: str) -> tuple[str, int]:
    """(host, port) of an http:// URL on this machine; ValueError for anything else."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme != "http" or not loopback:
        raise ValueError(f"refusing {url}: this script only loads an http:// loopback receiver")
    return host, parts.port or 80


def make_batches(clients: int, batches: int) -> list[list[list[dict[str, object]]]]:
    """Fresh records: batches[client][n] is a list of BATCH suggestions."""
    plan = []
    for _ in range(clients):
        mine = []
        for _ in range(batches):
            records: list[dict[str, object]] = []
            for _ in range(BATCH):
                ident = str(uuid.uuid4())
                word = ident.replace("-", "")[:12].translate(_LETTERS)
                records.append(
                    {"id": ident, "text": f"Load test question {word} about fevers?", "note": ""}
                )
            mine.append(records)
        plan.append(mine)
    return plan


def post(
    address: tuple[str, int], token: str, records: list[dict[str, object]], timeout: float
) -> Outcome:
    """Send one batch on a new connection, as the app's client does."""
    body = json.dumps({"protocol": 1, "suggestions": records}).encode()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    outcome = Outcome()
    started = time.perf_counter()
    connection = http.client.HTTPConnection(*address, timeout=timeout)
    try:
        connection.request("POST", "/v1/suggestions", body=body, headers=headers)
        response = connection.getresponse()
        raw = response.read()
        outcome.status = response.status
        if response.status == 200:
            for result in json.loads(raw)["results"]:
                if result.get("status") in ("accepted", "duplicate"):
                    outcome.acknowledged.append(str(result["id"]))
                if result.get("status") == "accepted":
                    outcome.accepted.append(str(result["id"]))
    except TimeoutError:
        outcome.error = "timeout"
    except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
        outcome.error = "reset"
    except (OSError, http.client.HTTPException, ValueError, KeyError) as exc:
        outcome.error = type(exc).__name__
    finally:
        connection.close()
        outcome.seconds = time.perf_counter() - started
    return outcome


def _round(
    address: tuple[str, int],
    token: str,
    work: list[list[list[dict[str, object]]]],
    timeout: float,
) -> list[tuple[list[dict[str, object]], Outcome]]:
    """Every client thread sends its batches one after another, all clients at once."""
    done: list[tuple[list[dict[str, object]], Outcome]] = []
    lock = threading.Lock()
    work = [batches for batches in work if batches]
    start = threading.Barrier(len(work))

    def client(batches: list[list[dict[str, object]]]) -> None:
        start.wait()
        for records in batches:
            outcome = post(address, token, records, timeout)
            with lock:
                done.append((records, outcome))

    threads = [threading.Thread(target=client, args=(batches,)) for batches in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done


def run_load(
    url: str,
    token: str,
    clients: int,
    batches: int,
    retry_rounds: int = 5,
    timeout: float = 5.0,
    stored_ids: set[str] | None = None,
    db_url: str | None = None,
) -> LoadReport:
    """Run the load and count what arrived (from `db_url` when given)."""
    if not (1 <= clients <= MAX_CLIENTS and 1 <= batches <= MAX_BATCHES):
        raise ValueError(f"1–{MAX_CLIENTS} clients and 1–{MAX_BATCHES} batches")
    address = loopback_address(url)
    plan = make_batches(clients, batches)
    sent = {str(r["id"]) for mine in plan for records in mine for r in records}
    first = _round(address, token, plan, timeout)
    latencies = sorted(o.seconds * 1000 for _, o in first)
    accepted: Counter[str] = Counter()
    acknowledged: set[str] = set()
    errors: Counter[str] = Counter()
    statuses: Counter[str] = Counter()

    def tally(outcomes: list[tuple[list[dict[str, object]], Outcome]]) -> None:
        for _, outcome in outcomes:
            accepted.update(outcome.accepted)
            acknowledged.update(outcome.acknowledged)
            errors[outcome.error] += bool(outcome.error)
            statuses[str(outcome.status or outcome.error)] += 1

    tally(first)
    first_ok = sum(
        o.status == 200 and len(set(o.acknowledged)) == len(records) for records, o in first
    )
    rounds_used = 0
    for _ in range(min(retry_rounds, MAX_ROUNDS)):
        missing = [[r for r in records if r["id"] not in acknowledged] for records, _ in first]
        missing = [records for records in missing if records]
        if not missing:
            break
        rounds_used += 1
        time.sleep(1.0)  # a pause between rounds, as a client backs off
        tally(_round(address, token, [[records] for records in missing], timeout))
    if db_url:
        stored_ids = _stored(db_url, sent)
    lost = len(sent - stored_ids) if stored_ids is not None else None
    return LoadReport(
        clients=clients,
        batches_per_client=batches,
        batch_size=BATCH,
        first_round_ok=first_ok,
        first_round_total=len(first),
        p50_ms=round(statistics.median(latencies), 1),
        p95_ms=round(latencies[max(0, int(len(latencies) * 0.95) - 1)], 1),
        max_ms=round(latencies[-1], 1),
        statuses=dict(statuses),
        resets=errors["reset"],
        timeouts=errors["timeout"],
        other_errors=sum(errors.values()) - errors["reset"] - errors["timeout"],
        retry_rounds_used=rounds_used,
        ids_sent=len(sent),
        ids_acknowledged=len(acknowledged & sent),
        ids_stored=len(stored_ids & sent) if stored_ids is not None else None,
        lost=lost,
        duplicated=sum(count - 1 for count in accepted.values() if count > 1),
    )


def _stored(db_url: str, sent: set[str]) -> set[str]:
    from healthref.intake.store import ids, open_store

    engine = open_store(db_url, pool_size=1)
    try:
        stored = ids(engine)
    finally:
        engine.dispose()
    if len(stored) != len(set(stored)):
        raise SystemExit("the receiver's table holds an id twice")
    return set(stored) & sent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--retry-rounds", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--db", help="the receiver's database URL, to count what was stored")
    args = parser.parse_args(argv)
    try:
        report = run_load(
            args.url,
            args.token,
            args.clients,
            args.batches,
            args.retry_rounds,
            args.timeout,
            db_url=args.db,
        )
    except ValueError as exc:
        parser.error(str(exc))
    print(json.dumps(asdict(report), indent=2))
    return 1 if report.lost or report.duplicated else 0


if __name__ == "__main__":
    sys.exit(main())
