"""The measurable article rules of DESIGN.md, checked for every article at build time."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from healthref.core.content.help_rules import check_help
from healthref.core.content.problems import Problem

if TYPE_CHECKING:
    from healthref.core.content.article import Article
    from healthref.core.content.sources import ArticleFile

LICENCES = frozenset(
    {
        "public-domain",
        "fair-use",
        "CC-BY-4.0",
        "CC-BY-SA-4.0",
        "CC-BY-3.0-IGO",
        "CC-BY-NC-SA-3.0-IGO",
        "OGL-3.0",
    }
)
SLUG = re.compile(r"\A[a-z0-9]+(?:-[a-z0-9]+)*\Z")
RAW_HTML = re.compile(r"<(?:!--|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)")
HEADING = re.compile(r"^##[ \t]+(.+?)\s*#*\s*$", re.M)
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

QUICK_ANSWER_MAX_WORDS = 60
QUICK_ANSWER_MAX_SENTENCES = 3
KEY_FACTS = (3, 7)
MIN_SOURCES = 2
MIN_ALIASES = 3
MIN_RELATED = 2
BODY_WORDS = (400, 1000)
MIN_OTHER_SECTIONS = 3
HELP_SECTION = "When to get medical help"
MIN_SITUATIONS = 8
MAX_SITUATION_WORDS = 25
# Copyrighted drug monographs (ASHP) and licensed encyclopedia text on MedlinePlus.
FAIR_USE_ONLY = ("medlineplus.gov/druginfo/", "medlineplus.gov/ency/")
TAKEAWAY_SECTION = "Key takeaway"


def word_count(text: str) -> int:
    """Words as a reader counts them ("don't" and "type-2" are one word each)."""
    return len(WORD.findall(text))


def section_titles(body: str) -> list[str]:
    """The `##` headings of a Markdown body, in order."""
    return [title.strip() for title in HEADING.findall(body)]


def _sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s])


def check_article(loaded: ArticleFile, slugs: set[str], categories: set[str]) -> list[Problem]:
    """Every rule the article breaks, each naming its field."""
    article = loaded.article
    found: list[Problem] = []

    def problem(field: str, message: str) -> None:
        found.append(Problem(loaded.path, field, message))

    if not SLUG.match(article.slug):
        problem("slug", "file name must be lower-case words joined by hyphens")
    if article.language != "en":
        problem(
            "language",
            "the files in articles/ are the English originals; a translation "
            "goes in articles/<language>/<slug>.md",
        )
    if not article.question:
        problem("question", "is missing")
    elif not article.question.endswith("?"):
        problem("question", "must be a question ending with '?'")
    if not article.category:
        problem("category", "is missing")
    elif article.category not in categories:
        problem("category", f"unknown category {article.category!r}")
    if not article.quick_answer:
        problem("quick_answer", "is missing")
    else:
        words = word_count(article.quick_answer)
        if words > QUICK_ANSWER_MAX_WORDS:
            problem("quick_answer", f"has {words} words; at most {QUICK_ANSWER_MAX_WORDS}")
        if _sentences(article.quick_answer) > QUICK_ANSWER_MAX_SENTENCES:
            problem("quick_answer", f"at most {QUICK_ANSWER_MAX_SENTENCES} sentences")
    low, high = KEY_FACTS
    if not low <= len(article.key_facts) <= high:
        problem("key_facts", f"has {len(article.key_facts)}; needs {low} to {high}")
    if any(not fact for fact in article.key_facts):
        problem("key_facts", "has an empty item")
    if len(article.aliases) < MIN_ALIASES:
        problem("aliases", f"has {len(article.aliases)}; needs at least {MIN_ALIASES}")
    if len(article.related) < MIN_RELATED:
        problem("related", f"has {len(article.related)}; needs at least {MIN_RELATED}")
    for slug in article.related:
        if slug == article.slug:
            problem("related", "must not name the article itself")
        elif slug not in slugs:
            problem("related", f"no article with slug {slug!r}")
    if len(article.situations) < MIN_SITUATIONS:
        problem(
            "situations",
            f"has {len(article.situations)}; needs at least {MIN_SITUATIONS} ways people "
            "describe it without naming it",
        )
    for situation in article.situations:
        if word_count(situation) > MAX_SITUATION_WORDS:
            problem("situations", f"over {MAX_SITUATION_WORDS} words: {situation!r}")
    if len({s.casefold() for s in article.situations}) != len(article.situations):
        problem("situations", "has the same situation twice")
    if len(article.citations) < MIN_SOURCES:
        problem("sources", f"has {len(article.citations)}; needs at least {MIN_SOURCES}")
    for number, source in enumerate(article.citations, start=1):
        if any(part in source.url for part in FAIR_USE_ONLY) and source.licence != "fair-use":
            problem(
                f"sources[{number}].licence",
                "MedlinePlus drug and encyclopedia pages are copyrighted: tag them fair-use",
            )
        if source.url and not source.url.startswith("https://"):
            problem(f"sources[{number}].url", f"must be an https URL, not {source.url!r}")
        if source.licence and source.licence not in LICENCES:
            problem(
                f"sources[{number}].licence",
                f"unknown licence tag {source.licence!r} (known: {', '.join(sorted(LICENCES))})",
            )
    review = article.review
    if review is not None:
        for key, value in (("name", review.reviewer), ("role", review.role)):
            if not value:
                problem(f"review.{key}", "is missing (a review names who signed it off)")
        if not review.reviewed_on:
            problem("review.date", "is missing")
    check_help(article, problem)
    _check_body(article, problem)
    return found


def _check_body(article: Article, report: Callable[[str, str], None]) -> None:
    body = article.body_markdown
    if RAW_HTML.search(body):
        report("body", "contains raw HTML; use Markdown only")
    if re.search(r"^#[ \t]", body, re.M):
        report("body", "must not use a level-1 heading (the question is the title)")
    words = word_count(body)
    low, high = BODY_WORDS
    if not low <= words <= high:
        report("body", f"has {words} words; needs {low} to {high}")
    titles = section_titles(body)
    if HELP_SECTION in titles:
        report("body", f"'## {HELP_SECTION}' belongs in the [help] tiers, not the body")
    if not titles or titles[-1] != TAKEAWAY_SECTION:
        report("body", f"must end with a '## {TAKEAWAY_SECTION}' section")
    others = [t for t in titles if t not in (HELP_SECTION, TAKEAWAY_SECTION)]
    if len(others) < MIN_OTHER_SECTIONS:
        report("body", f"has {len(others)} content sections; needs at least {MIN_OTHER_SECTIONS}")
