"""`healthref handout`: one answer, several, a whole category; a bad slug or an unwritable
output is one line and exit 1, and never leaves a broken file."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_cli import run

pytestmark = pytest.mark.skipif(
    not shutil.which("pdfinfo"), reason="needs poppler-utils (.ci/run installs it)"
)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_one_handout_needs_no_screen(tmp_path: Path) -> None:
    out = tmp_path / "sepsis.pdf"
    env_display = {k: os.environ.pop(k) for k in ("DISPLAY", "QT_QPA_PLATFORM") if k in os.environ}
    try:
        result = run("handout", "what-causes-sepsis", "--pdf", str(out), cwd=tmp_path)
    finally:
        os.environ.update(env_display)
    assert result.returncode == 0, result.stderr
    assert "Wrote 1 handout" in result.stdout
    assert "What causes sepsis?" in pdf_text(out)
    assert "A4" in pdf_info(out)["Page size"]


def test_several_handouts_in_letter_and_large_print(tmp_path: Path) -> None:
    normal, large = tmp_path / "two.pdf", tmp_path / "two-large.pdf"
    slugs = ("what-causes-sepsis", "how-should-a-burn-be-treated")
    result = run("handout", *slugs, "--pdf", str(normal), "--paper", "letter", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    args = ("handout", *slugs, "--pdf", str(large), "--large-print")
    assert run(*args, cwd=tmp_path).returncode == 0
    assert "letter" in pdf_info(normal)["Page size"]
    text = pdf_text(normal)
    assert text.index("What causes sepsis?") < text.index("How should a burn be treated?")
    assert int(pdf_info(large)["Pages"]) > int(pdf_info(normal)["Pages"])


def test_a_category_makes_one_pack(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = run(
        "handout", "--category", "first aid and emergencies", "--pdf", str(out), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "How should a burn be treated?" in text
    assert "What causes sepsis?" not in text  # another category
    assert int(pdf_info(out)["Pages"]) >= 5


def test_bad_slug_and_bad_category_are_one_line_and_write_nothing(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    bad = run("handout", "what-causes-sepsis", "no-such-article", "--pdf", str(out), cwd=tmp_path)
    assert bad.returncode == 1
    assert bad.stderr.strip() == "healthref: no article 'no-such-article' (try `healthref search`)"
    category = run("handout", "--category", "Gardening", "--pdf", str(out), cwd=tmp_path)
    assert category.returncode == 1 and len(category.stderr.strip().splitlines()) == 1
    assert "no category 'Gardening'" in category.stderr
    nothing = run("handout", "--pdf", str(out), cwd=tmp_path)
    assert nothing.returncode == 2
    assert list(tmp_path.glob("*.pdf")) == []


def test_unwritable_output_keeps_the_old_file(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "x.pdf"
    result = run("handout", "what-causes-sepsis", "--pdf", str(missing), cwd=tmp_path)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"healthref: cannot write {missing}")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = run("handout", "what-causes-sepsis", "--pdf", str(folder), cwd=tmp_path)
    assert result.returncode == 1 and "cannot write" in result.stderr
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    locked = tmp_path / "locked"
    locked.mkdir()
    old = locked / "old.pdf"
    old.write_bytes(b"the old handout")
    locked.chmod(0o500)
    try:
        result = run("handout", "what-causes-sepsis", "--pdf", str(old), cwd=tmp_path)
    finally:
        locked.chmod(0o700)
    if os.geteuid() != 0:  # root writes anywhere
        assert result.returncode == 1 and "cannot write" in result.stderr
        assert old.read_bytes() == b"the old handout"
        assert sorted(p.name for p in locked.iterdir()) == ["old.pdf"]
