"""The receiver's lists say which interface language each question and report was sent from."""

from __future__ import annotations

import uuid
from pathlib import Path

from healthref.intake.reports import reports_by_article
from healthref.intake.store import most_suggested, open_store, receive


def test_the_lists_show_the_interface_languages(tmp_path: Path) -> None:
    engine = open_store(f"sqlite:///{tmp_path / 'intake.db'}")
    asked = "How is a snake bite treated?"
    receive(
        engine,
        [
            {"id": str(uuid.uuid4()), "text": asked, "language": "fr"},
            {"id": str(uuid.uuid4()), "text": asked, "language": "sw"},
            {"id": str(uuid.uuid4()), "text": "What is a normal temperature?"},
            {
                "id": str(uuid.uuid4()),
                "text": "The dose looks wrong here",
                "kind": "problem",
                "slug": "what-causes-sepsis",
                "language": "ar",
            },
        ],
    )
    summaries = {s.text: s.languages for s in most_suggested(engine)}
    assert summaries == {asked: "fr, sw", "What is a normal temperature?": "en"}
    (article,) = reports_by_article(engine)
    assert [r.language for r in article.reports] == ["ar"]
    engine.dispose()
