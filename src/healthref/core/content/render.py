"""ArticleView → the sanitised HTML of the answer pane (and a plain-text form for the CLI)."""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from healthref.core.content.notices import DISCLAIMER, NOT_REVIEWED
from healthref.core.content.rules import HELP_SECTION, TAKEAWAY_SECTION
from healthref.core.content.sanitise import sanitise_html
from healthref.core.content.store import ArticleView

__all__ = ["DISCLAIMER", "NOT_REVIEWED", "article_html", "article_text", "review_line"]

_H2_SPLIT = re.compile(r"(?=<h2>)")
_H2_TITLE = re.compile(r"<h2>(.*?)</h2>", re.S)
_MD_SECTION = re.compile(r"^##[ \t]+(.+?)\s*$", re.M)


def human_date(iso: str) -> str:
    """2026-11-23 → 23 November 2026 (unchanged if it is not a date)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def review_line(article: ArticleView) -> str:
    """ "Updated …" with the review status; an unreviewed article says so plainly."""
    updated = f"Updated {human_date(article.updated)}"
    if article.reviewed and article.reviewed_by:
        return f"{updated} · Reviewed {human_date(article.reviewed)} by {article.reviewed_by}"
    return f"{updated} · {NOT_REVIEWED}"


def markdown_sections(body: str) -> list[tuple[str, str]]:
    """(title, markdown) for each `##` section of an article body."""
    parts = _MD_SECTION.split(body)
    return [(parts[i].strip(), parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]


def _callout(css_class: str, inner: str) -> str:
    # QTextBrowser draws backgrounds and borders reliably only on table cells.
    return (
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="10">'
        f"<tr><td>{inner}</td></tr></table>"
    )


def _body(article: ArticleView) -> str:
    chunks: list[str] = []
    for chunk in _H2_SPLIT.split(sanitise_html(article.body_html)):
        title_match = _H2_TITLE.match(chunk)
        title = title_match.group(1).strip() if title_match else ""
        if title == HELP_SECTION:
            chunks.append(_callout("urgent", chunk))
        elif title == TAKEAWAY_SECTION:
            chunks.append(_callout("takeaway", chunk))
        else:
            chunks.append(chunk)
    return "".join(chunks)


def _sources(article: ArticleView) -> str:
    items = "".join(
        f"<li>{escape(s.title)}. <b>{escape(s.publisher)}</b>. "
        f'<span class="url">{escape(s.url)}</span> '
        f'<span class="licence">[{escape(s.licence)}]</span></li>'
        for s in article.sources
    )
    return f'<h2>Sources</h2><ol class="sources">{items}</ol>'


def article_html(article: ArticleView) -> str:
    """The whole answer as HTML; only internal `article:` links are produced."""
    facts = "".join(f"<li>{escape(fact)}</li>" for fact in article.key_facts)
    related = "".join(
        f'<li><a href="article:{escape(link.slug)}">{escape(link.question)}</a></li>'
        for link in article.related
    )
    aliases = escape(", ".join(article.aliases))
    return "".join(
        (
            f'<p class="category">{escape(article.category)}</p>',
            f'<h1 class="question">{escape(article.question)}</h1>',
            f'<p class="dates">{escape(review_line(article))}</p>',
            f'<p class="disclaimer">{escape(DISCLAIMER)}</p>',
            _callout(
                "quick",
                f'<p class="quick-label">Quick answer</p><p>{escape(article.quick_answer)}</p>',
            ),
            f'<h2>Key facts</h2><ul class="facts">{facts}</ul>',
            _body(article),
            f'<p class="aliases"><b>Also called:</b> {aliases}</p>' if aliases else "",
            f'<h2>Related questions</h2><ul class="related">{related}</ul>' if related else "",
            _sources(article),
            f'<p class="disclaimer">{escape(DISCLAIMER)}</p>',
        )
    )


def article_text(article: ArticleView) -> str:
    """A plain-text form for terminals and `show --format text`."""
    lines = [
        article.question,
        "=" * len(article.question),
        review_line(article),
        "",
        f"Quick answer: {article.quick_answer}",
        "",
        "Key facts:",
    ]
    lines += [f"  - {fact}" for fact in article.key_facts]
    lines += ["", article.body_markdown.strip(), ""]
    if article.aliases:
        lines.append(f"Also called: {', '.join(article.aliases)}")
    if article.related:
        lines.append("Related: " + "; ".join(link.question for link in article.related))
    lines += ["", "Sources:"]
    lines += [
        f"  {s.number}. {s.title}. {s.publisher}. {s.url} [{s.licence}]" for s in article.sources
    ]
    lines += ["", DISCLAIMER]
    return "\n".join(lines) + "\n"
