"""Every article's handout, printed to PDF and read back with poppler's pdftotext: the
question, quick answer, every emergency line, the sources and the footer are on the paper, and
no handout takes more than two pages at normal print."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from healthref.core.content.article import ArticleView
from healthref.core.content.handout import short_source
from healthref.core.content.store import ContentStore
from healthref.ui.printing.handout_pdf import HandoutOptions, write_handout_pdf

POPPLER = shutil.which("pdftotext") and shutil.which("pdfinfo")
pytestmark = pytest.mark.skipif(not POPPLER, reason="needs poppler-utils (.ci/run installs it)")
PRINTED_ON = dt.date(2026, 12, 1)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    (line,) = [line for line in info.stdout.splitlines() if line.startswith("Pages:")]
    return int(line.split()[1])


def pdf_words(path: Path) -> str:
    """The text on the paper, footers removed (a line may run on past one), in single spaces."""
    text = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    body = [line for line in text.splitlines() if not line.startswith("Printed from healthref")]
    # Qt breaks lines after a hyphen without adding one: a line ending in "-" runs on.
    joined = "\n".join(body).replace("-\n", "-").replace("•", " ")
    return " ".join(joined.split())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def views(bundled_db: Path) -> list[ArticleView]:
    _app = QGuiApplication.instance() or QGuiApplication([])
    store = ContentStore.open(bundled_db)
    found = [store.article(q.slug) for q in store.questions()]
    return [v for v in found if v is not None]


def test_every_handout_holds_the_answer_and_fits_two_pages(
    views: list[ArticleView], tmp_path: Path
) -> None:
    assert len(views) == 124
    too_long: list[str] = []
    for view in views:
        article = view.article
        path = tmp_path / f"{article.slug}.pdf"
        write_handout_pdf(path, [view], HandoutOptions(printed_on=PRINTED_ON))
        if pdf_pages(path) > 2:
            too_long.append(article.slug)
        words = pdf_words(path)
        raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
        footer = f"Printed from healthref, content {view.content_version}, on 1 December 2026"
        assert footer in raw.stdout, article.slug
        expected = [article.question, article.quick_answer, *article.help.emergency]
        expected += [short_source(s.title, s.publisher, s.url) for s in article.citations]
        for text in expected:
            assert flat(text) in words, (article.slug, text)
        emergency_at = words.find("GET EMERGENCY HELP NOW")
        if article.help.emergency:
            assert -1 < emergency_at < words.find("Key facts"), article.slug
    assert too_long == []


def test_large_print_is_larger_and_a_category_pack_starts_each_answer_on_a_page(
    views: list[ArticleView], tmp_path: Path
) -> None:
    normal, large, pack = tmp_path / "n.pdf", tmp_path / "l.pdf", tmp_path / "p.pdf"
    view = next(v for v in views if v.article.slug == "what-causes-sepsis")
    write_handout_pdf(normal, [view], HandoutOptions())
    write_handout_pdf(large, [view], HandoutOptions(large_print=True))
    assert pdf_pages(large) > pdf_pages(normal)
    chosen = views[:3]
    pages = write_handout_pdf(pack, chosen, HandoutOptions())
    assert pdf_pages(pack) == sum(pages)
    first_pages = [sum(pages[:i]) + 1 for i in range(len(chosen))]
    for view, page in zip(chosen, first_pages, strict=True):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pack), "-"],
            capture_output=True,
            text=True,
        ).stdout
        assert flat(view.article.question) in flat(text)
