"""Saved questions, history and the kept back/forward trail, for the window."""
