"""Fixed wording shown with answers: the disclaimer and the review status."""

DISCLAIMER = (
    "For information only. This is not a diagnosis and does not replace advice from a "
    "doctor, nurse or other health worker who can examine you."
)
NOT_REVIEWED = "Not yet reviewed by a clinician"
