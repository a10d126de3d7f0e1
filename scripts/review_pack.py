"""A review pack: one printable A4 page per article — quick answer, key facts, the urgency
tiers, the key takeaway and sources — with a sign-off box, so a clinician can review the
medical advice on paper in a clinic without a computer."""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path

from healthref.core.content.article import Article
from healthref.core.content.notices import TIER_LABELS
from healthref.core.content.render import licence_words, review_line
from healthref.core.content.tier import Tier

STYLE = """
body { font-family: sans-serif; font-size: 9.5pt; color: #000; }
h1 { font-size: 14pt; margin: 0 0 2px 0; }
h2 { font-size: 11pt; margin: 6px 0 2px 0; }
p, li { margin: 1px 0; }
td.tier { border: 1.5px solid #000; padding: 3px; }
td.sign { border: 1px solid #000; padding: 6px; height: 22px; }
"""
_TAKEAWAY = re.compile(r"^##\s+Key takeaway\s*$(.*)", re.M | re.S)


def page_html(article: Article) -> str:
    """One article's review page."""
    facts = "".join(f"<li>{escape(f)}</li>" for f in article.key_facts)
    tiers = []
    for tier in Tier:
        lines = article.help.items(tier)
        if lines:
            name, frame = TIER_LABELS[tier]
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            tiers.append(
                f'<table width="100%" cellspacing="0"><tr><td class="tier"><b>{escape(name)}'
                f"</b> — {escape(frame)}<ul>{items}</ul></td></tr></table>"
            )
    if article.help.no_emergency_reason:
        tiers.append(f"<p><b>No emergency tier:</b> {escape(article.help.no_emergency_reason)}</p>")
    match = _TAKEAWAY.search(article.body_markdown)
    takeaway = escape(match.group(1).strip()) if match else ""
    sources = "".join(
        f"<li>{escape(c.title)} — {escape(c.publisher)} — {escape(c.url)} "
        f"({escape(licence_words(c.licence))})</li>"
        for c in article.citations
    )
    sign = "".join(
        f'<tr><td class="sign" width="30%">{label}</td><td class="sign"></td></tr>'
        for label in (
            "Reviewer's name",
            "Role",
            "Date reviewed",
            "Next review due",
            "Changes needed (or “none”)",
            "Signature",
        )
    )
    return (
        f"<p>{escape(article.category)} · {escape(article.slug)}</p>"
        f"<h1>{escape(article.question)}</h1><p>{escape(review_line(article))}</p>"
        f"<h2>Quick answer</h2><p>{escape(article.quick_answer)}</p>"
        f"<h2>Key facts</h2><ul>{facts}</ul>"
        f"<h2>When to get medical help</h2>{''.join(tiers)}"
        f"<h2>Key takeaway</h2><p>{takeaway}</p>"
        f"<h2>Sources</h2><ol>{sources}</ol>"
        f'<h2>Clinical review</h2><table width="100%" cellspacing="0">{sign}</table>'
    )


def write_review_pack(articles: list[Article], target: Path) -> int:
    """Write the pack as a PDF (one page per article); return the number of pages."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import (
        QGuiApplication,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    app = QGuiApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setResolution(144)
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    for number, article in enumerate(articles):
        if number:
            writer.newPage()
        document = QTextDocument()
        document.documentLayout().setPaintDevice(writer)  # point sizes at the PDF's resolution
        document.setDefaultStyleSheet(STYLE)
        document.setHtml(page_html(article))
        document.setPageSize(QSizeF(page.width(), page.height()))
        document.setTextWidth(page.width())
        scale = min(1.0, page.height() / max(document.size().height(), 1))
        painter.save()
        painter.scale(scale, scale)  # a long article shrinks to keep one page each
        document.drawContents(painter)
        painter.restore()
    painter.end()
    del app
    return len(articles)
