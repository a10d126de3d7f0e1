"""ArticleView → the sanitised HTML of the answer pane (and a plain-text form for the CLI)."""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from healthref.core.content.article import Article, ArticleView
from healthref.core.content.labels import labels_for
from healthref.core.content.markdown_text import markdown_to_html
from healthref.core.content.notices import (
    DISCLAIMER,
    LICENCE_WORDS,
    NOT_REVIEWED,
)
from healthref.core.content.tier import Tier
from healthref.core.i18n.languages import RIGHT_TO_LEFT

__all__ = ["DISCLAIMER", "NOT_REVIEWED", "article_html", "article_text", "review_line"]

HELP_ANCHOR = "when-to-get-help"
BOX_ITEMS = 4
_H2_SPLIT = re.compile(r"(?=<h2>)")
_H2_TITLE = re.compile(r"<h2>(.*?)</h2>", re.S)
_MD_SECTION = re.compile(r"^##[ \t]+(.+?)\s*$", re.M)


def human_date(iso: str, language: str = "en") -> str:
    """2026-11-23 → 23 November 2026 (23 novembre 2026 in French; unchanged if not a date)."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    months = labels_for(language).months
    return f"{day.day} {months[day.month - 1]} {day.year}"


def review_line(article: Article) -> str:
    """ "Updated …" with the review status, in the article's language; an unreviewed article
    says so plainly, and a translation says it is one."""
    labels, language = labels_for(article.language), article.language
    updated = labels.updated.format(date=human_date(article.updated, language))
    review = article.review
    if review is None:
        return f"{updated} · {labels.not_reviewed}"
    line = updated + (f" · {labels.translated}" if labels.translated else "")
    line += " · " + labels.reviewed.format(
        reviewer=review.reviewer, role=review.role, date=human_date(review.reviewed_on, language)
    )
    if review.next_due:
        line += labels.next_due.format(date=human_date(review.next_due, language))
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
    labels = labels_for(article.language)
    return callout(
        "help-now",
        f'<p class="tier-label">{escape(labels.help_now_title)}</p>'
        f'<p class="tier-frame">{escape(labels.help_now_frame)}</p>'
        f"{_items(signs)}"
        f'<p class="tier-link"><a href="#{HELP_ANCHOR}">{escape(labels.help_now_link)} ↓</a></p>',
    )


def help_section(article: Article) -> str:
    """Every tier as its own labelled callout, most urgent first."""
    labels = labels_for(article.language)
    parts = [f'<h2><a name="{HELP_ANCHOR}"></a>{escape(labels.help_title)}</h2>']
    if not article.help.emergency and article.help.no_emergency_reason:
        parts.append(
            callout(
                "tier-none",
                f'<p class="tier-label">{escape(labels.no_emergency_title)}</p>'
                f"<p>{escape(article.help.no_emergency_reason)}</p>",
            )
        )
    for tier in Tier:
        lines = article.help.items(tier)
        if not lines:
            continue
        name, frame = labels.tiers[tier]
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
        if title == labels_for(article.language).takeaway:
            chunks.append(help_section(article))
            placed = True
            chunks.append(callout("takeaway", chunk))
        else:
            chunks.append(chunk)
    if not placed:
        chunks.append(help_section(article))
    return "".join(chunks)


def licence_words(tag: str, language: str = "en") -> str:
    """A licence tag as a reader understands it."""
    return labels_for(language).licences.get(tag, LICENCE_WORDS.get(tag, tag))


def _sources(article: Article) -> str:
    language = article.language
    items = "".join(
        f"<li>{escape(s.title)}. <b>{escape(s.publisher)}</b>. "
        f'<span class="url">{escape(s.url)}</span> '
        f'<span class="licence">({escape(licence_words(s.licence, language))})</span></li>'
        for s in article.citations
    )
    title = labels_for(language).sources
    return f'<h2>{escape(title)}</h2><ol class="sources">{items}</ol>'


def text_dir(article: Article) -> str:
    """The answer keeps its own language's direction inside a window of either direction:
    an English answer reads left to right in an Arabic window (drug names, doses and the
    full stop in order); an Arabic one would read right to left in an English window."""
    direction = "rtl" if article.language in RIGHT_TO_LEFT else "ltr"
    return f' dir="{direction}" lang="{escape(article.language)}"'


def article_html(view: ArticleView) -> str:
    """The whole answer as HTML; only internal `article:` and `#` links are produced."""
    article = view.article
    facts = "".join(f"<li>{escape(fact)}</li>" for fact in article.key_facts)
    related = "".join(
        f'<li><a href="article:{escape(link.slug)}">{escape(link.question)}</a></li>'
        for link in view.related
    )
    aliases = escape(", ".join(article.aliases))
    labels = labels_for(article.language)
    page = "".join(
        (
            f'<p class="category">{escape(labels.category(article.category))}</p>',
            f'<h1 class="question">{escape(article.question)}</h1>',
            f'<p class="dates">{escape(review_line(article))}</p>',
            callout(
                "quick",
                f'<p class="quick-label">{escape(labels.quick_answer)}</p>'
                f"<p>{escape(article.quick_answer)}</p>",
            ),
            help_now_box(article),
            f'<p class="disclaimer">{escape(labels.disclaimer)}</p>',
            f'<h2>{escape(labels.key_facts)}</h2><ul class="facts">{facts}</ul>',
            _body(article),
            f'<p class="aliases"><b>{escape(labels.also_called)}</b> {aliases}</p>'
            if aliases
            else "",
            f'<h2>{escape(labels.related)}</h2><ul class="related">{related}</ul>'
            if related
            else "",
            _sources(article),
            f'<p class="disclaimer">{escape(labels.disclaimer)}</p>',
        )
    )
    return f"<div{text_dir(article)}>{page}</div>"


def help_text_lines(article: Article) -> list[str]:
    """The tiers as plain text, most urgent first."""
    labels = labels_for(article.language)
    lines = [labels.help_title, "-" * len(labels.help_title)]
    if not article.help.emergency and article.help.no_emergency_reason:
        lines.append(f"{labels.no_emergency_title}: {article.help.no_emergency_reason}")
    for tier in Tier:
        items = article.help.items(tier)
        if items:
            name, frame = labels.tiers[tier]
            lines += ["", f"{name.upper()} — {frame}"]
            lines += [f"  * {item}" for item in items]
    return lines


def article_text(view: ArticleView) -> str:
    """A plain-text form for terminals and `show --format text`."""
    article = view.article
    labels = labels_for(article.language)
    lines = [
        article.question,
        "=" * len(article.question),
        review_line(article),
        "",
        f"{labels.quick_answer}: {article.quick_answer}",
        "",
    ]
    if article.help.emergency:
        lines += [labels.help_now_title]
        lines += [f"  ! {s}" for s in article.help.emergency[:BOX_ITEMS]]
        lines.append("")
    lines += [labels.disclaimer, "", f"{labels.key_facts}:"]
    lines += [f"  - {fact}" for fact in article.key_facts]
    lines += ["", article.body_markdown.strip(), ""]
    lines += [*help_text_lines(article), ""]
    if article.aliases:
        lines.append(f"{labels.also_called} {', '.join(article.aliases)}")
    if view.related:
        lines.append(f"{labels.related}: " + "; ".join(link.question for link in view.related))
    lines += ["", f"{labels.sources}:"]
    lines += [
        f"  {n}. {s.title}. {s.publisher}. {s.url} ({licence_words(s.licence, article.language)})"
        for n, s in enumerate(article.citations, start=1)
    ]
    lines += ["", labels.disclaimer]
    return "\n".join(lines) + "\n"
