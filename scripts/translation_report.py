"""The content report's section on translations: per language, how many articles are
translated, missing and stale, the reading ease (Kandel–Moles for French), and how many parts
were left in English."""

from __future__ import annotations

import statistics

from healthref.core.content.french_readability import kandel_moles
from healthref.core.content.sources import Corpus, read_article
from healthref.core.content.translation_rules import english_left
from healthref.core.content.translations import content_version

# Kandel–Moles bands: at or above this, plain everyday French.
EASY_FRENCH = 60.0


def translation_section(corpus: Corpus) -> dict[str, object]:
    """One entry per translated language."""
    originals = {}
    for path in corpus.article_paths:
        loaded = read_article(path, [])
        if loaded is not None:
            originals[path.stem] = content_version(loaded.article)
    section: dict[str, object] = {}
    for language, paths in sorted(corpus.translations.items()):
        stale, left, scores = [], [], {}
        for path in paths:
            loaded = read_article(path, [])
            if loaded is None:
                continue
            if loaded.original_version != originals.get(path.stem):
                stale.append(path.stem)
            if english_left(loaded.article):
                left.append(path.stem)
            scores[path.stem] = kandel_moles(loaded.article)
        values = sorted(scores.values())
        section[language] = {
            "translated": len(paths),
            "originals": len(originals),
            "missing": sorted(set(originals) - {p.stem for p in paths}),
            "stale": sorted(stale),
            "untranslated_parts": len(left),
            "untranslated_in": left,
            "reading_ease": {
                "method": "Kandel–Moles (207 − 1.015 × words/sentence − 73.6 × syllables/word);"
                " syllables = vowel groups, final mute -e/-es dropped; list items and tier "
                "lines count as sentences",
                "median": statistics.median(values) if values else 0,
                "min": values[0] if values else 0,
                "max": values[-1] if values else 0,
                f"under_{EASY_FRENCH:.0f}": sorted(s for s, v in scores.items() if v < EASY_FRENCH),
            },
        }
    return section


def print_translation_section(section: dict[str, object]) -> None:
    for language, data in section.items():
        assert isinstance(data, dict)
        ease = data["reading_ease"]
        print(f"\n{language.upper()} translations")
        print(
            f"  translated {data['translated']} of {data['originals']}; "
            f"missing {len(data['missing'])}: {', '.join(data['missing']) or 'none'}"
        )
        print(f"  stale (English changed after translation): {data['stale'] or 'none'}")
        print(f"  untranslated parts: {data['untranslated_parts']}")
        print(
            f"  reading ease ({ease['method']}): median {ease['median']}, min {ease['min']}, "
            f"max {ease['max']}"
        )
        hard = ease[f"under_{EASY_FRENCH:.0f}"]
        print(f"  under {EASY_FRENCH:.0f} (harder than plain French): {len(hard)}")
