"""ArticleView → the sanitised HTML of the answer pane (and a plain-text form for the CLI)."""

from __future__ import annotations

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
from healthref.core.i18n.catalogue import _
from healthref.core.i18n.dates import human_date
from healthref.core.i18n.languages import RIGHT_TO_LEFT

__all__ = [
    "DISCLAIMER",
    "NOT_REVIEWED",
    "article_html",
    "article_text",
    "human_date",
    "review_line",
]

HELP_ANCHOR = "when-to-get-help"
BOX_ITEMS = 4
_H2_SPLIT = re.compile(r"(?=<h2>)")
_H2_TITLE = re.compile(r"<h2>(.*?)</h2>", re.S)
_MD_SECTION = re.compile(r"^##[ \t]+(.+?)\s*$", re.M)


def text_dir(article: Article) -> str:
    """The attributes that keep the article's own text in its own direction inside a page of
    either direction (English drug names and numbers stay in order in an Arabic window)."""
    direction = "rtl" if article.language in RIGHT_TO_LEFT else "ltr"
    return f' dir="{direction}" lang="{escape(article.language)}"'


def review_line(article: Article) -> str:
    """ "Updated …" with the review status; an unreviewed article says so plainly."""
    updated = _("Updated {date}").format(date=human_date(article.updated))
    review = article.review
    if review is None:
        return f"{updated} · {_(NOT_REVIEWED)}"
    line = f"{updated} · " + _("Reviewed by {reviewer}, {role}, on {date}").format(
        reviewer=review.reviewer, role=review.role, date=human_date(review.reviewed_on)
    )
    if review.next_due:
        line += _("; next review due {date}").format(date=human_date(review.next_due))
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


def _items(lines: tuple[str, ...], attrs: str = "") -> str:
    return f"<ul{attrs}>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def help_now_box(article: Article) -> str:
    """The first emergency signs, under the quick answer; empty when there are none."""
    signs = article.help.emergency[:BOX_ITEMS]
    if not signs:
        return ""
    return callout(
        "help-now",
        f'<p class="tier-label">{escape(_(HELP_NOW_TITLE))}</p>'
        f'<p class="tier-frame">{escape(_(HELP_NOW_FRAME))}</p>'
        f"{_items(signs, text_dir(article))}"
        f'<p class="tier-link"><a href="#{HELP_ANCHOR}">{escape(_(HELP_NOW_LINK))} ↓</a></p>',
    )


def help_section(article: Article) -> str:
    """Every tier as its own labelled callout, most urgent first."""
    parts = [f'<h2><a name="{HELP_ANCHOR}"></a>{escape(_(HELP_TITLE))}</h2>']
    if not article.help.emergency and article.help.no_emergency_reason:
        parts.append(
            callout(
                "tier-none",
                f'<p class="tier-label">{escape(_(NO_EMERGENCY_TITLE))}</p>'
                f"<p{text_dir(article)}>{escape(article.help.no_emergency_reason)}</p>",
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
                f'<p class="tier-label">{escape(_(name))}</p>'
                f'<p class="tier-frame">{escape(_(frame))}</p>{_items(lines, text_dir(article))}',
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
            chunks.append(callout("takeaway", f"<div{text_dir(article)}>{chunk}</div>"))
        else:
            chunks.append(f"<div{text_dir(article)}>{chunk}</div>")
    if not placed:
        chunks.append(help_section(article))
    return "".join(chunks)


def licence_words(tag: str) -> str:
    """A licence tag as a reader understands it."""
    return _(LICENCE_WORDS[tag]) if tag in LICENCE_WORDS else tag


def _sources(article: Article) -> str:
    items = "".join(
        f"<li>{escape(s.title)}. <b>{escape(s.publisher)}</b>. "
        f'<span class="url">{escape(s.url)}</span> '
        f'<span class="licence">({escape(licence_words(s.licence))})</span></li>'
        for s in article.citations
    )
    return f'<h2>{escape(_("Sources"))}</h2><ol class="sources"{text_dir(article)}>{items}</ol>'


def article_html(view: ArticleView) -> str:
    """The whole answer as HTML; only internal `article:` and `#` links are produced."""
    article = view.article
    facts = "".join(f"<li>{escape(fact)}</li>" for fact in article.key_facts)
    related = "".join(
        f'<li><a href="article:{escape(link.slug)}">{escape(link.question)}</a></li>'
        for link in view.related
    )
    aliases = escape(", ".join(article.aliases))
    own = text_dir(article)
    return "".join(
        (
            f'<p class="category"{own}>{escape(article.category)}</p>',
            f'<h1 class="question"{own}>{escape(article.question)}</h1>',
            f'<p class="dates">{escape(review_line(article))}</p>',
            callout(
                "quick",
                f'<p class="quick-label">{escape(_("Quick answer"))}</p>'
                f"<p{own}>{escape(article.quick_answer)}</p>",
            ),
            help_now_box(article),
            f'<p class="disclaimer">{escape(_(DISCLAIMER))}</p>',
            f'<h2>{escape(_("Key facts"))}</h2><ul class="facts"{own}>{facts}</ul>',
            _body(article),
            f'<p class="aliases"><b>{escape(_("Also called:"))}</b> <span{own}>{aliases}</span></p>'
            if aliases
            else "",
            (
                f'<h2>{escape(_("Related questions"))}</h2><ul class="related"{own}>{related}</ul>'
                if related
                else ""
            ),
            _sources(article),
            f'<p class="disclaimer">{escape(_(DISCLAIMER))}</p>',
        )
    )


def help_text_lines(article: Article) -> list[str]:
    """The tiers as plain text, most urgent first."""
    title = _(HELP_TITLE)
    lines = [title, "-" * len(title)]
    if not article.help.emergency and article.help.no_emergency_reason:
        lines.append(f"{_(NO_EMERGENCY_TITLE)}: {article.help.no_emergency_reason}")
    for tier in Tier:
        items = article.help.items(tier)
        if items:
            name, frame = TIER_LABELS[tier]
            lines += ["", f"{_(name).upper()} — {_(frame)}"]
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
        _("Quick answer: {text}").format(text=article.quick_answer),
        "",
    ]
    if article.help.emergency:
        lines += [_(HELP_NOW_TITLE)] + [f"  ! {s}" for s in article.help.emergency[:BOX_ITEMS]]
        lines.append("")
    lines += [_(DISCLAIMER), "", _("Key facts:")]
    lines += [f"  - {fact}" for fact in article.key_facts]
    lines += ["", article.body_markdown.strip(), ""]
    lines += [*help_text_lines(article), ""]
    if article.aliases:
        lines.append(_("Also called: {names}").format(names=", ".join(article.aliases)))
    if view.related:
        lines.append(
            _("Related: {questions}").format(questions="; ".join(q.question for q in view.related))
        )
    lines += ["", _("Sources:")]
    lines += [
        f"  {n}. {s.title}. {s.publisher}. {s.url} ({licence_words(s.licence)})"
        for n, s in enumerate(article.citations, start=1)
    ]
    lines += ["", _(DISCLAIMER)]
    return "\n".join(lines) + "\n"
