"""What search needs to know about a content language: its stemmer, its small words, its
regular spelling variants, and the names of the index tables built for it."""

from __future__ import annotations

from typing import NamedTuple

_ENGLISH_STOPWORDS = """a an the and or but of to in on at for from by with without about into
    over after before is are was were be been being am do does did doing have has had having i
    me my mine we our us you your he she him her his it its they them their this that these
    those what which who whom whose when where why how can could should would will shall may
    might must not no if then than so too very just also get got getting there here some any
    much many more most such own same other only both each few all up out off again once s t
    don isn aren wasn weren doesn didn haven hasn hadn won wouldn shouldn couldn cant im ive id
    lot lots thing things really please tell know want wants need needs feel feels feeling
    someone somebody person people kind sort way ways like wont dont cant isnt arent doesnt
    didnt wasnt werent shouldnt couldnt wouldnt hasnt havent whats hows thats vs versus"""
_ENGLISH_LOW_CONTENT = """option options choice choices type types kind kinds method methods tip
    tips advice info information fact facts guide list best good bad normal common usual main
    step steps example examples definition meaning overview"""
# Folded (accents removed), as queries are. Elided articles and pronouns (l', d', j', qu', n',
# s', c', m', t') are split off by the tokenizer and are stopwords here.
_FRENCH_STOPWORDS = """a au aux avec ce ces cet cette c d de des du elle elles en et est etre
    eu il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous
    on ou par pas pour qu que qui s sa se ses son sont sur t ta te tes toi ton tu un une vos
    votre vous y ai as avons avez ont etait etaient sera suis es sommes etes fait faire faut
    peut peux peuvent dois doit doivent quoi quel quelle quels quelles quand comment pourquoi
    combien ou est-ce ca cela ceci ici la-bas tres trop plus moins aussi encore deja bien
    alors donc car si comme tout tous toute toutes autre autres chose choses quelque quelqu
    rien personne gens veux veut voudrais savoir sais sait dire dit svp merci bonjour stp chez"""
_FRENCH_LOW_CONTENT = """option options choix type types sorte genre methode methodes conseil
    conseils info infos information informations liste meilleur meilleure bon bonne mauvais
    normal normale normaux courant habituel principal etape etapes exemple exemples definition
    sens signification"""
_ENGLISH_VARIANTS = (
    ("ae", "e"),
    ("oe", "e"),
    ("our", "or"),
    ("ise", "ize"),
    ("isation", "ization"),
    ("yse", "yze"),
    ("tre", "ter"),
    ("ll", "l"),
    ("ph", "f"),
)
# Everyday French misspellings: a doubled consonant typed once, "ph" as "f", "ch" as "c", "y"
# as "i".
_FRENCH_VARIANTS = (
    ("rr", "r"),
    ("ll", "l"),
    ("ss", "s"),
    ("tt", "t"),
    ("nn", "n"),
    ("mm", "m"),
    ("pp", "p"),
    ("ff", "f"),
    ("ph", "f"),
    ("th", "t"),
    ("ch", "c"),
    ("y", "i"),
)


# Everyday verbs and particles ("won't go away", "keeps coming back", "ne passe pas"): still
# words of a description, but they weigh like low-content words, not like the rare word a
# corpus of health articles makes of them.
_ENGLISH_LIGHT = """go goes going gone went away come comes coming came back keep keeps keeping
    kept still"""
_FRENCH_LIGHT = """passe passent passer va vont aller part partent partir vient viennent
    venir revient reviennent reste restent"""

# Numbers spelt out weigh as their digits do: "twenty minutes" is a duration, not a rare and
# telling word (the articles write "20 minutes").
_ENGLISH_NUMBERS = dict(
    zip(
        """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
        eighty ninety hundred thousand""".split(),
        [*map(str, range(1, 21)), *map(str, range(30, 100, 10)), "100", "1000"],
        strict=True,
    )
)
_FRENCH_NUMBERS = dict(
    zip(
        """deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze
        seize vingt trente quarante cinquante soixante cent mille""".split(),
        [*map(str, range(2, 17)), "20", "30", "40", "50", "60", "100", "1000"],
        strict=True,
    )
)


# In the emergency table's stem_key: between a phrase's stems and the stems of the context
# words it needs ("boil water | burn scald spill splash"); a phrase without one has no mark.
EMERGENCY_CONTEXT_MARK = " | "


class SearchLanguage(NamedTuple):
    """One content language's search settings and index table names."""

    code: str
    stemmer: str  # the snowballstemmer algorithm
    stopwords: frozenset[str]
    low_content: frozenset[str]
    light: frozenset[str]  # informative, but weighed like low-content words
    number_words: dict[str, str]  # a number spelt out → its digits
    variant_pairs: tuple[tuple[str, str], ...]
    suffix: str  # appended to every index table's name ("" for English)
    articles_table: str  # where this language's article rows live

    @property
    def fts_table(self) -> str:
        return "article_fts" + self.suffix

    @property
    def vocabulary_table(self) -> str:
        return "vocabulary" + self.suffix

    @property
    def synonyms_table(self) -> str:
        return "synonyms" + self.suffix

    @property
    def terms_table(self) -> str:
        return "article_terms" + self.suffix

    @property
    def emergencies_table(self) -> str:
        return "emergency_phrases" + self.suffix


ENGLISH = SearchLanguage(
    "en",
    "porter",
    frozenset(_ENGLISH_STOPWORDS.split()),
    frozenset(_ENGLISH_LOW_CONTENT.split()),
    frozenset(_ENGLISH_LIGHT.split()),
    _ENGLISH_NUMBERS,
    _ENGLISH_VARIANTS,
    "",
    "articles",
)
FRENCH = SearchLanguage(
    "fr",
    "french",
    frozenset(_FRENCH_STOPWORDS.split()),
    frozenset(_FRENCH_LOW_CONTENT.split()),
    frozenset(_FRENCH_LIGHT.split()),
    _FRENCH_NUMBERS,
    _FRENCH_VARIANTS,
    "_fr",
    "translations",
)
SEARCH_LANGUAGES = {language.code: language for language in (ENGLISH, FRENCH)}


def search_language(code: str) -> SearchLanguage:
    """The search settings of a content language; English for one search does not know."""
    return SEARCH_LANGUAGES.get(code, ENGLISH)
