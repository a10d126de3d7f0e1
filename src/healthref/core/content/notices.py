"""Fixed wording shown with answers: the disclaimer, review status, urgency tiers, licences.
Each is the English message id; translate it with `_()` where it is shown."""

from healthref.core.content.article import Tier
from healthref.core.i18n.catalogue import N_

DISCLAIMER = N_(
    "For information only. This is not a diagnosis and does not replace advice from a "
    "doctor, nurse or other health worker who can examine you."
)
NOT_REVIEWED = N_("Not yet reviewed by a clinician")
HELP_TITLE = N_("When to get medical help")
HELP_NOW_TITLE = N_("Get help now if…")
HELP_NOW_LINK = N_("All the signs, and when to act")
HELP_NOW_FRAME = N_(
    "Call your local emergency number now if:"  # short: the box must fit the first screen
)
NO_EMERGENCY_TITLE = N_("No emergency signs listed")

# Each tier's name, then its time frame, in words that work without colour.
TIER_LABELS: dict[Tier, tuple[str, str]] = {
    Tier.EMERGENCY: (
        N_("Get emergency help now"),
        N_("Call your local emergency number or go to the nearest emergency department now if:"),
    ),
    Tier.TODAY: (
        N_("See a health worker today"),
        N_("The same day, within 24 hours; do not wait for a routine appointment, if:"),
    ),
    Tier.DAYS: (
        N_("See a health worker within a few days"),
        N_("Within 2 to 3 days, sooner if it gets worse, if:"),
    ),
    Tier.HOME: (N_("Care at home"), N_("What you can do yourself:")),
}

# Licence tags in words a reader understands.
LICENCE_WORDS = {
    "public-domain": N_("public domain"),
    "fair-use": N_("quoted under fair use; copyright of the publisher"),
    "CC-BY-4.0": N_("Creative Commons Attribution 4.0"),
    "CC-BY-SA-4.0": N_("Creative Commons Attribution-ShareAlike 4.0"),
    "CC-BY-3.0-IGO": N_("Creative Commons Attribution 3.0 IGO"),
    "CC-BY-NC-SA-3.0-IGO": N_("Creative Commons Attribution-NonCommercial-ShareAlike 3.0 IGO"),
    "OGL-3.0": N_("Open Government Licence 3.0"),
}
