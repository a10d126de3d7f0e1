"""Read and validate the content/ sources: articles/*.md, topics.tsv and synonyms.toml."""

from __future__ import annotations

import csv
import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthref.core.content.rules import check_article

FRONT_MATTER = re.compile(r"\A\+\+\+\r?\n(.*?)\r?\n\+\+\+\r?\n?(.*)\Z", re.S)


@dataclass(frozen=True)
class SourceRef:
    """A cited source as written in an article's front matter."""

    title: str
    publisher: str
    url: str
    licence: str


@dataclass(frozen=True)
class ArticleSource:
    """One article as read from content/articles/<slug>.md."""

    path: Path
    slug: str
    question: str
    category: str
    quick_answer: str
    key_facts: tuple[str, ...]
    aliases: tuple[str, ...]
    related: tuple[str, ...]
    updated: str
    reviewed: str | None
    reviewed_by: str | None
    sources: tuple[SourceRef, ...]
    body: str


@dataclass(frozen=True)
class Problem:
    """A validation error: which file, which field, what is wrong."""

    path: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


@dataclass
class Corpus:
    """Everything the builder needs, plus the problems found while reading it."""

    root: Path
    categories: list[str] = field(default_factory=list)
    articles: list[ArticleSource] = field(default_factory=list)
    synonym_groups: list[list[str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _str(data: dict[str, Any], key: str, path: Path, problems: list[Problem]) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        problems.append(Problem(path, key, "must be text"))
        return ""
    return value.strip()


def _str_list(data: dict[str, Any], key: str, path: Path, problems: list[Problem]) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(Problem(path, key, "must be a list of text"))
        return []
    return [item.strip() for item in value]


def _date(data: dict[str, Any], key: str, path: Path, problems: list[Problem]) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    problems.append(Problem(path, key, "must be a date like 2026-01-31"))
    return None


def _sources(data: dict[str, Any], path: Path, problems: list[Problem]) -> list[SourceRef]:
    raw = data.get("sources", [])
    if not isinstance(raw, list):
        problems.append(Problem(path, "sources", "must be [[sources]] tables"))
        return []
    refs: list[SourceRef] = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            problems.append(Problem(path, f"sources[{number}]", "must be a table"))
            continue
        values = {k: str(item.get(k, "")).strip() for k in ("title", "publisher", "url", "licence")}
        for key, value in values.items():
            if not value:
                problems.append(Problem(path, f"sources[{number}].{key}", "is missing"))
        refs.append(SourceRef(**values))
    return refs


def read_article(path: Path, problems: list[Problem]) -> ArticleSource | None:
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
    reviewed_by = _str(data, "reviewed_by", path, problems) or None
    updated = _date(data, "updated", path, problems)
    if updated is None:
        problems.append(Problem(path, "updated", "is missing"))
    return ArticleSource(
        path=path,
        slug=path.stem,
        question=_str(data, "question", path, problems),
        category=_str(data, "category", path, problems),
        quick_answer=_str(data, "quick_answer", path, problems),
        key_facts=tuple(_str_list(data, "key_facts", path, problems)),
        aliases=tuple(_str_list(data, "aliases", path, problems)),
        related=tuple(_str_list(data, "related", path, problems)),
        updated=updated or "",
        reviewed=_date(data, "reviewed", path, problems),
        reviewed_by=reviewed_by,
        sources=tuple(_sources(data, path, problems)),
        body=match.group(2).strip() + "\n",
    )


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


def read_synonyms(path: Path, problems: list[Problem]) -> list[list[str]]:
    """Synonym groups from synonyms.toml: [[group]] tables with a `terms` list."""
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        problems.append(Problem(path, "file", f"is not valid TOML ({exc})"))
        return []
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


def load_corpus(root: Path) -> Corpus:
    """Read content/ and check every article against the article rules."""
    corpus = Corpus(root=root)
    corpus.categories = read_categories(root / "topics.tsv", corpus.problems)
    corpus.synonym_groups = read_synonyms(root / "synonyms.toml", corpus.problems)
    article_dir = root / "articles"
    if not article_dir.is_dir():
        corpus.problems.append(Problem(article_dir, "folder", "does not exist"))
        return corpus
    seen_slugs: dict[str, Path] = {}
    for path in sorted(article_dir.rglob("*.md")):
        article = read_article(path, corpus.problems)
        if article is None:
            continue
        key = article.slug.casefold()
        if key in seen_slugs:
            corpus.problems.append(Problem(path, "slug", f"duplicates {seen_slugs[key]}"))
            continue
        seen_slugs[key] = path
        corpus.articles.append(article)
    slugs = {a.slug for a in corpus.articles}
    seen_questions: dict[str, Path] = {}
    for article in corpus.articles:
        corpus.problems.extend(check_article(article, slugs, set(corpus.categories)))
        key = article.question.casefold().rstrip("?").strip()
        if key and key in seen_questions:
            corpus.problems.append(
                Problem(article.path, "question", f"duplicates {seen_questions[key].name}")
            )
        seen_questions.setdefault(key, article.path)
    return corpus
