"""Colours, themes and the text size shared by every part of the window."""
