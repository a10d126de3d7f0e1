"""Read and validate the content/ sources: articles/*.md, topics.tsv and synonyms.toml."""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthref.core.content.article import Article, Citation, HelpTiers, Review
from healthref.core.content.fields import date_field, text_field, text_list_field
from healthref.core.content.problems import Problem
from healthref.core.content.rules import check_article
from healthref.core.content.tier import Tier
from healthref.core.content.translations import is_translation_path, load_translations

FRONT_MATTER = re.compile(r"\A\+\+\+\r?\n(.*?)\r?\n\+\+\+\r?\n?(.*)\Z", re.S)


@dataclass(frozen=True)
class ArticleFile:
    """One article as read from content/articles/<slug>.md."""

    path: Path
    article: Article
    original_version: str = ""  # a translation's: the content version of its original


@dataclass(frozen=True)
class Emergency:
    """Phrases that describe an emergency, and the first-aid article to show first. With a
    `context`, a phrase counts only when the query also holds one of its words: "boiling
    water" is a burn only with "spilled", "splashed", "burn"…, not in "how long should I boil
    water"."""

    article: str
    phrases: tuple[str, ...]
    context: tuple[str, ...] = ()


@dataclass
class Corpus:
    """Everything the builder needs, plus the problems found while reading it."""

    root: Path
    categories: list[str] = field(default_factory=list)
    article_paths: list[Path] = field(default_factory=list)
    synonym_groups: list[list[str]] = field(default_factory=list)
    emergencies: list[Emergency] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # language → its translations' paths (content/articles/<language>/<slug>.md), slug order
    translations: dict[str, list[Path]] = field(default_factory=dict)
    # language → its own synonym groups and emergency phrases (synonyms.<language>.toml, …)
    translated_synonyms: dict[str, list[list[str]]] = field(default_factory=dict)
    translated_emergencies: dict[str, list[Emergency]] = field(default_factory=dict)


def _citations(data: dict[str, Any], path: Path, problems: list[Problem]) -> list[Citation]:
    raw = data.get("sources", [])
    if not isinstance(raw, list):
        problems.append(Problem(path, "sources", "must be [[sources]] tables"))
        return []
    citations: list[Citation] = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            problems.append(Problem(path, f"sources[{number}]", "must be a table"))
            continue
        values = {k: str(item.get(k, "")).strip() for k in ("title", "publisher", "url", "licence")}
        for key, value in values.items():
            if not value:
                problems.append(Problem(path, f"sources[{number}].{key}", "is missing"))
        citations.append(Citation(**values))
    return citations


def _help(data: dict[str, Any], path: Path, problems: list[Problem]) -> HelpTiers:
    raw = data.get("help")
    if raw is None:
        return HelpTiers()
    if not isinstance(raw, dict):
        problems.append(Problem(path, "help", "must be a [help] table"))
        return HelpTiers()
    known = {tier.value for tier in Tier} | {"no_emergency_reason"}
    for key in sorted(set(raw) - known):
        message = f"unknown tier (known: {', '.join(sorted(known))})"
        problems.append(Problem(path, f"help.{key}", message))

    def tier(name: Tier) -> tuple[str, ...]:
        return tuple(text_list_field(raw, name.value, path, problems, f"help.{name.value}"))

    return HelpTiers(
        emergency=tier(Tier.EMERGENCY),
        today=tier(Tier.TODAY),
        days=tier(Tier.DAYS),
        home=tier(Tier.HOME),
        no_emergency_reason=text_field(
            raw, "no_emergency_reason", path, problems, "help.no_emergency_reason"
        ),
    )


def _review(data: dict[str, Any], path: Path, problems: list[Problem]) -> Review | None:
    raw = data.get("review")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        problems.append(Problem(path, "review", "must be a [review] table"))
        return None
    reviewed_on = date_field(raw, "date", path, problems, "review.date")
    next_due = date_field(raw, "next_due", path, problems, "review.next_due")
    return Review(
        reviewer=text_field(raw, "name", path, problems, "review.name"),
        role=text_field(raw, "role", path, problems, "review.role"),
        reviewed_on=reviewed_on or "",
        next_due=next_due or "",
    )


def read_article(path: Path, problems: list[Problem]) -> ArticleFile | None:
    """Parse one article file; problems are appended, None when it cannot be read at all."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(path, "file", f"cannot be read ({exc})"))
        return None
    match = FRONT_MATTER.match(text)
    if not match:
        problems.append(Problem(path, "front matter", "must start and end with a +++ line"))
        return None
    try:
        data = tomllib.loads(match.group(1))
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(path, "front matter", f"is not valid TOML ({exc})"))
        return None
    for legacy in ("reviewed", "reviewed_by"):
        if legacy in data:
            problems.append(
                Problem(path, legacy, "use a [review] table with name, role, date and next_due")
            )
    updated = date_field(data, "updated", path, problems)
    if updated is None:
        problems.append(Problem(path, "updated", "is missing"))
    article = Article(
        slug=path.stem,
        question=text_field(data, "question", path, problems),
        category=text_field(data, "category", path, problems),
        quick_answer=text_field(data, "quick_answer", path, problems),
        key_facts=tuple(text_list_field(data, "key_facts", path, problems)),
        aliases=tuple(text_list_field(data, "aliases", path, problems)),
        situations=tuple(text_list_field(data, "situations", path, problems)),
        related=tuple(text_list_field(data, "related", path, problems)),
        updated=updated or "",
        help=_help(data, path, problems),
        citations=tuple(_citations(data, path, problems)),
        body_markdown=match.group(2).strip() + "\n",
        review=_review(data, path, problems),
        language=text_field(data, "language", path, problems) or "en",
    )
    return ArticleFile(path, article, text_field(data, "original_version", path, problems))


def read_categories(path: Path, problems: list[Problem]) -> list[str]:
    """Category names in first-seen order from topics.tsv (columns slug, category, question)."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except OSError as exc:
        problems.append(Problem(path, "file", f"cannot be read ({exc})"))
        return []
    names: list[str] = []
    for row in rows:
        name = (row.get("category") or "").strip()
        if name and name not in names:
            names.append(name)
    if not names:
        problems.append(Problem(path, "category", "no categories found"))
    return names


def _optional_toml(path: Path, problems: list[Problem]) -> dict[str, Any]:
    """A TOML file's tables, or nothing when the file is absent or (with a problem) broken."""
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problems.append(Problem(path, "file", f"is not valid TOML ({exc})"))
        return {}


def read_synonyms(path: Path, problems: list[Problem]) -> list[list[str]]:
    """Synonym groups from synonyms.toml: [[group]] tables with a `terms` list."""
    data = _optional_toml(path, problems)
    groups: list[list[str]] = []
    for number, group in enumerate(data.get("group", []), start=1):
        terms = group.get("terms") if isinstance(group, dict) else None
        if (
            not isinstance(terms, list)
            or len(terms) < 2
            or not all(isinstance(t, str) and t.strip() for t in terms)
        ):
            problems.append(Problem(path, f"group[{number}].terms", "needs two or more terms"))
            continue
        groups.append([t.strip() for t in terms])
    return groups


def read_emergencies(path: Path, problems: list[Problem]) -> list[Emergency]:
    """[[emergency]] tables from emergencies.toml: an article slug and its phrases."""
    data = _optional_toml(path, problems)
    found: list[Emergency] = []
    for number, item in enumerate(data.get("emergency", []), start=1):
        label = f"emergency[{number}]"
        if not isinstance(item, dict):
            problems.append(Problem(path, label, "must be a table"))
            continue
        article = text_field(item, "article", path, problems, f"{label}.article")
        phrases = text_list_field(item, "phrases", path, problems, f"{label}.phrases")
        context = text_list_field(item, "context", path, problems, f"{label}.context")
        if not all(context) or any(len(word.split()) != 1 for word in context):
            problems.append(Problem(path, f"{label}.context", "must be single words"))
        if not article:
            problems.append(Problem(path, f"{label}.article", "is missing"))
        if not phrases or not all(phrases):
            problems.append(Problem(path, f"{label}.phrases", "needs one or more phrases"))
        found.append(Emergency(article, tuple(phrases), tuple(context)))
    return found


def load_corpus(root: Path) -> Corpus:
    """Read content/ and check every article against the article rules.

    Only the articles' paths are kept, so checking 100,000 articles needs little memory;
    `iter_articles` reads them again, one at a time, for the build."""
    corpus = Corpus(root=root)
    corpus.categories = read_categories(root / "topics.tsv", corpus.problems)
    corpus.synonym_groups = read_synonyms(root / "synonyms.toml", corpus.problems)
    corpus.emergencies = read_emergencies(root / "emergencies.toml", corpus.problems)
    article_dir = root / "articles"
    if not article_dir.is_dir():
        corpus.problems.append(Problem(article_dir, "folder", "does not exist"))
        return corpus
    seen_slugs: dict[str, Path] = {}
    for path in sorted(article_dir.rglob("*.md")):
        if is_translation_path(article_dir, path):
            continue
        key = path.stem.casefold()
        if key in seen_slugs:
            corpus.problems.append(Problem(path, "slug", f"duplicates {seen_slugs[key]}"))
            continue
        seen_slugs[key] = path
    slugs = {path.stem for path in seen_slugs.values()}
    categories = set(corpus.categories)
    seen_questions: dict[str, Path] = {}
    for path in seen_slugs.values():
        loaded = read_article(path, corpus.problems)
        if loaded is None:
            continue
        corpus.article_paths.append(path)
        corpus.problems.extend(check_article(loaded, slugs, categories))
        key = loaded.article.question.casefold().rstrip("?").strip()
        if key and key in seen_questions:
            corpus.problems.append(
                Problem(path, "question", f"duplicates {seen_questions[key].name}")
            )
        seen_questions.setdefault(key, path)
    corpus.article_paths.sort(key=lambda path: path.stem)
    load_translations(corpus, article_dir)
    for number, emergency in enumerate(corpus.emergencies, start=1):
        if emergency.article and emergency.article not in slugs:
            corpus.problems.append(
                Problem(
                    root / "emergencies.toml",
                    f"emergency[{number}].article",
                    f"no article with slug {emergency.article!r}",
                )
            )
    return corpus


def iter_articles(corpus: Corpus) -> Iterator[Article]:
    """The corpus's articles in slug order, read one at a time."""
    for path in corpus.article_paths:
        loaded = read_article(path, [])
        if loaded is not None:
            yield loaded.article
