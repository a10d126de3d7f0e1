"""Report a problem with an answer: saved, refused, synced over the real receiver, carried on
a stick, and listed at the receiver per article, newest first."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from healthref.core.suggestions.outbox import Outbox
from healthref.core.suggestions.rules import SuggestionRejected
from healthref.core.suggestions.sync import sync_once, wire_record
from healthref.core.suggestions.transfer import export_file, read_file
from healthref.core.userdata.database import open_user_db
from healthref.intake.reports import reports_by_article
from healthref.intake.store import most_suggested, open_store, receive
from tests.conftest import REPO
from tests.suggestions.conftest import TOKEN, receiver_url, start_receiver

SEPSIS = "what-causes-sepsis"


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "healthref", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "HEALTHREF_HOME": str(home)},
        cwd=REPO,
        check=False,
    )


def test_report_is_saved_with_kind_slug_part_and_content_version(outbox: Outbox) -> None:
    saved = outbox.save_report(SEPSIS, "The quick answer leaves out newborns.", "Quick answer")
    again = outbox.save_report(SEPSIS, "the quick answer leaves out newborns")
    assert again.merged and again.id == saved.id
    (row,) = outbox.all()
    assert (row.kind, row.slug, row.part, row.times_asked) == ("problem", SEPSIS, "Quick answer", 2)
    assert row.content_version == "content-1"
    # The same words about another article are another report.
    assert not outbox.save_report("what-is-malaria", "The quick answer leaves out newborns.").merged


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Please call me on 0712 345 678 about it", "phone number"),
        ("Write to nurse@example.org about this", "e-mail address"),
        ("bad", "at least"),
    ],
)
def test_report_is_refused_by_the_suggestion_rules(outbox: Outbox, text: str, reason: str) -> None:
    with pytest.raises(SuggestionRejected, match=reason):
        outbox.save_report(SEPSIS, text)
    assert outbox.all() == []


def test_cli_report(tmp_path: Path) -> None:
    home = tmp_path / "home"
    done = _cli(home, "report", SEPSIS, "The dose in the table is wrong", "--part", "Body")
    assert done.returncode == 0, done.stderr
    assert "Saved your report" in done.stdout
    listed = json.loads(_cli(home, "suggestions", "--json").stdout)
    assert [(r["kind"], r["slug"], r["part"]) for r in listed] == [("problem", SEPSIS, "Body")]
    unknown = _cli(home, "report", "no-such-article", "The dose is wrong here")
    assert unknown.returncode == 1 and "no article with slug 'no-such-article'" in unknown.stderr
    personal = _cli(home, "report", SEPSIS, "ring 0712 345 678 please")
    assert personal.returncode == 1 and "phone number" in personal.stderr
    assert len(json.loads(_cli(home, "suggestions", "--json").stdout)) == 1


def test_reports_sync_over_loopback_and_are_listed_per_article_newest_first(
    outbox: Outbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import itertools

    import healthref.intake.store

    arrivals = itertools.count()  # the receiver's clock: one second per record stored
    monkeypatch.setattr(
        healthref.intake.store, "now_iso", lambda: f"2026-01-01T00:00:{next(arrivals):02d}+00:00"
    )
    server = start_receiver(tmp_path)
    try:
        outbox.save("How do I store insulin without a fridge?")
        outbox.save_report(SEPSIS, "The first report about sepsis")
        report = sync_once(
            outbox, receiver_url(server), TOKEN, dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        )
        assert report.sent == 2
        outbox.save_report("what-is-malaria", "A report about malaria")
        outbox.save_report(SEPSIS, "The second report about sepsis", "Sources")
        later = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
        assert sync_once(outbox, receiver_url(server), TOKEN, later).sent == 2
        articles = reports_by_article(server.engine)
        assert [a.slug for a in articles] == [SEPSIS, "what-is-malaria"]
        sepsis = next(a for a in articles if a.slug == SEPSIS)
        assert [r.text for r in sepsis.reports] == [
            "The second report about sepsis",
            "The first report about sepsis",
        ]
        assert sepsis.reports[0].part == "Sources"
        assert sepsis.reports[0].content_version == "content-1"
        # Reports are not counted as missing questions.
        assert [s.text for s in most_suggested(server.engine)] == [
            "How do I store insulin without a fridge?"
        ]
    finally:
        server.stop()


def test_reports_travel_in_export_files(outbox: Outbox, tmp_path: Path) -> None:
    outbox.save_report(SEPSIS, "The takeaway contradicts the tiers", "Key takeaway")
    target = tmp_path / "stick.zip"
    assert export_file(outbox.pending(), target) == 1
    other = Outbox(open_user_db(tmp_path / "other" / "user.db").engine, "test")
    assert other.add_received(read_file(target)) == 1
    assert other.add_received(read_file(target)) == 0
    (row,) = other.all()
    assert (row.kind, row.slug, row.part) == ("problem", SEPSIS, "Key takeaway")
    engine = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    results = receive(engine, [wire_record(r) for r in read_file(target)])
    assert [r["status"] for r in results] == ["accepted"]
    assert reports_by_article(engine, SEPSIS)[0].reports[0].part == "Key takeaway"


def test_an_older_receiver_db_gains_the_report_columns(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old-intake.db"
    engine = open_store(f"sqlite:///{path}")
    engine.dispose()
    connection = sqlite3.connect(path)
    connection.execute("DROP INDEX ix_received_suggestions_slug")
    for column in ("kind", "slug", "part"):
        connection.execute(f"ALTER TABLE received_suggestions DROP COLUMN {column}")
    connection.commit()
    connection.close()
    engine = open_store(f"sqlite:///{path}")
    record = {
        "id": "6f1c1c1e-0000-4000-8000-000000000001",
        "text": "Wrong dose here",
        "kind": "problem",
        "slug": SEPSIS,
    }
    assert receive(engine, [record])[0]["status"] == "accepted"
    assert reports_by_article(engine)[0].slug == SEPSIS
