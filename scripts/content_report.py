"""Print a report on content/: per-category counts, body word counts, source publishers, and any
article missing a part of the anatomy.

Usage: python scripts/content_report.py [CONTENT_DIR] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from healthref import paths
from healthref.core.content.rules import (
    HELP_SECTION,
    MIN_ALIASES,
    MIN_RELATED,
    MIN_SOURCES,
    TAKEAWAY_SECTION,
    section_titles,
    word_count,
)
from healthref.core.content.sources import ArticleSource, load_corpus


def missing_parts(article: ArticleSource) -> list[str]:
    titles = section_titles(article.body)
    checks = {
        "quick answer": bool(article.quick_answer),
        "3+ key facts": len(article.key_facts) >= 3,
        f"{MIN_SOURCES}+ sources": len(article.sources) >= MIN_SOURCES,
        f"{MIN_ALIASES}+ aliases": len(article.aliases) >= MIN_ALIASES,
        f"{MIN_RELATED}+ related": len(article.related) >= MIN_RELATED,
        HELP_SECTION: HELP_SECTION in titles,
        TAKEAWAY_SECTION: TAKEAWAY_SECTION in titles,
        "3+ sections": len([t for t in titles if t not in (HELP_SECTION, TAKEAWAY_SECTION)]) >= 3,
    }
    return [name for name, ok in checks.items() if not ok]


def report(content: Path) -> dict[str, object]:
    corpus = load_corpus(content)
    words = sorted(word_count(a.body) for a in corpus.articles)
    publishers = Counter(s.publisher for a in corpus.articles for s in a.sources)
    licences = Counter(s.licence for a in corpus.articles for s in a.sources)
    return {
        "articles": len(corpus.articles),
        "per_category": {
            c: sum(a.category == c for a in corpus.articles) for c in corpus.categories
        },
        "body_words": {"min": words[0], "median": statistics.median(words), "max": words[-1]}
        if words
        else {},
        "distinct_publishers": len(publishers),
        "publishers": dict(publishers.most_common()),
        "licences": dict(licences.most_common()),
        "sources_per_article": round(sum(publishers.values()) / max(len(corpus.articles), 1), 2),
        "unreviewed": sum(a.reviewed_by is None for a in corpus.articles),
        "missing_parts": {a.slug: m for a in corpus.articles if (m := missing_parts(a))},
        "build_problems": [str(p) for p in corpus.problems],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("content", nargs="?", type=Path, default=paths.content_sources_dir())
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data = report(args.content)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"{data['articles']} articles")
    for category, count in data["per_category"].items():  # type: ignore[attr-defined]
        print(f"  {count:4}  {category}")
    print(f"body words: {data['body_words']}")
    print(
        f"sources per article: {data['sources_per_article']}; "
        f"distinct publishers: {data['distinct_publishers']}"
    )
    for publisher, count in data["publishers"].items():  # type: ignore[attr-defined]
        print(f"  {count:4}  {publisher}")
    print(f"licence tags: {data['licences']}")
    print(f"not yet reviewed by a clinician: {data['unreviewed']}")
    print(f"articles missing a part: {data['missing_parts'] or 'none'}")
    print(f"build problems: {data['build_problems'] or 'none'}")
    return 1 if data["missing_parts"] or data["build_problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
