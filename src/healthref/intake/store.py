"""Where the receiver keeps what arrives: SQLite by default, or any SQLAlchemy database URL.
Deduplicated by suggestion id; checked by the same rules as the app; one transaction a batch."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import (
    Engine,
    Insert,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    insert,
    make_url,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import (
    ArgumentError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.sql.dml import ReturningInsert

from healthref.core.failures import KnownFailure
from healthref.core.suggestions.outbox import now_iso
from healthref.core.suggestions.rules import SuggestionRejected, check_suggestion, dedupe_key

SQLITE_BUSY_SECONDS = 30.0  # also how long a worker waits for a pooled connection
ATTEMPTS = 3  # a batch that collides with another on the same ids is redone, then gives up


class IntakeBase(DeclarativeBase):
    """Base class of the receiver's tables."""


class Received(IntakeBase):
    """One suggestion as it arrived, once per id."""

    __tablename__ = "received_suggestions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(20), default="en")
    created_at: Mapped[str] = mapped_column(String(40), default="")
    received_at: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40), default="")
    content_version: Mapped[str] = mapped_column(String(80), default="")
    times_asked: Mapped[int] = mapped_column(Integer, default=1)
    dedupe_key: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(20), default="question")  # or "problem"
    slug: Mapped[str] = mapped_column(String(200), default="", index=True)
    part: Mapped[str] = mapped_column(String(100), default="")


@dataclass(frozen=True)
class Summary:
    """A question as the answer-writing team sees it: how often, since when."""

    text: str
    times_asked: int
    suggestions: int
    first_seen: str
    languages: str = ""  # the interface languages it was asked in, "en, fr"


class StoreBusy(Exception):
    """The batch could not be committed now (lock contention); the client should retry."""


def _sqlite_writes_wait_their_turn(engine: Engine) -> None:
    """Begin every SQLite transaction IMMEDIATE, so concurrent writers queue on the busy
    timeout instead of failing when a read lock cannot be upgraded; WAL lets readers in."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_SECONDS * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]


def open_store(url: str, pool_size: int = 5) -> Engine:
    """An engine whose pool holds `pool_size` connections (one per server worker), no more.

    SQLite lets one writer in at a time, so its pool holds one connection: workers queue on
    the pool (woken the moment it is free) rather than polling the file lock."""
    try:
        database = make_url(url)
    except ArgumentError as exc:
        raise IntakeDBError(
            f"{url!r} is not a database URL (e.g. sqlite:////path/intake.db)"
        ) from exc
    is_sqlite = database.get_backend_name() == "sqlite"
    options: dict[str, object] = {"pool_pre_ping": True}
    if database.database not in (None, "", ":memory:"):
        size = 1 if is_sqlite else pool_size
        options |= {"pool_size": size, "max_overflow": 0, "pool_timeout": SQLITE_BUSY_SECONDS}
    try:
        engine = create_engine(database, **options)
        if is_sqlite:
            _sqlite_writes_wait_their_turn(engine)
        IntakeBase.metadata.create_all(engine)
        from healthref.intake.reports import add_report_columns

        add_report_columns(engine)
    except (NoSuchModuleError, SQLAlchemyError, ImportError) as exc:
        reason = getattr(exc, "orig", None) or exc
        raise IntakeDBError(
            f"cannot use the database {database.render_as_string()}: {reason}"
        ) from exc
    return engine


class IntakeDBError(KnownFailure):
    """The receiver's database URL is wrong or the database cannot be opened."""


def _field(record: Mapping[str, object], key: str, default: str = "") -> str:
    value = record.get(key, default)
    return str(value) if value is not None else default


def _times_asked(record: Mapping[str, object]) -> int:
    try:
        return max(1, min(int(str(record.get("times_asked", 1))), 1_000_000))
    except ValueError:
        return 1


def _checked(
    records: Iterable[Mapping[str, object]],
) -> tuple[list[dict[str, str]], dict[str, dict[str, object]]]:
    """Apply the rules: a result for every refused record, a row for every candidate."""
    results: list[dict[str, str]] = []
    rows: dict[str, dict[str, object]] = {}
    for record in records:
        ident = _field(record, "id")
        if not ident or len(ident) > 36:
            results.append({"id": ident, "status": "rejected", "reason": "no valid id"})
            continue
        try:
            clean = check_suggestion(
                _field(record, "text"), _field(record, "note"), _field(record, "category")
            )
        except SuggestionRejected as exc:
            results.append({"id": ident, "status": "rejected", "reason": str(exc)})
            continue
        kind = _field(record, "kind", "question")
        slug = _field(record, "slug")[:200]
        if kind not in ("question", "problem") or (kind == "problem" and not slug):
            results.append({"id": ident, "status": "rejected", "reason": "not a known kind"})
            continue
        results.append({"id": ident, "status": "pending"})
        if ident in rows:  # the same id twice in one batch: stored once, then "duplicate"
            continue
        rows[ident] = {
            "id": ident,
            "text": clean.text,
            "note": clean.note,
            "category": clean.category[:100],
            "language": _field(record, "language", "en")[:20],
            "created_at": _field(record, "created_at")[:40],
            "received_at": now_iso(),
            "app_version": _field(record, "app_version")[:40],
            "content_version": _field(record, "content_version")[:80],
            "times_asked": _times_asked(record),
            "dedupe_key": dedupe_key(clean.text),
            "kind": kind,
            "slug": slug if kind == "problem" else "",
            "part": " ".join(_field(record, "part").split())[:100],
        }
    return results, rows


def _insert_skipping_stored(dialect: str) -> ReturningInsert[tuple[str]] | None:
    """INSERT … ON CONFLICT (id) DO NOTHING RETURNING id, where the database has it."""
    statement: Insert
    if dialect == "postgresql":
        statement = postgresql.insert(Received).on_conflict_do_nothing(index_elements=["id"])
    elif dialect == "sqlite":
        statement = sqlite.insert(Received).on_conflict_do_nothing(index_elements=["id"])
    else:
        return None
    return statement.returning(Received.id)


def _store_new(engine: Engine, rows: dict[str, dict[str, object]]) -> set[str]:
    """Insert the rows whose ids are not stored yet, in one transaction; return those ids.
    Rows go in id order, so two batches sharing ids lock them in the same order."""
    ordered = [rows[ident] for ident in sorted(rows)]
    upsert = _insert_skipping_stored(engine.dialect.name)
    with engine.begin() as connection:
        if upsert is not None:  # executemany: a cached statement, sent in one round trip
            return {str(ident) for ident in connection.execute(upsert, ordered).scalars()}
        known = select(Received.id).where(Received.id.in_(list(rows)))
        existing = set(connection.scalars(known))
        new = [row for row in ordered if row["id"] not in existing]
        if new:
            connection.execute(insert(Received), new)
        return {str(row["id"]) for row in new}


def receive(engine: Engine, records: Iterable[Mapping[str, object]]) -> list[dict[str, str]]:
    """Store each record once; answer per id: accepted, duplicate, or rejected with a reason."""
    results, rows = _checked(records)
    stored: set[str] = set()
    for attempt in range(ATTEMPTS):
        try:
            stored = _store_new(engine, rows) if rows else set()
            break
        except IntegrityError:  # another batch stored one of these ids meanwhile: redo
            if attempt == ATTEMPTS - 1:
                raise StoreBusy("the same ids kept arriving concurrently") from None
        except OperationalError as exc:
            raise StoreBusy(str(exc.orig)) from exc
    answered: set[str] = set()
    for result in results:
        if result["status"] == "pending":
            first = result["id"] in stored and result["id"] not in answered
            result["status"] = "accepted" if first else "duplicate"
            answered.add(result["id"])
    return results


def ids(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(Received.id)))


def most_suggested(engine: Engine, limit: int = 100) -> list[Summary]:
    """Questions grouped by their wording, most asked first."""
    with Session(engine) as session:
        rows = session.execute(
            select(
                Received.dedupe_key,
                func.min(Received.text),
                func.sum(Received.times_asked),
                func.count(),
                func.min(Received.received_at),
            )
            .where(Received.kind == "question")
            .group_by(Received.dedupe_key)
            .order_by(func.sum(Received.times_asked).desc(), func.min(Received.received_at))
            .limit(limit)
        ).all()
        keys = [row[0] for row in rows]
        spoken: dict[str, set[str]] = {}
        for key, language in session.execute(
            select(Received.dedupe_key, Received.language)
            .where(Received.kind == "question", Received.dedupe_key.in_(keys))
            .distinct()
        ):
            spoken.setdefault(key, set()).add(language)
    return [
        Summary(str(text), int(times), int(count), str(first), ", ".join(sorted(spoken[key])))
        for key, text, times, count, first in rows
    ]
