"""Report on content/: counts per category, urgency tiers per article, reading grades and
unexplained words, review status (unreviewed and overdue), sources and licences — and, with
--review-pack FILE.pdf, one printable page per article for a clinician to review on paper.

Usage: python scripts/content_report.py [CONTENT_DIR] [--json] [--review-pack FILE.pdf]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from healthref import paths
from healthref.core.content.article import Article
from healthref.core.content.help_rules import vague_without_time_frame
from healthref.core.content.readability import readability
from healthref.core.content.rules import word_count
from healthref.core.content.sources import iter_articles, load_corpus
from healthref.core.content.tier import Tier
from translation_report import print_translation_section, translation_section

MAX_GRADE = 8.0


def article_row(article: Article, today: dt.date) -> dict[str, object]:
    reading = readability(article)
    review = article.review
    overdue = bool(review and review.next_due and review.next_due < today.isoformat())
    return {
        "slug": article.slug,
        "category": article.category,
        "tiers": {tier.value: len(article.help.items(tier)) for tier in Tier},
        "no_emergency_reason": article.help.no_emergency_reason,
        "grade": reading.grade,
        "unexplained_words": list(reading.jargon[:8]),
        "body_words": word_count(article.body_markdown),
        "reviewed": f"{review.reviewer}, {review.role}, {review.reviewed_on}" if review else "",
        "review_overdue": overdue,
    }


def report(content: Path, today: dt.date) -> dict[str, object]:
    corpus = load_corpus(content)
    articles = list(iter_articles(corpus))
    rows = [article_row(a, today) for a in articles]
    grades = [float(str(r["grade"])) for r in rows]
    words = sorted(word_count(a.body_markdown) for a in articles)
    publishers = Counter(s.publisher for a in articles for s in a.citations)
    licences = Counter(s.licence for a in articles for s in a.citations)
    vague = sum(
        len(vague_without_time_frame(line))
        for a in articles
        for tier in Tier
        for line in a.help.items(tier)
    )
    return {
        "articles": len(articles),
        "per_category": {c: sum(a.category == c for a in articles) for c in corpus.categories},
        "tiers": {tier.value: sum(bool(a.help.items(tier)) for a in articles) for tier in Tier},
        "without_emergency_tier": {
            a.slug: a.help.no_emergency_reason for a in articles if not a.help.emergency
        },
        "vague_time_words_in_tiers": vague,
        "reading_grade": {
            "method": "Flesch–Kincaid grade; every list item and tier line counted as a sentence",
            "median": statistics.median(grades) if grades else 0,
            "max": max(grades, default=0),
            "over_8": [r["slug"] for r in rows if float(str(r["grade"])) > MAX_GRADE],
        },
        "body_words": {"min": words[0], "median": statistics.median(words), "max": words[-1]}
        if words
        else {},
        "unreviewed": [r["slug"] for r in rows if not r["reviewed"]],
        "review_overdue": [r["slug"] for r in rows if r["review_overdue"]],
        "distinct_publishers": len(publishers),
        "publishers": dict(publishers.most_common()),
        "licences": dict(licences.most_common()),
        "per_article": rows,
        "build_problems": [str(p) for p in corpus.problems],
        "translations": translation_section(corpus),
    }


def print_text(data: dict[str, object]) -> None:
    print(f"{data['articles']} articles")
    for category, count in data["per_category"].items():  # type: ignore[attr-defined]
        print(f"  {count:4}  {category}")
    print(f"articles with each tier: {data['tiers']}")
    print(f"without an emergency tier: {data['without_emergency_tier'] or 'none'}")
    print(
        f"'soon'/'urgently'/'promptly' without a time frame in tiers: "
        f"{data['vague_time_words_in_tiers']}"
    )
    grade = data["reading_grade"]
    assert isinstance(grade, dict)
    print(
        f"reading grade ({grade['method']}): median {grade['median']}, max {grade['max']}, "
        f"over 8: {grade['over_8'] or 'none'}"
    )
    print(f"body words: {data['body_words']}")
    unreviewed = data["unreviewed"]
    assert isinstance(unreviewed, list)
    print(
        f"not yet reviewed by a clinician: {len(unreviewed)}; "
        f"review overdue: {data['review_overdue'] or 'none'}"
    )
    print(f"publishers: {data['distinct_publishers']}; licences: {data['licences']}")
    print("\nslug  emergency/today/days/home  grade  reviewed  unexplained words")
    for row in data["per_article"]:  # type: ignore[attr-defined]
        tiers = "/".join(str(n) for n in row["tiers"].values())
        print(
            f"  {row['slug']}  {tiers}  {row['grade']}  {row['reviewed'] or 'no'}  "
            f"{', '.join(row['unexplained_words'][:4])}"
        )
    print_translation_section(data["translations"])  # type: ignore[arg-type]
    print(f"\nbuild problems: {data['build_problems'] or 'none'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", nargs="?", type=Path, default=paths.content_sources_dir())
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--review-pack", type=Path, metavar="FILE.pdf")
    args = parser.parse_args()
    data = report(args.content, dt.date.today())
    if args.review_pack:
        from review_pack import write_review_pack

        pages = write_review_pack(list(iter_articles(load_corpus(args.content))), args.review_pack)
        print(f"wrote {args.review_pack}: {pages} pages", file=sys.stderr)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print_text(data)
    return 1 if data["build_problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
