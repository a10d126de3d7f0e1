"""Saved questions, history and the back/forward trail in the user DB, without a window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from healthref.core.userdata.database import open_user_db
from healthref.core.userdata.history import History, by_day
from healthref.core.userdata.saved import NoteTooLong, SavedQuestions, SavedSort
from healthref.core.userdata.trail import KEPT_STEPS, TrailStore

UTC = dt.UTC


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    user_db = open_user_db(tmp_path / "user.db")
    yield user_db.engine
    user_db.engine.dispose()


def test_saving_noting_removing_and_undo(engine: Engine) -> None:
    clock = Clock(dt.datetime(2026, 11, 1, 9, tzinfo=UTC))
    saved = SavedQuestions(engine, clock)
    saved.save("what-causes-sepsis", "What causes sepsis?", "Infectious diseases")
    clock.now += dt.timedelta(hours=1)
    saved.save("how-should-a-burn-be-treated", "How should a burn be treated?", "First aid")
    clock.now += dt.timedelta(hours=1)
    saved.save("what-is-asthma", "What is asthma?", "Long-term conditions", "ask Dr A")
    assert saved.set_note("what-causes-sepsis", "  for the  exam ") is not None
    assert saved.get("what-causes-sepsis").note == "for the exam"  # type: ignore[union-attr]
    assert next(i.slug for i in saved.items()) == "what-is-asthma"  # newest first
    assert next(i.slug for i in saved.items(sort=SavedSort.OLDEST)) == "what-causes-sepsis"
    by_category = [i.category for i in saved.items(sort=SavedSort.CATEGORY)]
    assert by_category == sorted(by_category)
    assert [i.slug for i in saved.items("dr a")] == ["what-is-asthma"]  # the note is searched
    assert [i.slug for i in saved.items("BURN treated")] == ["how-should-a-burn-be-treated"]
    removed = saved.remove("what-causes-sepsis")
    assert removed is not None and saved.get("what-causes-sepsis") is None
    saved.restore(removed)
    assert saved.get("what-causes-sepsis") == removed  # date and note as they were
    assert saved.remove("not-saved") is None
    with pytest.raises(NoteTooLong):
        saved.set_note("what-is-asthma", "x" * 201)
    assert saved.get("what-is-asthma").note == "ask Dr A"  # type: ignore[union-attr]


def test_history_is_newest_first_kept_30_days_and_cleared(engine: Engine) -> None:
    clock = Clock(dt.datetime(2026, 10, 1, 12, tzinfo=UTC))
    history = History(engine, keep_days=30, clock=clock)
    history.record("a", "A?")
    clock.now = dt.datetime(2026, 10, 25, 8, tzinfo=UTC)
    history.record("b", "B?")
    clock.now = dt.datetime(2026, 10, 25, 18, tzinfo=UTC)
    history.record("c", "C?")
    assert [v.slug for v in history.visits()] == ["c", "b", "a"]
    groups = by_day(history.visits(), UTC)
    assert [(day.day, [v.slug for v in vs]) for day, vs in groups] == [
        (25, ["c", "b"]),
        (1, ["a"]),
    ]
    clock.now = dt.datetime(2026, 11, 2, 9, tzinfo=UTC)  # "a" is now 32 days old
    history.record("d", "D?")
    assert [v.slug for v in history.visits()] == ["d", "c", "b"]
    history.keep_days = 5
    assert history.prune() == 2
    assert history.clear(before=dt.datetime(2026, 11, 3, tzinfo=UTC)) == 1
    history.record("e", "E?")
    assert history.clear() == 1 and history.count() == 0


def test_trail_survives_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    first = open_user_db(path)
    TrailStore(first.engine).save(("a", "b", "c"), 1)
    first.engine.dispose()
    again = open_user_db(path)
    store = TrailStore(again.engine)
    assert store.load() == (("a", "b", "c"), 1)
    long = tuple(f"s{n}" for n in range(KEPT_STEPS + 10))
    store.save(long, len(long) - 1)
    assert store.load() == (long[-KEPT_STEPS:], KEPT_STEPS - 1)
    store.clear()
    assert store.load() == ((), -1)
    again.engine.dispose()
