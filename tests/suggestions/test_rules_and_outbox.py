"""Suggestions: validated as plain text without personal data, saved whole, merged when
repeated, and a failed write says why and loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event

from healthref.core.suggestions.outbox import Outbox, SaveError
from healthref.core.suggestions.rules import SuggestionRejected, check_suggestion
from healthref.core.userdata.database import open_user_db


@pytest.mark.parametrize(
    ("text", "note", "field", "words"),
    [
        ("", "", "text", "at least 10"),
        ("   short   ", "", "text", "at least 10"),
        ("x" * 301, "", "text", "300 characters"),
        ("!!!!!!!!!!!!!!", "", "text", "in words"),
        ("What is this fever about?", "n" * 1001, "note", "1000 characters"),
        ("See https://example.org/x for my question", "", "text", "web link"),
        ("See www.example.org about rashes", "", "text", "web link"),
        ("What about rashes? read drugs.com", "", "text", "web link"),
        ("Write me at jane.doe@example.org please", "", "text", "e-mail"),
        ("Call me on +254 712 345 678 about malaria", "", "text", "phone number"),
        ("Why do I get headaches so often?", "ring 0712345678", "note", "phone number"),
        ("Why do I get headaches so often?", "mail a@b.co", "note", "e-mail"),
    ],
)
def test_rules(text: str, note: str, field: str, words: str) -> None:
    with pytest.raises(SuggestionRejected) as caught:
        check_suggestion(text, note)
    assert caught.value.field == field
    assert words in str(caught.value)


def test_ordinary_questions_pass_and_are_tidied() -> None:
    clean = check_suggestion(
        "  What  is type 2 diabetes\u200b\x00 in children?  ", "seen in  clinic\n\n twice"
    )
    assert clean.text == "What is type 2 diabetes in children?"
    assert clean.note == "seen in clinic\ntwice"
    assert check_suggestion("Is E. coli in water dangerous for COVID-19 patients?").text


def test_unknown_category_is_refused() -> None:
    with pytest.raises(SuggestionRejected):
        check_suggestion("What is a normal pulse?", category="Astrology", categories=("Symptoms",))


def test_save_merges_the_same_question(outbox: Outbox) -> None:
    first = outbox.save("How do I treat a bee sting?")
    second = outbox.save("  how do I treat a BEE sting  ")
    third = outbox.save("How do I treat a wasp sting?")
    assert second.merged and second.id == first.id
    assert not third.merged
    assert outbox.pending_count() == 2
    rows = {r.text: r for r in outbox.all()}
    assert rows["How do I treat a bee sting?"].times_asked == 2
    assert rows["How do I treat a bee sting?"].status == "pending"
    assert rows["How do I treat a bee sting?"].content_version == "content-1"


def test_similar_pending_is_offered(outbox: Outbox) -> None:
    outbox.save("How do I treat a bee sting?")
    assert outbox.similar_pending("how to treat bee sting") == ["How do I treat a bee sting?"]
    assert outbox.similar_pending("What causes kidney stones?") == []


def test_full_disk_says_why_and_keeps_earlier(tmp_path: Path) -> None:
    user_db = open_user_db(tmp_path / "user.db")
    outbox = Outbox(user_db.engine, "test")
    outbox.save("The first question that fits?")

    @event.listens_for(user_db.engine, "connect")
    def _fill(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        (pages,) = dbapi_connection.execute("PRAGMA page_count").fetchone()
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    user_db.engine.dispose()  # new connections are now "full"
    saved = ["The first question that fits?"]
    with pytest.raises(SaveError, match=r"^the disk is full$"):
        for n in range(200):
            text = f"Question number {n} that does not fit? " + "pad " * 60
            outbox.save(text)
            saved.append(text.strip())
    assert sorted(r.text for r in outbox.all()) == sorted(saved)
    check = sqlite3.connect(tmp_path / "user.db")
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


def test_read_only_user_data_says_why_and_keeps_earlier(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    user_db = open_user_db(path)
    Outbox(user_db.engine, "test").save("The question before it went read-only?")
    user_db.engine.dispose()
    # A read-only open is what a read-only folder or file gives (root ignores chmod).
    read_only = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    )
    outbox = Outbox(read_only, "test")
    with pytest.raises(SaveError, match=r"^the folder for your data is read-only$"):
        outbox.save("A question that cannot be written?")
    assert [r.text for r in outbox.all()] == ["The question before it went read-only?"]


def test_damaged_user_db_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    path.write_bytes(b"this is not sqlite" * 100)
    user_db = open_user_db(path)
    assert user_db.moved_aside is not None and user_db.moved_aside.exists()
    assert user_db.moved_aside.read_bytes().startswith(b"this is not sqlite")
    Outbox(user_db.engine, "test").save("Does a fresh database work?")
