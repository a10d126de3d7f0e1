"""The bundled categories' names in the interface language (add-on categories stay as named)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_label(name: str) -> str:
    """`name` translated when it is one of the bundled categories; otherwise as it is."""
    labels = {
        "Child health": QCoreApplication.translate("Category", "Child health"),
        "First aid and emergencies": QCoreApplication.translate(
            "Category", "First aid and emergencies"
        ),
        "Infectious diseases": QCoreApplication.translate("Category", "Infectious diseases"),
        "Long-term conditions": QCoreApplication.translate("Category", "Long-term conditions"),
        "Medicines": QCoreApplication.translate("Category", "Medicines"),
        "Mental health": QCoreApplication.translate("Category", "Mental health"),
        "Pregnancy and newborns": QCoreApplication.translate("Category", "Pregnancy and newborns"),
        "Prevention and healthy living": QCoreApplication.translate(
            "Category", "Prevention and healthy living"
        ),
        "Sexual and reproductive health": QCoreApplication.translate(
            "Category", "Sexual and reproductive health"
        ),
        "Symptoms": QCoreApplication.translate("Category", "Symptoms"),
    }
    return labels.get(name, name)
