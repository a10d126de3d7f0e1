"""ArticleView → the sanitised HTML of the answer pane (and a plain-text form for the CLI)."""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from healthref.core.content.article import Article, Tier
from healthref.core.content.markdown_text import markdown_to_html
from healthref.core.content.notices import (
    DISCLAIMER,
    HELP_NOW_FRAME,
    HELP_NOW_LINK,
    HELP_NOW_TITLE,
    HELP_TITLE,
    LICENCE_WORDS,
    NO_EMERGENCY_TITLE,
    NOT_REVIEWED,
    TIER_LABELS,
)
from healthref.core.content.rules import TAKEAWAY_SECTION
from healthref.core.content.store import ArticleView

__all__ = ["DISCLAIMER", "NOT_REVIEWED", "article_html", "article_text", "review_line"]

HELP_ANCHOR = "when-to-get-help"
BOX_ITEMS = 4
_H2_SPLIT = re.compile(r"(?=<h2>)")
_H2_TITLE = re.compile(r"<h2>(.*?)</h2>", re.S)
_MD_SECTION = re.compile(r"^##[ \t]+(.+?)\s*$", re.M)


def human_date(iso: str) -> str:
    """2026-11-23 → 23 November 2026 (unchanged if it is not a date)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    months = (
        "January February March April May June July August September October November December"
    ).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"


def review_line(article: Article) -> str:
    """ "Updated …" with the review status; an unreviewed article says so plainly."""
    updated = f"Updated {human_date(article.updated)}"
    review = article.review
    if review is None:
        return f"{updated} · {NOT_REVIEWED}"
    line = (
        f"{updated} · Reviewed by {review.reviewer}, {review.role}, "
        f"on {human_date(review.reviewed_on)}"
    )
    if review.next_due:
        line += f"; next review due {human_date(review.next_due)}"
    return line


def markdown_sections(body: str) -> list[tuple[str, str]]:
    """(title, markdown) for each `##` section of an article body."""
    parts = _MD_SECTION.split(body)
    return [(parts[i].strip(), parts[i + 1].strip()) for i in range(1, len(parts) - 1, 2)]


def callout(css_class: str, inner: str) -> str:
    """A boxed block. QTextDocument paints backgrounds and borders only on table cells."""
    return (
        f'<table class="{css_class}" width="100%" cellspacing="0" cellpadding="10" border="2">'
        f'<tr><td class="{css_class}">{inner}</td></tr></table>'
    )


def _items(lines: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def help_now_box(article: Article) -> str:
    """The first emergency signs, under the quick answer; empty when there are none."""
    signs = article.help.emergency[:BOX_ITEMS]
    if not signs:
        return ""
    return callout(
        "help-now",
        f'<p class="tier-label">{escape(HELP_NOW_TITLE)}</p>'
        f'<p class="tier-frame">{escape(HELP_NOW_FRAME)}</p>'
        f"{_items(signs)}"
        f'<p class="tier-link"><a href="#{HELP_ANCHOR}">{escape(HELP_NOW_LINK)} ↓</a></p>',
    )


def help_section(article: Article) -> str:
    """Every tier as its own labelled callout, most urgent first."""
    parts = [f'<h2><a name="{HELP_ANCHOR}"></a>{escape(HELP_TITLE)}</h2>']
    if not article.help.emergency and article.help.no_emergency_reason:
        parts.append(
            callout(
                "tier-none",
                f'<p class="tier-label">{escape(NO_EMERGENCY_TITLE)}</p>'
                f"<p>{escape(article.help.no_emergency_reason)}</p>",
            )
        )
    for tier in Tier:
        lines = article.help.items(tier)
        if not lines:
            continue
        name, frame = TIER_LABELS[tier]
        parts.append(
            callout(
                f"tier-{tier.value}",
                f'<p class="tier-label">{escape(name)}</p>'
                f'<p class="tier-frame">{escape(frame)}</p>{_items(lines)}',
            )
        )
    return "".join(parts)


def _body(article: Article) -> str:
    """The Markdown body with the help tiers placed before the key takeaway."""
    chunks: list[str] = []
    placed = False
    for chunk in _H2_SPLIT.split(markdown_to_html(article.body_markdown)):
        title_match = _H2_TITLE.match(chunk)
        title = title_match.group(1).strip() if title_match else ""
        if title == TAKEAWAY_SECTION:
            chunks.append(help_section(article))
            placed = True
            chunks.append(callout("takeaway", chunk))
        else:
            chunks.append(chunk)
    if not placed:
        chunks.append(help_section(article))
    return "".join(chunks)


def licence_words(tag: str) -> str:
    """A licence tag as a reader understands it."""
    return LICENCE_WORDS.get(tag, tag)


def _sources(article: Article) -> str:
    items = "".join(
        f"<li>{escape(s.title)}. <b>{escape(s.publisher)}</b>. "
        f'<span class="url">{escape(s.url)}</span> '
        f'<span class="licence">({escape(licence_words(s.licence))})</span></li>'
        for s in article.citations
    )
    return f'<h2>Sources</h2><ol class="sources">{items}</ol>'


def article_html(view: ArticleView) -> str:
    """The whole answer as HTML; only internal `article:` and `#` links are produced."""
    article = view.article
    facts = "".join(f"<li>{escape(fact)}</li>" for fact in article.key_facts)
    related = "".join(
        f'<li><a href="article:{escape(link.slug)}">{escape(link.question)}</a></li>'
        for link in view.related
    )
    aliases = escape(", ".join(article.aliases))
    return "".join(
        (
            f'<p class="category">{escape(article.category)}</p>',
            f'<h1 class="question">{escape(article.question)}</h1>',
            f'<p class="dates">{escape(review_line(article))}</p>',
            callout(
                "quick",
                f'<p class="quick-label">Quick answer</p><p>{escape(article.quick_answer)}</p>',
            ),
            help_now_box(article),
            f'<p class="disclaimer">{escape(DISCLAIMER)}</p>',
            f'<h2>Key facts</h2><ul class="facts">{facts}</ul>',
            _body(article),
            f'<p class="aliases"><b>Also called:</b> {aliases}</p>' if aliases else "",
            f'<h2>Related questions</h2><ul class="related">{related}</ul>' if related else "",
            _sources(article),
            f'<p class="disclaimer">{escape(DISCLAIMER)}</p>',
        )
    )


def help_text_lines(article: Article) -> list[str]:
    """The tiers as plain text, most urgent first."""
    lines = [HELP_TITLE, "-" * len(HELP_TITLE)]
    if not article.help.emergency and article.help.no_emergency_reason:
        lines.append(f"{NO_EMERGENCY_TITLE}: {article.help.no_emergency_reason}")
    for tier in Tier:
        items = article.help.items(tier)
        if items:
            name, frame = TIER_LABELS[tier]
            lines += ["", f"{name.upper()} — {frame}"]
            lines += [f"  * {item}" for item in items]
    return lines


def article_text(view: ArticleView) -> str:
    """A plain-text form for terminals and `show --format text`."""
    article = view.article
    lines = [
        article.question,
        "=" * len(article.question),
        review_line(article),
        "",
        f"Quick answer: {article.quick_answer}",
        "",
    ]
    if article.help.emergency:
        lines += [HELP_NOW_TITLE] + [f"  ! {s}" for s in article.help.emergency[:BOX_ITEMS]]
        lines.append("")
    lines += [DISCLAIMER, "", "Key facts:"]
    lines += [f"  - {fact}" for fact in article.key_facts]
    lines += ["", article.body_markdown.strip(), ""]
    lines += [*help_text_lines(article), ""]
    if article.aliases:
        lines.append(f"Also called: {', '.join(article.aliases)}")
    if view.related:
        lines.append("Related: " + "; ".join(link.question for link in view.related))
    lines += ["", "Sources:"]
    lines += [
        f"  {n}. {s.title}. {s.publisher}. {s.url} ({licence_words(s.licence)})"
        for n, s in enumerate(article.citations, start=1)
    ]
    lines += ["", DISCLAIMER]
    return "\n".join(lines) + "\n"
