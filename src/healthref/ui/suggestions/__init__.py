"""Suggesting a question: the dialog, its actions and the background service."""
