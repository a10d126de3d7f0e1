"""One test per mechanism that makes search honest: real words are never "corrected", a
complete word being typed is not a confident completion, situations are searched (and are
never near-copies of the development queries), emergencies are recognised, and the caches
can never lose the answer they return."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from healthref.core.content.article import Article
from healthref.core.content.database import open_content
from healthref.core.content.packing import unpack
from healthref.core.content.sources import iter_articles, load_corpus
from healthref.core.content.store import ContentStore, record_dictionary
from healthref.core.search import lexicon as lexicon_module
from healthref.core.search.engine import SearchEngine
from healthref.core.search.languages import FRENCH
from healthref.core.search.lexicon import BoundedCache
from healthref.core.search.normalise import MAX_QUERY_CHARS, MAX_QUERY_WORDS, query_tokens
from healthref.core.wordlist import is_real_word
from tests.conftest import CONTENT, REPO, SHARED


@pytest.fixture(scope="module")
def engine(bundled_db: Path) -> SearchEngine:
    return SearchEngine(ContentStore.open(bundled_db).connection)


@pytest.fixture(scope="module")
def french(bundled_db: Path) -> SearchEngine:
    return SearchEngine(open_content(bundled_db, verify_checksum=False), FRENCH)


@pytest.mark.parametrize(
    ("query", "word"),
    [("tennis elbow", "tennis"), ("jet lag", "lag"), ("frozen shoulder", "frozen")],
)
def test_real_words_are_never_corrected(engine: SearchEngine, query: str, word: str) -> None:
    assert is_real_word(word)
    result = engine.search(query)
    assert result.showing_results_for is None
    assert not result.hits or result.hits[0].weak


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("diabetis", "diabetes"), ("menengitis symptoms", "meningitis"), ("maleria", "malaria")],
)
def test_misspellings_are_still_corrected_and_said(
    engine: SearchEngine, typo: str, meant: str
) -> None:
    result = engine.search(typo)
    assert result.showing_results_for is not None and meant in result.showing_results_for
    assert result.hits and not result.hits[0].weak


@pytest.mark.parametrize(("query", "not_meant"), [("ringworm", "pinworm"), ("goitre", "litre")])
def test_a_rare_word_is_not_turned_into_another_two_letters_and_a_first_letter_away(
    engine: SearchEngine, query: str, not_meant: str
) -> None:
    # Ringworm is a skin fungus: answering with intestinal worms would mislead.
    result = engine.search(query)
    assert result.showing_results_for is None or not_meant not in result.showing_results_for
    assert not result.confident


def test_a_real_french_word_typed_without_its_accents_is_kept(french: SearchEngine) -> None:
    result = french.search("ma femme enceinte voit des etoiles")
    assert result.showing_results_for is None  # not "des ecoles"


def test_a_french_fixed_expression_is_one_concept(french: SearchEngine) -> None:
    # "coup de soleil" is sunburn, which has no article: its three words are not a description
    # that a story about doxycycline and the sun could vouch for.
    assert not french.search("gros coup de soleil avec cloques sur le nez").confident
    headache = french.search("j'ai mal à la tête")
    assert headache.hits[0].slug == "what-causes-headaches-and-when-are-they-dangerous"
    assert not headache.hits[0].weak


def test_a_misspelt_synonym_the_articles_do_not_use_is_corrected(french: SearchEngine) -> None:
    # The French articles say "signes"; "symptômes" is only a synonym of it.
    result = french.search("paludisme symtomes")
    assert result.showing_results_for == "paludisme symptomes"
    assert result.hits[0].slug == "what-are-the-symptoms-of-malaria" and not result.hits[0].weak


@pytest.mark.parametrize("query", ["cold sores", "nappy rash", "river blindness"])
def test_a_condition_named_with_everyday_words_is_one_concept(
    engine: SearchEngine, query: str
) -> None:
    # No article is about these; their words alone used to answer confidently (a headache,
    # dehydration, vitamin A deficiency).
    assert not engine.search(query).confident


def test_a_first_letter_typo_one_edit_away_is_still_corrected(engine: SearchEngine) -> None:
    result = engine.search("neumonia")
    assert result.showing_results_for is not None and "pneumonia" in result.showing_results_for
    assert result.hits and not result.hits[0].weak


def test_a_complete_word_being_typed_is_not_a_confident_completion(
    engine: SearchEngine,
) -> None:
    car = engine.search("car")  # would complete to "care", "cardiopulmonary"
    assert car.hits and car.hits[0].weak
    # A confident hit must say "car" itself (a situation: insulin left in a hot car).
    for hit in car.hits:
        if hit.weak:
            continue
        article = _article(engine, hit.slug)
        words = " ".join((*article.situations, article.quick_answer, *article.key_facts))
        assert " car" in f" {words.casefold()}", hit.slug
    typing = engine.search("mening")  # not a word yet: completing it is right
    assert typing.hits and not typing.hits[0].weak
    assert typing.hits[0].slug == "what-are-the-signs-of-meningitis"


def test_a_fragment_being_typed_cannot_make_an_answer_confident(engine: SearchEngine) -> None:
    """Two or three letters that are no word yet ("cv" on its way to anything) still find
    articles, but cannot vouch for one: "cv" completes to the stroke article's alias "cva"."""
    cv = engine.search("how to write a cv")
    assert not cv.confident
    assert any(hit.slug == "what-are-the-signs-of-a-stroke" for hit in engine.search("cva").hits)
    # A short word the corpus knows is a word, not a fragment.
    tb = engine.search("what is tb")
    assert tb.confident and tb.hits[0].slug == "what-is-tuberculosis-tb-and-how-does-it-spread"
    # And while typing, the question that starts that way still comes first.
    assert engine.search("what causes sep").hits[0].slug == "what-causes-sepsis"


def test_situations_are_searched_but_never_shown(bundled_db: Path) -> None:
    store = ContentStore.open(bundled_db)
    engine = SearchEngine(store.connection)
    view = store.article("how-should-a-burn-be-treated")
    assert view is not None and len(view.article.situations) >= 8
    situation = view.article.situations[0]
    top3 = [hit.slug for hit in engine.search(situation).hits[:3]]
    assert "how-should-a-burn-be-treated" in top3
    from healthref.core.content.render import article_html

    assert situation not in article_html(view)


def _article(engine: SearchEngine, slug: str) -> Article:
    row = engine._connection.execute(
        "SELECT record FROM articles WHERE slug = ?", (slug,)
    ).fetchone()
    return Article.from_json(unpack(row[0], record_dictionary(engine._connection)))


def _dev_queries() -> list[str]:
    queries: list[str] = []
    for name in ("dev-queries.tsv", "dev-situations.tsv", "dev-no-answer.tsv"):
        path = SHARED / "eval" / name
        path = path if path.exists() else REPO / "tests" / "data" / name
        with path.open(encoding="utf-8", newline="") as handle:
            queries += [row["query"] for row in csv.DictReader(handle, delimiter="\t")]
    return queries


def test_no_situation_is_a_near_copy_of_a_development_query() -> None:
    queries = [q.casefold() for q in _dev_queries()]
    assert len(queries) >= 200
    copies = []
    for article in iter_articles(load_corpus(CONTENT)):
        for situation in article.situations:
            text = situation.casefold()
            for query in queries:
                if fuzz.ratio(text, query) >= 85:
                    copies.append(f"{article.slug}: {situation!r} ~ {query!r}")
    assert copies == []


def test_the_near_copy_check_would_catch_one() -> None:
    query = _dev_queries()[0]
    assert fuzz.ratio(query.casefold() + ".", query.casefold()) >= 85


@pytest.mark.parametrize(
    ("query", "first_aid"),
    [
        ("he collapsed and is not breathing", "how-do-i-do-cpr-on-an-adult"),
        ("my baby is choking on a grape", "how-do-i-help-someone-who-is-choking"),
        ("she swallowed rat poison", "what-should-i-do-if-someone-has-been-poisoned"),
        ("blood is spurting from his arm", "how-do-i-stop-severe-bleeding"),
        ("bitten by a snake in the field", "what-should-i-do-after-a-snakebite"),
    ],
)
def test_an_emergency_puts_first_aid_first(
    engine: SearchEngine, query: str, first_aid: str
) -> None:
    result = engine.search(query)
    assert result.emergency
    assert result.hits[0].slug == first_aid and not result.hits[0].weak


def test_a_lay_name_that_sounds_like_an_emergency_keeps_its_meaning(
    engine: SearchEngine,
) -> None:
    result = engine.search("blood poisoning")  # a lay name for sepsis, not a poisoning
    assert result.hits[0].slug == "what-causes-sepsis" and not result.emergency


@pytest.mark.parametrize(
    "query",
    [
        "how to bake bread",
        "what causes anaemia",
        "sepsis",
        "how to use pesticide safely on crops",  # a poison only once swallowed
        "what is rat poison made of",
    ],
)
def test_an_ordinary_query_is_not_an_emergency(engine: SearchEngine, query: str) -> None:
    assert not engine.search(query).emergency


BURN, AFTER_BIRTH = "how-should-a-burn-be-treated", "what-causes-heavy-bleeding-after-childbirth"
POISONED = "what-should-i-do-if-someone-has-been-poisoned"
CHOKING = "how-do-i-help-someone-who-is-choking"
FROM_WATER = "what-should-i-do-after-someone-is-pulled-from-water"
HEAD_INJURY = "what-should-i-do-after-a-head-injury"
ANAPHYLAXIS = "how-is-a-severe-allergic-reaction-anaphylaxis-treated"
SUICIDE = "how-can-i-help-someone-who-is-thinking-about-suicide"


@pytest.mark.parametrize(
    ("query", "not_first"),
    [
        ("how long should i boil water to make it safe", BURN),
        ("is boiling water enough to kill germs", BURN),
        ("can i drink hot tea when pregnant", BURN),
        ("hot water bottle for period pain", BURN),
        ("is it safe to take ibuprofen after giving birth", AFTER_BIRTH),
    ],
)
def test_something_hot_or_a_birth_alone_is_not_an_emergency(
    engine: SearchEngine, query: str, not_first: str
) -> None:
    result = engine.search(query)
    assert not result.emergency
    assert not result.hits or result.hits[0].slug != not_first


@pytest.mark.parametrize(
    ("query", "first_aid"),
    [
        ("the kettle fell on her leg", BURN),
        ("my toddler drank some kerosene from a bottle", POISONED),
        ("we dragged her out of the lake and she is coughing", FROM_WATER),
        ("he banged his head on the wall and keeps vomiting", HEAD_INJURY),
        ("she is eating and suddenly cant talk, hands at her throat", CHOKING),
        ("boiling water spilled on the baby's arm", BURN),
        ("my wife is bleeding a lot after giving birth", AFTER_BIRTH),
        ("she gave birth at home and is soaking cloths with blood", AFTER_BIRTH),
    ],
)
def test_a_phrase_with_its_context_is_the_emergency_it_names(
    engine: SearchEngine, query: str, first_aid: str
) -> None:
    # After a birth, heavy bleeding is a postpartum haemorrhage: its article, not a wound's.
    result = engine.search(query)
    assert result.emergency
    assert result.hits[0].slug == first_aid and not result.hits[0].weak


def test_the_french_vocabulary_knows_bleeding_after_a_birth(french: SearchEngine) -> None:
    result = french.search("elle a accouché il y a une heure et saigne beaucoup")
    assert result.emergency
    assert result.hits[0].slug == AFTER_BIRTH
    assert not french.search("peut-on allaiter après l'accouchement").emergency


def test_a_number_spelt_out_weighs_as_its_digits(engine: SearchEngine) -> None:
    # "twenty" is rare in the articles (they write "20"), so it outweighed the nose and made a
    # heart-attack situation with "twenty minutes" the confident answer to a nosebleed.
    twenty, digits = (engine._parse(q).concepts[0].weight for q in ("twenty", "20"))
    assert twenty == pytest.approx(digits)
    result = engine.search("her nose keeps bleeding and it has been twenty minutes")
    assert result.hits[0].slug == "how-do-i-stop-a-nosebleed" and not result.hits[0].weak


@pytest.mark.parametrize(
    ("query", "first_aid"),
    [
        ("mon enfant a bu du pétrole", POISONED),
        ("le visage de ma fille gonfle après une piqûre de guêpe", ANAPHYLAXIS),
        ("il s'est cogné la tête contre le mur et il vomit", HEAD_INJURY),
        ("elle a renversé l'huile chaude sur sa main", BURN),
        ("il parlait de se suicider hier soir", SUICIDE),
    ],
)
def test_the_french_vocabulary_names_the_same_emergencies(
    french: SearchEngine, query: str, first_aid: str
) -> None:
    result = french.search(query)
    assert result.emergency
    assert result.hits[0].slug == first_aid


@pytest.mark.parametrize(
    "query",
    [
        "comment conserver le pétrole",
        "peut-on boire du thé chaud enceinte",
        "comment éviter une noyade à la plage",
        "je travaille au soleil, quelle crème mettre",
    ],
)
def test_a_french_question_about_a_hazard_is_not_an_emergency(
    french: SearchEngine, query: str
) -> None:
    assert not french.search(query).emergency


def test_everyday_verbs_weigh_little_in_a_description(engine: SearchEngine) -> None:
    # "go" and "away" are rare in health articles, so they weighed like the headache itself
    # and a pre-eclampsia story about a headache that does not go away came first.
    result = engine.search("headache that will not go away")
    assert result.hits[0].slug == "what-causes-headaches-and-when-are-they-dangerous"
    assert not result.hits[0].weak


def test_an_exact_question_stays_first_in_an_emergency(engine: SearchEngine) -> None:
    result = engine.search("What causes chest pain?")
    assert result.emergency
    assert result.hits[0].slug == "what-causes-chest-pain"
    assert result.hits[1].slug == "what-are-the-warning-signs-of-a-heart-attack"


def test_emergency_vocabulary_is_checked_by_the_builder(
    make_content: object, tmp_path: Path
) -> None:
    assert callable(make_content)
    content: Path = make_content()
    (content / "emergencies.toml").write_text(
        '[[emergency]]\narticle = "no-such-article"\nphrases = ["not breathing"]\n',
        encoding="utf-8",
    )
    problems = [str(p) for p in load_corpus(content).problems]
    assert any(
        "emergency[1].article: no article with slug 'no-such-article'" in p for p in problems
    )


def test_an_emergency_context_must_be_single_words(make_content: object) -> None:
    assert callable(make_content)
    content: Path = make_content()
    (content / "emergencies.toml").write_text(
        '[[emergency]]\narticle = "x"\nphrases = ["hot oil"]\ncontext = ["spilled on"]\n',
        encoding="utf-8",
    )
    problems = [str(p) for p in load_corpus(content).problems]
    assert any("emergency[1].context: must be single words" in p for p in problems)


def test_every_emergency_phrase_names_a_real_article() -> None:
    corpus = load_corpus(CONTENT)
    assert corpus.emergencies and not corpus.problems


def test_a_bounded_cache_never_loses_the_answer_it_returns(
    monkeypatch: pytest.MonkeyPatch, engine: SearchEngine
) -> None:
    cache: BoundedCache[str] = BoundedCache(limit=3)
    for number in range(10):
        assert cache.store(f"k{number}", f"v{number}") == f"v{number}"
    assert len(cache) == 3 and cache.lookup("k9") == (True, "v9")
    monkeypatch.setattr(lexicon_module, "CACHE_LIMIT", 5)
    fresh = type(engine.lexicon).load(engine._connection)
    for word in ("qwxv", "zzrt", "plok", "fkkd", "wvvb", "xqzz", "kkpt", "bbdq"):
        fresh.correct(word)
        fresh.completions(word)


def test_a_long_paste_is_normalised_before_it_is_capped() -> None:
    tokens = query_tokens("ﷺ " * 300)  # each expands to 18 characters under NFKC
    assert len(" ".join(tokens)) <= MAX_QUERY_CHARS
    assert len(tokens) <= MAX_QUERY_WORDS


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "HEALTHREF_HOME": str(Path("/tmp") / "healthref-trust-test")}
    return subprocess.run(
        [sys.executable, "-m", "healthref", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        env=env,
    )


def test_json_hits_carry_corrected_query_and_emergency() -> None:
    result = _cli("search", "diabetis", "--json")
    hits = json.loads(result.stdout)
    assert hits and all(h["corrected_query"] == "diabetes" for h in hits)
    assert all(h["emergency"] is False for h in hits)
    emergency = json.loads(_cli("search", "he is not breathing", "--json").stdout)
    assert emergency[0]["emergency"] is True and emergency[0]["corrected_query"] is None


def test_five_thousand_and_one_misspellings_answer_every_line() -> None:
    import itertools

    words = (
        "".join(p)
        for p in itertools.islice(itertools.product("bcdfghjklmnpqrstvwxz", repeat=6), 5001)
    )
    result = _cli("search", "--batch", "-", "--json", stdin="\n".join(words).encode() + b"\n")
    assert result.returncode == 0, result.stderr[-500:]
    assert len(result.stdout.splitlines()) == 5001


def test_invalid_utf8_on_stdin_answers_every_line() -> None:
    result = _cli(
        "search", "--batch", "-", "--json", stdin=b"sepsis\n\xff\xfe broken malaria\nburn\r\n"
    )
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert json.loads(lines[0])[0]["slug"] == "what-causes-sepsis"
