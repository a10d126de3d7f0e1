"""Writes the search index for a content build: synonyms, per-article terms, FTS rows and the
corpus vocabulary. The build calls it; search owns what it writes."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import text
from sqlalchemy.orm import Session

from healthref.core.content.article import Article
from healthref.core.content.markdown_text import markdown_to_text
from healthref.core.search.index_models import (
    ArticleTerms,
    EmergencyPhrase,
    SynonymTerm,
    VocabularyTerm,
)
from healthref.core.search.index_schema import FTS_COLUMNS, FTS_DDL, FTS_TABLE
from healthref.core.search.normalise import stem, stems, tokens

SITUATION_SEPARATOR = " | "
# Merges the FTS index into one segment once every row is written.
OPTIMISE_SQL = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"
_INSERT = text(
    f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(FTS_COLUMNS)}) "
    f"VALUES (:id, {', '.join(':' + c for c in FTS_COLUMNS)})"
)


class SearchIndexer:
    """Collects the vocabulary while articles stream past; `finish` writes it."""

    def __init__(self, session: Session, *, create_fts: bool = True) -> None:
        self._session = session
        self._vocabulary: Counter[str] = Counter()
        if create_fts:  # False when adding articles to an index that exists (add-on packs)
            session.execute(text(FTS_DDL))

    def add_synonyms(self, groups: list[list[str]]) -> None:
        """Each group's terms, folded, with the stems used to match them."""
        for group_id, terms in enumerate(groups, start=1):
            for term in dict.fromkeys(" ".join(tokens(t)) for t in terms):
                key = " ".join(stem(word) for word in term.split())
                self._session.add(SynonymTerm(group_id=group_id, term=term, stem_key=key))

    def add_emergencies(self, emergencies: list[tuple[str, tuple[str, ...]]]) -> None:
        """Each emergency phrase as word stems, with its first-aid article."""
        for slug, phrases in emergencies:
            for phrase in phrases:
                key = " ".join(stem(word) for word in tokens(phrase))
                self._session.add(EmergencyPhrase(stem_key=key, slug=slug))

    def add_article(self, article_id: int, article: Article) -> None:
        """Index one article's fields; its situations are searched but never shown."""
        plain_body = markdown_to_text(article.body_markdown)
        summary = " ".join((article.quick_answer, *article.key_facts))
        aliases = " ; ".join(article.aliases)
        situations = " ; ".join(article.situations)
        self._session.execute(
            _INSERT,
            {
                "id": article_id,
                "question": article.question,
                "aliases": aliases,
                "situations": situations,
                "summary": summary,
                "body": plain_body,
            },
        )
        self._session.add(
            ArticleTerms(
                article_id=article_id,
                question_words=" ".join(tokens(article.question)),
                question=_stem_set(article.question),
                aliases=_stem_set(aliases),
                summary=_stem_set(summary),
                situations=SITUATION_SEPARATOR.join(
                    _stem_set(situation) for situation in article.situations
                ),
            )
        )
        everything = " ".join((article.question, aliases, situations, summary, plain_body))
        self._vocabulary.update(set(tokens(everything)))

    @property
    def vocabulary(self) -> Counter[str]:
        """Each word seen so far, with the number of articles that use it."""
        return self._vocabulary

    def finish(self) -> None:
        """Write the vocabulary (word, stem, article count) in a fixed order."""
        self._session.add_all(
            VocabularyTerm(term=term, stem=stem(term), doc_count=count)
            for term, count in sorted(self._vocabulary.items())
        )


def _stem_set(text: str) -> str:
    """A field's distinct stems, in the order they first appear: search compares them as sets."""
    return " ".join(dict.fromkeys(stems(text)))
