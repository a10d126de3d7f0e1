"""The fixed wording around an answer, in the ARTICLE's language (not the interface's): a
French article reads with French headings even in an English window."""

from __future__ import annotations

from dataclasses import dataclass

from healthref.core.content import notices
from healthref.core.content.tier import Tier


@dataclass(frozen=True)
class Labels:
    """Every fixed phrase an answer is shown with."""

    disclaimer: str
    not_reviewed: str
    help_title: str
    help_now_title: str
    help_now_link: str
    help_now_frame: str
    no_emergency_title: str
    tiers: dict[Tier, tuple[str, str]]
    licences: dict[str, str]
    quick_answer: str
    key_facts: str
    also_called: str
    related: str
    sources: str
    takeaway: str  # the body's last section, as the author writes it
    updated: str  # "Updated {date}"
    reviewed: str  # "Reviewed by {reviewer}, {role}, on {date}"
    next_due: str  # "; next review due {date}"
    translated: str  # "" for an original
    months: tuple[str, ...]
    categories: dict[str, str]  # the category's name (an identifier, in English) → shown

    def category(self, name: str) -> str:
        """A category's name as this language shows it (as written when it has none)."""
        return self.categories.get(name, name)


ENGLISH = Labels(
    disclaimer=notices.DISCLAIMER,
    not_reviewed=notices.NOT_REVIEWED,
    help_title=notices.HELP_TITLE,
    help_now_title=notices.HELP_NOW_TITLE,
    help_now_link=notices.HELP_NOW_LINK,
    help_now_frame=notices.HELP_NOW_FRAME,
    no_emergency_title=notices.NO_EMERGENCY_TITLE,
    tiers=notices.TIER_LABELS,
    licences=notices.LICENCE_WORDS,
    quick_answer="Quick answer",
    key_facts="Key facts",
    also_called="Also called:",
    related="Related questions",
    sources="Sources",
    takeaway="Key takeaway",
    updated="Updated {date}",
    reviewed="Reviewed by {reviewer}, {role}, on {date}",
    next_due="; next review due {date}",
    translated="",
    months=tuple(
        "January February March April May June July August September October November "
        "December".split()
    ),
    categories={},
)

FRENCH = Labels(
    disclaimer=(
        "Pour information seulement. Ce n'est pas un diagnostic et cela ne remplace pas "
        "l'avis d'un médecin, d'un infirmier ou d'un autre soignant qui peut vous examiner."
    ),
    not_reviewed="Traduit de l'anglais — pas encore relu par un clinicien",
    help_title="Quand consulter",
    help_now_title="Appelez les secours si…",
    help_now_link="Tous les signes, et quand agir",
    help_now_frame="Appelez maintenant le numéro d'urgence local si :",
    no_emergency_title="Pas de signe d'urgence indiqué",
    tiers={
        Tier.EMERGENCY: (
            "Appelez les secours maintenant",
            "Appelez maintenant les secours si :",
        ),
        Tier.TODAY: (
            "Consultez un soignant aujourd'hui",
            "Consultez un soignant aujourd'hui si :",
        ),
        Tier.DAYS: (
            "Consultez un soignant dans les jours qui viennent",
            "Consultez un soignant dans les jours qui viennent si :",
        ),
        Tier.HOME: ("Soins à la maison", "Soins à la maison :"),
    },
    licences={
        "public-domain": "domaine public",
        "fair-use": "cité au titre du droit de citation ; droits réservés à l'éditeur",
        "CC-BY-4.0": "Creative Commons Attribution 4.0",
        "CC-BY-SA-4.0": "Creative Commons Attribution - Partage dans les mêmes conditions 4.0",
        "CC-BY-3.0-IGO": "Creative Commons Attribution 3.0 IGO",
        "CC-BY-NC-SA-3.0-IGO": (
            "Creative Commons Attribution - Pas d'utilisation commerciale - Partage dans les "
            "mêmes conditions 3.0 IGO"
        ),
        "OGL-3.0": "Open Government Licence 3.0",
    },
    quick_answer="Réponse rapide",
    key_facts="À savoir",
    also_called="Autres noms :",
    related="Questions liées",
    sources="Sources",
    takeaway="À retenir",
    updated="Mis à jour le {date}",
    reviewed="Relu par {reviewer}, {role}, le {date}",
    next_due=" ; prochaine relecture prévue le {date}",
    translated="Traduit de l'anglais",
    months=tuple(
        "janvier février mars avril mai juin juillet août septembre octobre novembre "
        "décembre".split()
    ),
    categories={
        "Child health": "Santé de l'enfant",
        "First aid and emergencies": "Premiers secours et urgences",
        "Infectious diseases": "Maladies infectieuses",
        "Long-term conditions": "Maladies de longue durée",
        "Medicines": "Médicaments",
        "Mental health": "Santé mentale",
        "Pregnancy and newborns": "Grossesse et nouveau-nés",
        "Prevention and healthy living": "Prévention et mode de vie sain",
        "Sexual and reproductive health": "Santé sexuelle et reproductive",
        "Symptoms": "Symptômes",
    },
)

LABELS = {"en": ENGLISH, "fr": FRENCH}


def labels_for(language: str) -> Labels:
    """The labels of a language; English for a language without its own."""
    return LABELS.get(language, ENGLISH)
