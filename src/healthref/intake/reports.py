"""Problem reports at the receiver: the columns they need, and the list per article, newest
first, that the team reads before correcting an answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.orm import Session

# Added to receivers created before reports existed: column → SQL type and default.
REPORT_COLUMNS = {
    "kind": "VARCHAR(20) NOT NULL DEFAULT 'question'",
    "slug": "VARCHAR(200) NOT NULL DEFAULT ''",
    "part": "VARCHAR(100) NOT NULL DEFAULT ''",
}


def add_report_columns(engine: Engine) -> None:
    """Give an older receiver's table the report columns (every old row is a question)."""
    from healthref.intake.store import Received

    present = {column["name"] for column in inspect(engine).get_columns(Received.__tablename__)}
    missing = [name for name in REPORT_COLUMNS if name not in present]
    if not missing:
        return
    with engine.begin() as connection:
        for name in missing:
            connection.execute(
                text(
                    f"ALTER TABLE {Received.__tablename__} ADD COLUMN {name} {REPORT_COLUMNS[name]}"
                )
            )


@dataclass(frozen=True)
class Report:
    """One problem report as it arrived."""

    text: str
    part: str
    received_at: str
    content_version: str
    times_asked: int
    language: str = "en"  # the reporter's interface language


@dataclass(frozen=True)
class ArticleReports:
    """The reports about one article, newest first."""

    slug: str
    reports: list[Report] = field(default_factory=list)


def reports_by_article(engine: Engine, slug: str | None = None) -> list[ArticleReports]:
    """Reports grouped per article; the article with the newest report first."""
    from healthref.intake.store import Received

    query = (
        select(
            Received.slug,
            Received.text,
            Received.part,
            Received.received_at,
            Received.content_version,
            Received.times_asked,
            Received.language,
        )
        .where(Received.kind == "problem")
        .order_by(Received.received_at.desc(), Received.id)
    )
    if slug is not None:
        query = query.where(Received.slug == slug)
    grouped: dict[str, ArticleReports] = {}
    with Session(engine) as session:
        for row_slug, body, part, received_at, version, times, language in session.execute(query):
            entry = grouped.setdefault(row_slug, ArticleReports(row_slug))
            entry.reports.append(Report(body, part, received_at, version, times, language))
    return list(grouped.values())
