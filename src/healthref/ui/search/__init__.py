"""The search box, the question list and the search worker."""
