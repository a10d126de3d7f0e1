"""`healthref content stamp-translations` from the command line: what it stamps, what it says,
and the clear refusals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.cli.test_cli import run
from tests.core.test_translations import french_text


def _with_pending_french(make_content: Callable[..., Path]) -> Path:
    content = make_content()
    folder = content / "articles" / "fr"
    folder.mkdir()
    (folder / "alpha.md").write_text(french_text(), encoding="utf-8")
    return content


def test_stamps_a_pending_translation_and_says_so(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = _with_pending_french(make_content)
    french = content / "articles" / "fr" / "alpha.md"
    assert 'original_version = "pending"' in french.read_text(encoding="utf-8")
    result = run("content", "stamp-translations", "--content", str(content), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"stamped {french}" in result.stdout
    assert "1 translation stamped" in result.stdout
    assert 'original_version = "pending"' not in french.read_text(encoding="utf-8")
    again = run("content", "stamp-translations", "--content", str(content), cwd=tmp_path)
    assert again.returncode == 0 and "0 translations stamped" in again.stdout


def test_a_folder_without_articles_is_refused(tmp_path: Path) -> None:
    result = run("content", "stamp-translations", "--content", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    assert f"no articles folder in {tmp_path}" in result.stderr


def test_a_slug_without_a_translation_is_named(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = _with_pending_french(make_content)
    result = run(
        "content", "stamp-translations", "--content", str(content), "nowhere", cwd=tmp_path
    )
    assert result.returncode == 1
    assert "nowhere" in result.stderr and "Traceback" not in result.stderr
