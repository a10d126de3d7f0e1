"""The patient handout: its own printed layout (HTML for QTextDocument), never a print of the
screen. Tiers are boxed and named in words, so they survive black-and-white printing."""

from __future__ import annotations

import datetime as dt
import urllib.parse
from dataclasses import dataclass
from enum import StrEnum
from html import escape

from healthref.core.content.article import Article, ArticleView
from healthref.core.content.labels import labels_for
from healthref.core.content.markdown_text import markdown_to_html
from healthref.core.content.render import callout, markdown_sections, review_line
from healthref.core.content.rules import TAKEAWAY_SECTION
from healthref.core.content.tier import Tier
from healthref.core.i18n.catalogue import _
from healthref.core.i18n.dates import human_date


class Paper(StrEnum):
    """The paper sizes a handout is laid out for."""

    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class HandoutStyle:
    """Normal or large print: the base font size in points, the rest in proportion."""

    large_print: bool = False

    @property
    def base_pt(self) -> float:
        return 16.0 if self.large_print else 10.0

    def stylesheet(self) -> str:
        """CSS for QTextDocument (a CSS 2.1 subset); sizes in points, black on white."""
        b = self.base_pt
        return (
            f"body {{ font-size: {b}pt; color: #000; }}"
            f"h1 {{ font-size: {b * 1.6:.1f}pt; font-weight: 700; margin-bottom: 2pt; }}"
            f"h2 {{ font-size: {b * 1.15:.1f}pt; font-weight: 700; margin-top: 8pt;"
            " margin-bottom: 3pt; }"
            "p { margin-top: 1pt; margin-bottom: 3pt; }"
            "li { margin-bottom: 1pt; }"
            "ul { margin-top: 0pt; margin-bottom: 0pt; }"
            f"p.dates {{ font-size: {b * 0.85:.1f}pt; color: #333; }}"
            "p.box-label { font-weight: 700; margin-bottom: 0pt; }"
            f"p.frame {{ font-size: {b * 0.9:.1f}pt; font-style: italic; }}"
            "table.box { border-color: #000; border-style: solid; margin-top: 4pt;"
            " margin-bottom: 4pt; }"
            "table.emergency { border-width: 3px; }"
            f"ol.sources li {{ font-size: {b * 0.85:.1f}pt; }}"
            "p.gap { font-size: 3pt; margin: 0pt; }"
            f"p.disclaimer {{ font-size: {b * 0.85:.1f}pt; font-style: italic; }}"
        )


def handout_footer(content_version: str, printed_on: dt.date) -> str:
    """The line printed at the foot of every page."""
    return _("Printed from healthref, content {version}, on {date}").format(
        version=content_version or _("unknown"), date=human_date(printed_on.isoformat())
    )


def short_source(title: str, publisher: str, url: str) -> str:
    """ "Title — Publisher (site)": enough to find the page again, short enough to print."""
    host = urllib.parse.urlsplit(url).hostname or url
    host = host.removeprefix("www.")
    return f"{title} — {publisher} ({host})"


def takeaway_html(article: Article) -> str:
    """The key takeaway section, rendered; empty when the article has none."""
    for title, text in markdown_sections(article.body_markdown):
        if title == TAKEAWAY_SECTION:
            return markdown_to_html(text)
    return ""


def _box(css_class: str, label: str, inner: str) -> str:
    box = callout(f"box {css_class}", f'<p class="box-label">{escape(label)}</p>{inner}')
    border = 'border="3"' if css_class == "emergency" else 'border="1"'
    return box.replace('border="2"', border) + '<p class="gap">&nbsp;</p>'


def _items(lines: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def tiers_html(article: Article) -> str:
    """Every urgency tier, emergency first, each boxed and labelled in capitals and words."""
    labels = labels_for(article.language)  # the answer's own words, as on screen
    parts = [f"<h2>{escape(labels.help_title)}</h2>"]
    if not article.help.emergency and article.help.no_emergency_reason:
        parts.append(
            _box(
                "none",
                labels.no_emergency_title.upper(),
                f"<p>{escape(article.help.no_emergency_reason)}</p>",
            )
        )
    for tier in Tier:
        lines = article.help.items(tier)
        if lines:
            name, frame = labels.tiers[tier]
            inner = f'<p class="frame">{escape(frame)}</p>{_items(lines)}'
            parts.append(_box(tier.value, name.upper(), inner))
    return "".join(parts)


def handout_html(view: ArticleView) -> str:
    """One article's handout as HTML (the page footer is painted separately, on every page)."""
    article = view.article
    labels = labels_for(article.language)
    sources = "".join(
        f"<li>{escape(short_source(s.title, s.publisher, s.url))}</li>" for s in article.citations
    )
    takeaway = takeaway_html(article)
    return "".join(
        (
            f"<h1>{escape(article.question)}</h1>",
            f'<p class="dates">{escape(review_line(article))}</p>',
            _box("quick", labels.quick_answer, f"<p>{escape(article.quick_answer)}</p>"),
            tiers_html(article),
            f"<h2>{escape(labels.key_facts)}</h2>",
            _items(article.key_facts),
            _box("takeaway", TAKEAWAY_SECTION, takeaway) if takeaway else "",
            f'<h2>{escape(labels.sources)}</h2><ol class="sources">{sources}</ol>',
            f'<p class="disclaimer">{escape(labels.disclaimer)}</p>',
        )
    )
