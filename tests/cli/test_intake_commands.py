"""The receiver's commands, as the answer-writing team reads them: what arrived (most asked
first), problem reports per article, and loading a file carried on a stick."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from healthref.cli.dispatch import run_command
from healthref.core.suggestions.outbox import Outbox
from healthref.core.suggestions.transfer import export_file
from healthref.core.userdata.database import open_user_db


def _run(capsys: pytest.CaptureFixture[str], home: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    status = run_command([*args, "--home", str(home)])
    return status, capsys.readouterr().out


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A clinic's export: one question asked three times, one asked once, two reports."""
    user_db = open_user_db(tmp_path / "clinic" / "user.db")
    outbox = Outbox(user_db.engine, "test", "content-7")
    for _ in range(3):
        outbox.save("How do I clean a baby's ears safely?")
    outbox.save("Can I give honey to a child with a cough?")
    outbox.save_report("what-causes-sepsis", "The second list repeats the first one.", "Causes")
    outbox.save_report("what-causes-sepsis", "A word is misspelt in the summary here.")
    path = tmp_path / "stick.zip"
    export_file(outbox.pending(), path)
    user_db.engine.dispose()
    return path


def test_an_empty_receiver_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, tmp_path, "intake-list") == (0, "Nothing received yet.\n")
    assert _run(capsys, tmp_path, "intake-reports") == (0, "No problem reports received yet.\n")
    assert _run(capsys, tmp_path, "intake-list", "--json") == (0, "[]\n")


def test_import_then_list_most_asked_first(
    tmp_path: Path, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = tmp_path / "hub"
    status, out = _run(capsys, hub, "intake-import", str(stick))
    assert (status, out) == (0, f"4 new, 0 already here, 0 refused, from {stick}\n")
    assert _run(capsys, hub, "intake-import", str(stick))[1].startswith("0 new, 4 already here")
    status, out = _run(capsys, hub, "intake-list")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2  # reports are not questions
    assert lines[0].startswith("    3 ×  How do I clean a baby's ears safely?  (first 20")
    assert lines[1].startswith("    1 ×  Can I give honey to a child with a cough?")
    status, out = _run(capsys, hub, "intake-list", "--json", "--limit", "1")
    (only,) = json.loads(out)
    assert (only["text"], only["times_asked"]) == ("How do I clean a baby's ears safely?", 3)


def test_problem_reports_per_article(
    tmp_path: Path, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = f"sqlite:///{tmp_path / 'elsewhere.db'}"
    assert _run(capsys, tmp_path, "intake-import", str(stick), "--db", database)[0] == 0
    status, out = _run(capsys, tmp_path, "intake-reports", "--db", database)
    lines = out.splitlines()
    assert status == 0 and lines[0] == "what-causes-sepsis  (2 report(s))"
    assert sorted(line.split(" ", 3)[-1] for line in lines[1:]) == [
        "A word is misspelt in the summary here.",
        "[Causes] The second list repeats the first one.",
    ]
    status, out = _run(capsys, tmp_path, "intake-reports", "--db", database, "--json")
    (article,) = json.loads(out)
    assert article["slug"] == "what-causes-sepsis"
    assert {r["part"] for r in article["reports"]} == {"Causes", ""}
    assert {r["content_version"] for r in article["reports"]} == {"content-7"}
    assert _run(capsys, tmp_path, "intake-reports", "--db", database, "--slug", "other") == (
        0,
        "No problem reports received yet.\n",
    )
    assert not (tmp_path / "intake.db").exists()  # --db was used, not the home's receiver
