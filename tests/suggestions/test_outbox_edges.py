"""The outbox at its edges: why a save failed (in words), what counts as "the same question",
suggestions carried from another machine, and what the list shows after sync."""

from __future__ import annotations

import datetime as dt
import errno
import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event

from healthref.cli.dispatch import run_command
from healthref.core.suggestions.outbox import Outbox, SaveError
from healthref.core.suggestions.record import WireSuggestion
from healthref.core.suggestions.rules import SuggestionRejected
from healthref.core.suggestions.transfer import export_file, read_file
from healthref.core.userdata.database import open_user_db

NOW = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def outbox(home: Path) -> Outbox:
    user_db = open_user_db(home / "user.db")
    return Outbox(user_db.engine, "test", "content-1")


def _listed(home: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    """What `healthref suggestions --json` shows a person."""
    capsys.readouterr()
    assert run_command(["suggestions", "--json", "--home", str(home)]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (sqlite3.OperationalError("disk I/O error"), "the disk could not be written"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "the folder for your data is read-only"),
        (
            PermissionError(errno.EACCES, "Permission denied", "user.db-journal"),
            "the folder for your data is read-only",
        ),
    ],
)
def test_a_failed_save_says_why_in_words(outbox: Outbox, failure: Exception, said: str) -> None:
    outbox.save("The question saved before the fault?")
    engine = outbox._engine

    def fail_writes(_c: object, _cur: object, statement: str, *_rest: object) -> None:
        if statement.startswith("INSERT"):  # what the driver raises when the write fails
            raise failure

    event.listen(engine, "before_cursor_execute", fail_writes)
    with pytest.raises(SaveError) as caught:
        outbox.save("A question that meets a failing disk?")
    event.remove(engine, "before_cursor_execute", fail_writes)
    assert caught.value.one_line() == f"Couldn't save: {said}"
    assert [r.text for r in outbox.all()] == ["The question saved before the fault?"]


def test_an_unexpected_failure_shows_the_drivers_one_line(outbox: Outbox) -> None:
    with outbox._engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE suggestions")
    with pytest.raises(SaveError) as caught:
        outbox.save("A question with nowhere to go?")
    # The driver's own words, not SQLAlchemy's wrapper with the SQL statement and a web link.
    assert caught.value.one_line() == "Couldn't save: no such table: suggestions"


def test_the_same_question_is_offered_from_88_percent_alike(outbox: Outbox) -> None:
    outbox.save("What causes kidney stones?")
    # token_set_ratio 88.0 exactly: offered; 84: a different question.
    assert outbox.similar_pending("What create kidney stones?") == ["What causes kidney stones?"]
    assert outbox.similar_pending("What starts kidney stones?") == []


def _carried(text: str, created_at: str, kind: str = "question", slug: str = "") -> WireSuggestion:
    return WireSuggestion(str(uuid.uuid4()), text, created_at=created_at, kind=kind, slug=slug)


def test_an_import_skips_what_is_here_and_keeps_going(outbox: Outbox, tmp_path: Path) -> None:
    outbox.save("Is this question already here?")
    here = outbox.pending()[0].wire()
    new = [
        _carried("Can a child take aspirin?", "2026-01-02T00:00:00+00:00"),
        _carried("How much water should I drink?", "2026-01-03T00:00:00+00:00"),
    ]
    stick = tmp_path / "stick.zip"
    export_file([here, *new], stick)
    assert outbox.add_received(read_file(stick)) == 2
    assert outbox.add_received(read_file(stick)) == 0
    assert sorted(r.text for r in outbox.all()) == sorted(
        [
            "Is this question already here?",
            "Can a child take aspirin?",
            "How much water should I drink?",
        ]
    )


def test_a_carried_question_or_report_merges_with_the_same_typed_here(outbox: Outbox) -> None:
    question = _carried("How do I treat a bee sting?", "2026-01-02T00:00:00+00:00")
    report = _carried(
        "The dose in this answer looks wrong.",
        "2026-01-02T00:00:00+00:00",
        kind="problem",
        slug="what-causes-sepsis",
    )
    assert outbox.add_received([question, report]) == 2
    assert outbox.save("how do I treat a BEE sting").merged
    assert outbox.save_report("what-causes-sepsis", "The dose in this answer looks wrong.").merged
    assert outbox.pending_count() == 2


def test_the_list_is_newest_first_and_the_export_oldest_first(
    outbox: Outbox, home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outbox.add_received(
        [
            _carried("The middle question, asked second?", "2026-01-02T00:00:00+00:00"),
            _carried("The newest question, asked last?", "2026-01-03T00:00:00+00:00"),
            _carried("The oldest question, asked first?", "2026-01-01T00:00:00+00:00"),
        ]
    )
    listed = [r["text"] for r in _listed(home, capsys)]
    assert listed == [
        "The newest question, asked last?",
        "The middle question, asked second?",
        "The oldest question, asked first?",
    ]
    stick = tmp_path / "stick.zip"
    export_file(outbox.pending(), stick)
    assert [r.text for r in read_file(stick)] == listed[::-1]


def test_the_list_after_sync_shows_when_and_why(
    outbox: Outbox, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outbox.save("A question the receiver takes on retry?")
    outbox.save("A question the receiver refuses?")
    sent, refused = sorted(outbox.pending(), key=lambda r: r.text)
    outbox.note_failure([sent.id], "the receiver answered 503", NOW)
    outbox.note_failure([refused.id], "could not reach the receiver " + "y" * 600, NOW)
    waiting = {r.id: r.last_error for r in outbox.all()}
    assert waiting[refused.id] == ("could not reach the receiver " + "y" * 600)[:500]
    later = NOW + dt.timedelta(hours=1)
    outbox.mark_sent([sent.id], later)
    outbox.mark_rejected(refused.id, "off topic " + "x" * 600, later)
    rows = {r["text"]: r for r in _listed(home, capsys)}
    took, refused_row = rows[sent.text], rows[refused.text]
    assert (took["status"], took["last_error"]) == ("sent", "")  # the old failure is gone
    assert took["acknowledged_at"] == "2026-03-01T13:00:00+00:00"
    assert refused_row["status"] == "rejected"
    assert refused_row["acknowledged_at"] == "2026-03-01T13:00:00+00:00"
    assert refused_row["last_error"] == ("off topic " + "x" * 600)[:500]


def test_a_report_without_a_part_is_about_the_whole_answer_in_english(outbox: Outbox) -> None:
    outbox.save_report("what-causes-sepsis", "The first sentence of this answer is unclear.")
    (row,) = outbox.all()
    assert (row.kind, row.slug, row.part, row.language, row.note, row.category) == (
        "problem",
        "what-causes-sepsis",
        "",
        "en",
        "",
        "",
    )


def test_a_report_names_its_article_and_part_within_limits(outbox: Outbox) -> None:
    text = "The dose in the table looks wrong to me."
    for slug in ("", "s" * 201):
        with pytest.raises(SuggestionRejected, match="must name the article"):
            outbox.save_report(slug, text)
    outbox.save_report("s" * 200, text, "Dose  table " + "p" * 150, language="sw")
    (row,) = outbox.all()
    assert row.slug == "s" * 200
    assert row.part == ("Dose table " + "p" * 150)[:100]
    assert (row.language, row.note, row.category) == ("sw", "", "")
