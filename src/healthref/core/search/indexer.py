"""Writes the search index for a content build: synonyms, per-article terms, FTS rows and the
corpus vocabulary. The build calls it; search owns what it writes."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.orm import Session

from healthref.core.content.article import Article
from healthref.core.content.plain_text import markdown_to_text
from healthref.core.search.index_models import (
    ArticleTerms,
    EmergencyPhrase,
    SynonymTerm,
    VocabularyTerm,
)
from healthref.core.search.index_models_fr import (
    FrenchArticleTerms,
    FrenchEmergencyPhrase,
    FrenchSynonymTerm,
    FrenchVocabularyTerm,
)
from healthref.core.search.index_schema import (
    FTS_COLUMNS,
    FTS_TABLE,
    PREFIX_INDEX_FROM,
    fts_ddl,
)
from healthref.core.search.languages import EMERGENCY_CONTEXT_MARK, ENGLISH, SearchLanguage
from healthref.core.search.normalise import stem, tokens

if TYPE_CHECKING:
    from healthref.core.content.sources import Emergency

SITUATION_SEPARATOR = " | "
# Merges the FTS index into one segment once every row is written.
OPTIMISE_SQL = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')"
# Each language's index models: synonyms, emergency phrases, article terms, vocabulary.
_MODELS: dict[str, tuple[type, type, type, type]] = {
    "en": (SynonymTerm, EmergencyPhrase, ArticleTerms, VocabularyTerm),
    "fr": (FrenchSynonymTerm, FrenchEmergencyPhrase, FrenchArticleTerms, FrenchVocabularyTerm),
}


def optimise_sql(language: SearchLanguage) -> str:
    """Merges a language's FTS index into one segment once every row is written."""
    return f"INSERT INTO {language.fts_table}({language.fts_table}) VALUES ('optimize')"


def _insert(table: str) -> str:
    return (
        f"INSERT INTO {table} (rowid, {', '.join(FTS_COLUMNS)}) "
        f"VALUES (:id, {', '.join(':' + c for c in FTS_COLUMNS)})"
    )


class SearchIndexer:
    """Collects the vocabulary while articles stream past; `finish` writes it."""

    def __init__(
        self,
        session: Session,
        *,
        create_fts: bool = True,
        language: SearchLanguage = ENGLISH,
        articles: int = 0,
    ) -> None:
        """`articles`: about how many will be added (a large corpus gets a prefix index)."""
        self._session = session
        self._vocabulary: Counter[str] = Counter()
        self._language = language
        self._stemmer = language.stemmer
        self._synonym, self._emergency, self._terms, self._word = _MODELS[language.code]
        self._insert = text(_insert(language.fts_table))
        if create_fts:  # False when adding articles to an index that exists (add-on packs)
            prefix_index = articles >= PREFIX_INDEX_FROM
            session.execute(text(fts_ddl(language.fts_table, prefix_index=prefix_index)))

    def _stem(self, word: str) -> str:
        return stem(word, self._stemmer)

    def _stem_set(self, text: str) -> str:
        """A field's distinct stems, in first-seen order: search compares them as sets."""
        return " ".join(dict.fromkeys(self._stem(word) for word in tokens(text)))

    def add_synonyms(self, groups: list[list[str]]) -> None:
        """Each group's terms, folded, with the stems used to match them."""
        for group_id, terms in enumerate(groups, start=1):
            for term in dict.fromkeys(" ".join(tokens(t)) for t in terms):
                key = " ".join(self._stem(word) for word in term.split())
                self._session.add(self._synonym(group_id=group_id, term=term, stem_key=key))

    def add_emergencies(self, emergencies: list[Emergency]) -> None:
        """Each emergency phrase as word stems, with its first-aid article; a phrase that needs
        a context word is stored as "phrase stems | context stems"."""
        for emergency in emergencies:
            context = sorted({self._stem(word) for word in tokens(" ".join(emergency.context))})
            for phrase in emergency.phrases:
                key = " ".join(self._stem(word) for word in tokens(phrase))
                if context:
                    key += f"{EMERGENCY_CONTEXT_MARK}{' '.join(context)}"
                self._session.add(self._emergency(stem_key=key, slug=emergency.article))

    def add_article(self, article_id: int, article: Article) -> None:
        """Index one article's fields; its situations are searched but never shown."""
        plain_body = markdown_to_text(article.body_markdown)
        summary = " ".join((article.quick_answer, *article.key_facts))
        aliases = " ; ".join(article.aliases)
        situations = " ; ".join(article.situations)
        self._session.execute(
            self._insert,
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
            self._terms(
                article_id=article_id,
                question_words=" ".join(tokens(article.question)),
                question=self._stem_set(article.question),
                aliases=self._stem_set(aliases),
                summary=self._stem_set(summary),
                situations=SITUATION_SEPARATOR.join(
                    self._stem_set(situation) for situation in article.situations
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
            self._word(term=term, stem=self._stem(term), doc_count=count)
            for term, count in sorted(self._vocabulary.items())
        )
