"""The translations' part of a build: their rows beside the English articles, each language's
record dictionary, and each language's own search index."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from healthref.core.content.checksum import article_source_hash
from healthref.core.content.models import RecordDictionaryRow, TranslationRow
from healthref.core.content.packing import dictionary_id, make_dictionary, pack
from healthref.core.content.sources import Corpus
from healthref.core.content.translations import read_translation
from healthref.core.search.indexer import SearchIndexer
from healthref.core.search.languages import search_language

DICTIONARY_SAMPLES = 4
FLUSH_EVERY = 500


def _dictionary(paths: list[Path]) -> bytes:
    step = max(1, len(paths) // DICTIONARY_SAMPLES)
    samples = [read_translation(path) for path in paths[::step][:DICTIONARY_SAMPLES]]
    return make_dictionary(loaded.article.to_json() for loaded in samples if loaded)


def write_translations(session: Session, corpus: Corpus, category_ids: dict[str, int]) -> None:
    """Every translated article and its language's index (an empty index when a language has
    no translation yet, so search in it finds nothing rather than failing)."""
    next_id = 1
    for language in sorted(corpus.translations):
        paths = corpus.translations[language]
        indexer = SearchIndexer(session, language=search_language(language), articles=len(paths))
        dictionary = _dictionary(paths)
        session.add(RecordDictionaryRow(id=dictionary_id(language), dictionary=dictionary))
        indexer.add_synonyms(corpus.translated_synonyms.get(language, []))
        emergencies = corpus.translated_emergencies.get(language, [])
        indexer.add_emergencies(emergencies)
        for path in paths:
            loaded = read_translation(path)
            if loaded is None:
                continue
            article = loaded.article
            session.add(
                TranslationRow(
                    id=next_id,
                    slug=article.slug,
                    language=language,
                    question=article.question,
                    category_id=category_ids[article.category],
                    record=pack(article.to_json(), dictionary),
                    source_hash=article_source_hash(article),
                    original_version=loaded.original_version,
                )
            )
            indexer.add_article(next_id, article)
            if next_id % FLUSH_EVERY == 0:
                session.flush()
                session.expunge_all()
            next_id += 1
        indexer.finish()
