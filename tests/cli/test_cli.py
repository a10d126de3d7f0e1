"""The command line contract of DESIGN.md: output shapes and exit statuses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HEALTHREF_HOME": str(cwd or REPO / ".pytest-home")}
    return subprocess.run(
        [sys.executable, "-m", "healthref", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path


def test_search_json_puts_sepsis_first(home: Path) -> None:
    result = run("search", "sepsis", "--json", cwd=home)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits[0]["slug"] == "what-causes-sepsis"
    assert {"slug", "question", "score", "snippet", "weak"} <= set(hits[0])
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_text_and_limit(home: Path) -> None:
    result = run("search", "malaria", "--limit", "2", cwd=home)
    assert result.returncode == 0
    assert result.stdout.count("\n    how-") + result.stdout.count("\n    what-") == 2


def test_search_marks_weak_hits(home: Path) -> None:
    hits = json.loads(run("search", "gout flare diet", "--json", cwd=home).stdout)
    assert hits and all(hit["weak"] is True for hit in hits)  # listed, and marked weak


def test_search_batch_one_array_per_line(home: Path) -> None:
    result = run(
        "search",
        "--batch",
        "-",
        "--json",
        "--limit",
        "3",
        stdin='sepsis\n\nblood poisoning\n"NEAR(\n',
        cwd=home,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    arrays = [json.loads(line) for line in lines]
    assert arrays[0][0]["slug"] == "what-causes-sepsis"
    assert arrays[1] == []
    assert all(len(a) <= 3 for a in arrays)


def test_search_batch_from_file(home: Path) -> None:
    queries = home / "queries.txt"
    queries.write_text("malaria\nmeasles\n", encoding="utf-8")
    result = run("search", "--batch", str(queries), "--json", cwd=home)
    assert [len(json.loads(line)) > 0 for line in result.stdout.splitlines()] == [True, True]


@pytest.mark.parametrize(
    "args",
    [
        ("search",),
        ("search", "x", "--limit", "0"),
        ("search", "--batch", "-"),
        ("show",),
        ("show", "x", "--format", "pdf"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], home: Path) -> None:
    result = run(*args, cwd=home)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_show_json_has_the_whole_article(home: Path) -> None:
    result = run("show", "what-causes-sepsis", "--format", "json", cwd=home)
    assert result.returncode == 0
    article = json.loads(result.stdout)
    assert article["question"] == "What causes sepsis?"
    assert article["quick_answer"]
    assert 3 <= len(article["key_facts"]) <= 7
    titles = [s["title"] for s in article["sections"]]
    assert titles[-1] == "Key takeaway"
    assert article["help"]["emergency"] and len(article["situations"]) >= 8
    assert len(article["citations"]) >= 2
    assert all(s["url"].startswith("https://") and s["licence"] for s in article["citations"])
    assert "When to get medical help" in article["html"]
    assert article["review_status"].endswith("Not yet reviewed by a clinician")


def test_show_text_and_html(home: Path) -> None:
    text = run("show", "what-causes-sepsis", cwd=home)
    assert text.stdout.startswith("What causes sepsis?")
    html = run("show", "what-causes-sepsis", "--format", "html", cwd=home)
    assert "<h1" in html.stdout and "article:" in html.stdout


def test_show_unknown_slug_fails_with_one_line(home: Path) -> None:
    result = run("show", "no-such-article", cwd=home)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no-such-article" in result.stderr


@pytest.mark.parametrize("damage", ["missing", "empty", "garbage", "truncated"])
def test_bad_content_db_is_one_line_exit_1(damage: str, home: Path, bundled_db: Path) -> None:
    path = home / "articles.db"
    if damage == "empty":
        path.write_bytes(b"")
    elif damage == "garbage":
        path.write_bytes(b"\x00garbage" * 100)
    elif damage == "truncated":
        path.write_bytes(bundled_db.read_bytes()[:50_000])
    result = run("--content-db", str(path), "search", "fever", cwd=home)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and str(path) in result.stderr
    assert "Traceback" not in result.stderr
    if damage == "missing":
        assert not path.exists()


def test_global_options_after_the_command(home: Path, bundled_db: Path) -> None:
    copy = home / "copy.db"
    shutil.copy(bundled_db, copy)
    result = run(
        "show", "what-causes-sepsis", "--content-db", str(copy), "--format", "json", cwd=home
    )
    assert result.returncode == 0


def test_build_and_check(make_content: Callable[..., Path], home: Path) -> None:
    content = make_content()
    out = home / "built.db"
    built = run("build", "--content", str(content), "--out", str(out), cwd=home)
    assert built.returncode == 0, built.stderr
    assert (
        run("build", "--content", str(content), "--out", str(out), "--check", cwd=home).returncode
        == 0
    )
    article = content / "articles" / "beta.md"
    article.write_text(article.read_text().replace("Fact one.", "Fact one, changed."))
    stale = run("build", "--content", str(content), "--out", str(out), "--check", cwd=home)
    assert stale.returncode == 1
    assert "beta.md" in stale.stderr


def test_build_reports_problems_naming_files(make_content: Callable[..., Path], home: Path) -> None:
    content = make_content(quick_answer="")
    result = run("build", "--content", str(content), "--out", str(home / "x.db"), cwd=home)
    assert result.returncode == 1
    assert "alpha.md: quick_answer: is missing" in result.stderr
    assert not (home / "x.db").exists()


def test_committed_db_is_current() -> None:
    result = run("build", "--check", cwd=REPO)
    assert result.returncode == 0, result.stderr


def test_doctor_reports_articles_and_user_db(home: Path) -> None:
    result = run("--home", str(home / "user"), "doctor", cwd=home)
    assert result.returncode == 0, result.stdout
    assert "124 articles" in result.stdout and "FTS5" in result.stdout
    assert (home / "user" / "user.db").exists()


def test_doctor_explains_a_missing_db(home: Path) -> None:
    result = run("--content-db", str(home / "gone.db"), "--home", str(home), "doctor", cwd=home)
    assert result.returncode == 1
    assert "FAIL content database" in result.stdout and "gone.db" in result.stdout
